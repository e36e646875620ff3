package dev.meerkat.it.di;

import dagger.Component;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;

/** A Dagger component wiring the generated {@link ShopDbProvider} into an application service. */
@Singleton
@Component(modules = ShopComponent.ShopModule.class)
interface ShopComponent {
  CustomerService customerService();

  ShopDb shopDb();

  /** The generated provider, which the application closes on shutdown (Dagger has no lifecycle). */
  ShopDbProvider shopDbProvider();

  /** Binds {@link ShopDb} to the provider's one instance. */
  @Module
  abstract class ShopModule {
    private ShopModule() {}

    @Provides
    @Singleton
    static ShopDb shopDb(ShopDbProvider provider) {
      return provider.get();
    }
  }
}
