package dev.meerkat.it.di;

import dev.meerkat.Connection;
import dev.meerkat.annotations.ConnectionConfig;

/**
 * The shop's database as DI containers inject it. The URI comes from the system property (or
 * environment variable) the tests set to their server's URI.
 */
@ConnectionConfig(
    uri = "${" + ShopDb.URI_PROPERTY + "}",
    maxPoolSize = 4,
    serverSelectionTimeoutMS = 5000)
public interface ShopDb extends AutoCloseable {
  /** The property naming the server the provider connects to. */
  String URI_PROPERTY = "MEERKAT_IT_DI_URI";

  /** The customers. */
  CustomerModel customers();

  /** The connection the models share. */
  Connection connection();

  /**
   * Closes the connection; redeclared without {@code throws Exception}, so callers need no catch.
   */
  @Override
  void close();
}
