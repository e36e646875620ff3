package dev.meerkat;

import dev.meerkat.internal.connection.DefaultMeerkatInstance;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * The default {@link MeerkatInstance}, as static methods: Mongoose's {@code mongoose} object.
 * Thread-safe.
 *
 * <pre>{@code
 * Meerkat.set(Setting.BUFFER_TIMEOUT_MS, 5000);
 * Meerkat.connect("mongodb://127.0.0.1:27017/app").join();
 * UserModel users = UserModel.on(Meerkat.connection());
 * }</pre>
 */
public final class Meerkat {
  private static final MeerkatInstance DEFAULT = new DefaultMeerkatInstance();

  private Meerkat() {}

  /** The default instance that these static methods use. */
  public static MeerkatInstance instance() {
    return DEFAULT;
  }

  /**
   * A new isolated instance, with its own connections, ids and settings (Mongoose's {@code new
   * mongoose.Mongoose()}).
   */
  public static MeerkatInstance newInstance() {
    return new DefaultMeerkatInstance();
  }

  /** See {@link MeerkatInstance#connect(String)}. */
  public static CompletableFuture<Connection> connect(String uri) {
    return DEFAULT.connect(uri);
  }

  /** See {@link MeerkatInstance#connect(String, ConnectionOptions)}. */
  public static CompletableFuture<Connection> connect(String uri, ConnectionOptions options) {
    return DEFAULT.connect(uri, options);
  }

  /** See {@link MeerkatInstance#connect(String, ConnectionOptions, BiConsumer)}. */
  public static CompletableFuture<Connection> connect(
      String uri, ConnectionOptions options, BiConsumer<Connection, Throwable> callback) {
    return DEFAULT.connect(uri, options, callback);
  }

  /** See {@link MeerkatInstance#connection()}. */
  public static Connection connection() {
    return DEFAULT.connection();
  }

  /** See {@link MeerkatInstance#createConnection()}. */
  public static Connection createConnection() {
    return DEFAULT.createConnection();
  }

  /** See {@link MeerkatInstance#createConnection(String)}. */
  public static Connection createConnection(String uri) {
    return DEFAULT.createConnection(uri);
  }

  /** See {@link MeerkatInstance#createConnection(String, ConnectionOptions)}. */
  public static Connection createConnection(String uri, ConnectionOptions options) {
    return DEFAULT.createConnection(uri, options);
  }

  /** See {@link MeerkatInstance#model(Schema)}. */
  public static <T> Model<T> model(Schema<T> schema) {
    return DEFAULT.model(schema);
  }

  /** See {@link MeerkatInstance#modelNames()}. */
  public static List<String> modelNames() {
    return DEFAULT.modelNames();
  }

  /** See {@link MeerkatInstance#set(Setting, Object)}. */
  public static MeerkatInstance set(Setting setting, Object value) {
    return DEFAULT.set(setting, value);
  }

  /** See {@link MeerkatInstance#get(Setting)}. */
  public static Object get(Setting setting) {
    return DEFAULT.get(setting);
  }

  /** See {@link MeerkatInstance#disconnect()}. */
  public static CompletableFuture<Void> disconnect() {
    return DEFAULT.disconnect();
  }

  /** See {@link MeerkatInstance#connections()}. */
  public static List<Connection> connections() {
    return DEFAULT.connections();
  }
}
