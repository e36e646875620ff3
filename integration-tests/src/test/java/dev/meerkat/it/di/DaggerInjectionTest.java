package dev.meerkat.it.di;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
import dev.meerkat.ReadyState;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dagger injects the generated provider's {@link ShopDb}; its models work against the real server. */
@MongoTest
class DaggerInjectionTest {
  @AfterEach
  void clearUri() {
    System.clearProperty(ShopDb.URI_PROPERTY);
  }

  @Test
  void daggerInjectsOneShopDbWhoseModelsWorkAndTheProviderClosesIt(MongoServer server) throws Exception {
    System.setProperty(ShopDb.URI_PROPERTY, server.uri());
    ShopComponent component = DaggerShopComponent.create();
    CustomerService service = component.customerService();
    ObjectId id = service.register("Ada");
    assertEquals("Ada", service.nameOf(id).orElseThrow());
    assertSame(component.shopDb(), service.db(), "@Singleton: one ShopDb per component");
    assertSame(component.shopDb(), component.customerService().db());
    assertSame(component.shopDbProvider(), component.shopDbProvider());

    Connection connection = component.shopDb().connection();
    assertEquals(server.databaseName(), connection.name());
    assertEquals(4, connection.options().maxPoolSize(), "options declared on @ConnectionConfig");
    assertEquals(1L, component.shopDb().customers().countDocuments());

    component.shopDbProvider().close();
    assertEquals(ReadyState.DISCONNECTED, connection.readyState());
    IllegalStateException closed = assertThrows(IllegalStateException.class, () -> component.shopDbProvider().get());
    assertTrue(closed.getMessage().startsWith("ShopDbProvider is closed"), closed.getMessage());
    component.shopDbProvider().close();
  }

  @Test
  void theProviderConnectsOnlyOnFirstGet(MongoServer server) {
    ShopDbProvider provider = DaggerShopComponent.create().shopDbProvider();
    System.setProperty(ShopDb.URI_PROPERTY, server.uri());
    ShopDb db = provider.get();
    assertSame(db, provider.get());
    provider.close();
    assertEquals(ReadyState.DISCONNECTED, db.connection().readyState());
  }
}
