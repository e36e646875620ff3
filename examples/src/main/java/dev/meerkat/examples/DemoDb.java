package dev.meerkat.examples;

import dev.meerkat.Connection;
import dev.meerkat.annotations.ConnectionConfig;

/**
 * The demo's connection, declared once; the processor generates {@code DemoDbFactory}. Tenants get
 * their own database on this connection's pool through {@code useDb} (see {@link MemberDirectory}).
 */
@ConnectionConfig(
    uri = "${MONGODB_URI:mongodb://127.0.0.1:27017/meerkat_demo}",
    maxPoolSize = 20,
    minPoolSize = 1,
    serverSelectionTimeoutMS = 10_000,
    bufferTimeoutMS = 10_000)
public interface DemoDb extends AutoCloseable {
  /** The connection every tenant database shares. */
  Connection connection();

  @Override
  void close();
}
