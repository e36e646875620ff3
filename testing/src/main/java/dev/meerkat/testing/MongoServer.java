package dev.meerkat.testing;

/**
 * A handle on a running MongoDB server and on one database name reserved for its user. Obtain one
 * through {@link MongoTest} (as a test parameter) or {@link MongoServers}.
 *
 * <p>{@link #stop()} and {@link #start()} bring the server down and up again on the same host and
 * port, so a connected {@code MongoClient} sees a real disconnect and reconnects. They are only
 * allowed on a handle that owns its server: one from {@link MongoServers}, or one given to a class
 * annotated {@code @MongoTest(isolated = true)} or {@code persistent = true}.
 *
 * <p>Thread-safe: {@code stop}, {@code start} and {@code close} are serialized by the handle.
 * {@link #toString()} never shows a password.
 */
public interface MongoServer extends AutoCloseable {

  /**
   * The connection string whose path is {@link #databaseName()}, e.g. {@code
   * mongodb://127.0.0.1:40123/t_UserStoreTest_1a2b}. Options of an external URI are kept.
   */
  String uri();

  /**
   * The connection string with {@code database} as its path; options of an external URI are kept,
   * and when it carries credentials the original authentication database is kept too.
   *
   * @throws IllegalArgumentException if {@code database} is blank or contains {@code / \ . " $ ?},
   *     a space or NUL
   */
  String uri(String database);

  /** The fresh database name reserved for this handle's user (a test class, or a demo run). */
  String databaseName();

  /** Where this server comes from. */
  ServerKind kind();

  /** The host the server listens on (the first host of an external URI). */
  String host();

  /**
   * The port the server listens on; it stays the same across {@link #stop()} and {@link #start()}.
   */
  int port();

  /**
   * Stops the server: it closes every client connection and stops listening. Does nothing if
   * already stopped. An embedded server started with {@code persistent = false} comes back empty.
   *
   * @throws UnsupportedOperationException for an {@link ServerKind#EXTERNAL} server
   * @throws IllegalStateException if this handle shares its server with other test classes
   */
  void stop();

  /**
   * Starts the server again on the same host and port. Does nothing if already running.
   *
   * @throws UnsupportedOperationException for an {@link ServerKind#EXTERNAL} server
   * @throws IllegalStateException if this handle shares its server with other test classes, or the
   *     port was taken by someone else in the meantime
   */
  void start();

  /** Whether the server is accepting connections (as far as this handle knows). */
  boolean isRunning();

  /** Whether this server supports the given capability (see {@link Capability}). */
  boolean supports(Capability capability);

  /**
   * Stops the server for good if this handle owns it and releases its resources (for a persistent
   * embedded server, its data file). Does nothing for a shared or external server.
   */
  @Override
  void close();
}
