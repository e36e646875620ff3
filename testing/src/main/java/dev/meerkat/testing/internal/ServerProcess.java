package dev.meerkat.testing.internal;

import dev.meerkat.testing.Capability;
import dev.meerkat.testing.ServerKind;

/**
 * One MongoDB server as Meerkat's test support sees it, without any database name. Several {@link
 * ScopedServer} handles may share one process. Implementations are thread-safe.
 */
public interface ServerProcess extends AutoCloseable {

  /** which kind of server this is: external, Testcontainers or embedded. */
  ServerKind kind();

  /** The connection string without a database path, e.g. {@code mongodb://127.0.0.1:40123}. */
  String baseUri();

  /** The host the server listens on. */
  String host();

  /** The port the server listens on; the same after a restart. */
  int port();

  /** Closes client connections and stops listening; idempotent. */
  void stop();

  /** Listens again on the same host and port; idempotent. */
  void start();

  /** Whether the server is listening now. */
  boolean isRunning();

  /**
   * Whether this server has {@code capability} (e.g. transactions, which the embedded server
   * lacks).
   */
  boolean supports(Capability capability);

  /** Stops the server for good and releases everything it holds; idempotent. */
  @Override
  void close();
}
