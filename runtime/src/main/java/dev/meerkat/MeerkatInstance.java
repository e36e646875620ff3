package dev.meerkat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * One Meerkat: a default connection, the connections created from it, and global settings.
 * Mongoose's {@code mongoose} object; {@link Meerkat} is the default instance, and {@link
 * Meerkat#newInstance()} makes an isolated one (Mongoose's {@code new mongoose.Mongoose()}), for
 * tests and hosts running several applications. Connection ids are numbered per instance.
 * Thread-safe.
 *
 * <pre>{@code
 * MeerkatInstance meerkat = Meerkat.newInstance();
 * Connection conn = meerkat.connect("mongodb://127.0.0.1:27017/app").join();
 * }</pre>
 */
public interface MeerkatInstance {

  /**
   * Opens the default connection on {@code uri}; completes when it is open, fails with the initial
   * connection error.
   */
  CompletableFuture<Connection> connect(String uri);

  /**
   * Opens the default connection with {@code options}, which win over the URI's query string. A
   * failed first connection is not retried by itself; to wait for a server that is still starting,
   * retry a few times:
   *
   * <pre>{@code
   * ConnectionOptions options = ConnectionOptions.builder().serverSelectionTimeoutMS(5000).build();
   * Connection conn = null;
   * for (int attempt = 1; conn == null; attempt++) {
   *   try {
   *     conn = Meerkat.connect(uri, options).join();
   *   } catch (CompletionException e) {
   *     if (attempt == 3) {
   *       throw e;
   *     }
   *     log.warn("connect attempt {} failed: {}", attempt, e.getCause().getMessage());
   *   }
   * }
   * }</pre>
   */
  CompletableFuture<Connection> connect(String uri, ConnectionOptions options);

  /**
   * Opens the default connection and calls {@code callback} with the connection or the error
   * (Mongoose's callback style), on the connection's executor.
   */
  CompletableFuture<Connection> connect(
      String uri, ConnectionOptions options, BiConsumer<Connection, Throwable> callback);

  /**
   * The default connection: exists before {@code connect}, {@link ReadyState#DISCONNECTED} until
   * then.
   */
  Connection connection();

  /** A new connection, not opened: call {@link Connection#openUri(String)}. */
  Connection createConnection();

  /**
   * A new connection opening on {@code uri} in the background; returns at once (see {@link
   * Connection#asFuture()}).
   */
  Connection createConnection(String uri);

  /** {@link #createConnection(String)} with options. */
  Connection createConnection(String uri, ConnectionOptions options);

  /** Registers {@code schema} on the default connection. */
  <T> Model<T> model(Schema<T> schema);

  /** The models on the default connection. */
  List<String> modelNames();

  /**
   * Sets a global setting ({@code mongoose.set}). Connection and schema options override it.
   *
   * @throws ConfigurationException when {@code value} is null or not of {@link Setting#type()} (an
   *     {@code Integer} is accepted for a {@code Long} setting)
   */
  MeerkatInstance set(Setting setting, Object value);

  /** A global setting's value, its default when never set. */
  Object get(Setting setting);

  /**
   * A Boolean global setting's value. @throws ClassCastException for a setting that is not Boolean
   */
  default boolean enabled(Setting setting) {
    return (Boolean) get(setting);
  }

  /** Closes every connection of this instance; completes when all are closed. */
  CompletableFuture<Void> disconnect();

  /**
   * The default connection and every connection created from this instance that is not closed:
   * created and not yet opened, opening, open or closing ({@code useDb} ones excluded). A
   * connection leaves the list when its {@code close()} completes or it is destroyed, and rejoins
   * it when opened again, so the instance never keeps a closed connection reachable.
   */
  List<Connection> connections();
}
