package dev.meerkat.spring.boot;

import dev.meerkat.Connection;
import dev.meerkat.annotations.ConnectionConfig;

/**
 * A @ConnectionConfig interface of the test application; its URI placeholder is a Spring property.
 */
@ConnectionConfig(uri = "${shop.uri:mongodb://127.0.0.1:1/unset}", serverSelectionTimeoutMS = 5000)
public interface ShopDb extends AutoCloseable {
  OrderModel orders();

  Connection connection();

  @Override
  void close();
}
