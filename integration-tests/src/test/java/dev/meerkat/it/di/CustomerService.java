package dev.meerkat.it.di;

import jakarta.inject.Inject;
import java.util.Optional;
import org.bson.types.ObjectId;

/** An application service that gets {@link ShopDb} injected, as a user's service would. */
public final class CustomerService {
  private final ShopDb db;

  /** Dagger calls this with the component's one {@link ShopDb}. */
  @Inject
  public CustomerService(ShopDb db) {
    this.db = db;
  }

  /** Stores a new customer and returns its id. */
  public ObjectId register(String name) {
    return db.customers().create(new Customer(new ObjectId(), name)).id();
  }

  /** The customer's name, if stored. */
  public Optional<String> nameOf(ObjectId id) {
    return db.customers().findById(id).map(Customer::name);
  }

  ShopDb db() {
    return db;
  }
}
