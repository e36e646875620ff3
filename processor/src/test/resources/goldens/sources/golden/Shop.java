package golden;

import dev.meerkat.Connection;
import dev.meerkat.annotations.ConnectionConfig;
import dev.meerkat.annotations.Toggle;

/** The representative connection of the golden files: a model, the connection and close. */
@ConnectionConfig(
    uri = "${SHOP_URI:mongodb://127.0.0.1:27017/shop}",
    dbName = "shop",
    maxPoolSize = 5,
    bufferCommands = Toggle.OFF)
public interface Shop extends AutoCloseable {
  OrderModel orders();

  Connection connection();

  @Override
  void close();
}
