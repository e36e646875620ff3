package dev.meerkat.internal.connection;

import dev.meerkat.Connection;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.ReadyState;
import dev.meerkat.Schema;
import dev.meerkat.Setting;
import dev.meerkat.internal.options.GlobalSettings;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meerkat's {@link MeerkatInstance}: the default connection (id 0), the connections made from it,
 * the global settings. Thread-safe: the connection list is copy-on-write, ids atomic; {@link
 * #listLock} makes "closed, so leave the list" and "opened again, so rejoin it" atomic.
 *
 * <p>The list holds the connections that are not closed: a connection leaves it when its {@code
 * close()} completes (or it is destroyed) and rejoins it when opened again, so an application that
 * creates and closes connections does not grow it, and a closed connection nobody references is
 * garbage.
 */
public final class DefaultMeerkatInstance implements MeerkatInstance {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultMeerkatInstance.class);
  private final AtomicInteger ids = new AtomicInteger();
  private final GlobalSettings settings = new GlobalSettings();
  private final CopyOnWriteArrayList<DefaultConnection> connections = new CopyOnWriteArrayList<>();
  private final DefaultConnection defaultConnection;
  private final ReentrantLock listLock = new ReentrantLock();

  /** A new, isolated instance with its own default connection. */
  public DefaultMeerkatInstance() {
    defaultConnection = new DefaultConnection(this, nextId());
    connections.add(defaultConnection);
  }

  int nextId() {
    return ids.getAndIncrement();
  }

  void forget(DefaultConnection connection) {
    if (connection != defaultConnection) {
      connections.remove(connection);
    }
  }

  /** After a close completed: a connection still closed leaves the list (the default one stays). */
  void closed(DefaultConnection connection) {
    listLock.lock();
    try {
      if (connection != defaultConnection && connection.readyState() == ReadyState.DISCONNECTED) {
        connections.remove(connection);
      }
    } finally {
      listLock.unlock();
    }
  }

  /** After openUri started: a connection closed before rejoins the list. */
  void opened(DefaultConnection connection) {
    listLock.lock();
    try {
      connections.addIfAbsent(connection);
    } finally {
      listLock.unlock();
    }
  }

  @Override
  public CompletableFuture<Connection> connect(String uri) {
    return connect(uri, ConnectionOptions.defaults());
  }

  @Override
  public CompletableFuture<Connection> connect(String uri, ConnectionOptions options) {
    return defaultConnection.openUri(uri, options);
  }

  @Override
  public CompletableFuture<Connection> connect(
      String uri, ConnectionOptions options, BiConsumer<Connection, Throwable> callback) {
    Objects.requireNonNull(callback, "callback == null");
    CompletableFuture<Connection> opening = connect(uri, options);
    // The returned future completes only after the callback has run, with the connect's own
    // outcome,
    // so code that waits for it can rely on what the callback did.
    return opening
        .handle(
            (connection, error) -> {
              try {
                callback.accept(connection, error);
              } catch (RuntimeException e) {
                // A failing callback must not turn a successful connect into a failed one.
                LOG.warn("The connect(...) callback threw; ignored", e);
              }
              return null;
            })
        .thenCompose(ignored -> opening);
  }

  @Override
  public Connection connection() {
    return defaultConnection;
  }

  @Override
  public Connection createConnection() {
    DefaultConnection connection = new DefaultConnection(this, nextId());
    connections.add(connection);
    return connection;
  }

  @Override
  public Connection createConnection(String uri) {
    return createConnection(uri, ConnectionOptions.defaults());
  }

  @Override
  public Connection createConnection(String uri, ConnectionOptions options) {
    Objects.requireNonNull(uri, "uri == null");
    Objects.requireNonNull(options, "options == null");
    Connection connection = createConnection();
    connection.openUri(uri, options);
    return connection;
  }

  @Override
  public <T> Model<T> model(Schema<T> schema) {
    return defaultConnection.model(schema);
  }

  @Override
  public List<String> modelNames() {
    return defaultConnection.modelNames();
  }

  @Override
  public MeerkatInstance set(Setting setting, Object value) {
    settings.set(setting, value);
    return this;
  }

  @Override
  public Object get(Setting setting) {
    return settings.get(setting);
  }

  @Override
  public CompletableFuture<Void> disconnect() {
    return CompletableFuture.allOf(
        connections.stream().map(Connection::close).toArray(CompletableFuture[]::new));
  }

  @Override
  public List<Connection> connections() {
    return List.copyOf(connections);
  }

  @Override
  public String toString() {
    return "MeerkatInstance{connections=" + connections.size() + "}";
  }
}
