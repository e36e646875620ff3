package dev.meerkat.internal.connection;

import com.mongodb.TransactionOptions;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.CreateCollectionOptions;
import dev.meerkat.Connection;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.ConnectionEventData;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Model;
import dev.meerkat.OperationObserver;
import dev.meerkat.PoolStats;
import dev.meerkat.ReadyState;
import dev.meerkat.Schema;
import dev.meerkat.UseDbOptions;
import dev.meerkat.internal.model.ModelHooks;
import dev.meerkat.internal.options.DatabaseNames;
import dev.meerkat.internal.options.HostAndPort;
import dev.meerkat.internal.session.CurrentSession;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.Document;

/**
 * Meerkat's {@link Connection}. A base connection owns a {@link ConnectionState} (the client and
 * its state machine); its {@code useDb} connections share it, and get every event of the base
 * forwarded through {@link UseDbChildren}. Each connection has its own models and listeners.
 * Thread-safe.
 */
public final class DefaultConnection implements Connection {
  private final DefaultMeerkatInstance instance;
  private final int id;
  private final DefaultConnection base;
  private final String useDbName;
  private final ConnectionState state;
  private final UseDbChildren children;
  private final EventEmitter emitter;
  private final ConnectionModels models;
  private final ConnectionOperations operations;
  private final ConnectionTransactions transactions = new ConnectionTransactions(this);
  private final ConnectionSettings settings;

  /** A base connection. */
  DefaultConnection(DefaultMeerkatInstance instance, int id) {
    this(instance, id, null, null);
  }

  /** A {@code useDb} connection on {@code base}'s client; a base connection if it is null. */
  private DefaultConnection(
      DefaultMeerkatInstance instance, int id, DefaultConnection base, String database) {
    this.instance = instance;
    this.id = id;
    this.base = base;
    this.useDbName = database;
    this.settings = base != null ? base.settings : new ConnectionSettings(instance, this::options);
    this.state = base != null ? base.state : new ConnectionState(this);
    this.children = base != null ? null : new UseDbChildren();
    this.emitter = new EventEmitter(this::executor, base != null ? data -> {} : children::forward);
    this.models = new ConnectionModels(this, instance, state);
    this.operations = new ConnectionOperations(this, state);
  }

  // ---- opening and closing ---------------------------------------------------------------------

  @Override
  public CompletableFuture<Connection> openUri(String uri, ConnectionOptions options) {
    Objects.requireNonNull(uri, "uri == null");
    Objects.requireNonNull(options, "options == null");
    if (base != null) {
      return CompletableFuture.failedFuture(ConnectionMessages.openOnUseDb(id, useDbName, base.id));
    }
    CompletableFuture<Connection> opening = state.open(uri, options, null);
    instance.opened(this);
    return Futures.relay(opening, c -> c); // a caller cancelling this one leaves the opening be
  }

  @Override
  public Connection setClient(MongoClient client) {
    Objects.requireNonNull(client, "client == null");
    if (base != null) {
      throw ConnectionMessages.setClientOnUseDb(id, useDbName, base.id);
    }
    CompletableFuture<Connection> opening = state.open("setClient", state.options(), client);
    instance.opened(this);
    if (opening.isCompletedExceptionally()) {
      opening.join();
    }
    return this;
  }

  @Override
  public CompletableFuture<Connection> asFuture() {
    return Futures.relay(state.asFuture(), c -> this);
  }

  @Override
  public CompletableFuture<Void> close(boolean force) {
    DefaultConnection owner = base != null ? base : this;
    // Completes after the instance has let go of the connection, so a caller waiting for close()
    // sees it gone.
    return state
        .closing
        .close(force, false)
        .whenComplete((ignored, error) -> instance.closed(owner));
  }

  @Override
  public CompletableFuture<Void> destroy() {
    CompletableFuture<Void> closed = state.closing.close(false, true);
    instance.forget(base != null ? base : this);
    return closed;
  }

  /**
   * Destroys this base connection for {@code reason}, which every later operation's error gives.
   */
  public CompletableFuture<Void> retire(String reason) {
    CompletableFuture<Void> closed = state.closing.retire(reason);
    instance.forget(this);
    return closed;
  }

  @Override
  public ReadyState readyState() {
    return state.readyState();
  }

  // ---- events ----------------------------------------------------------------------------------

  @Override
  public Connection on(ConnectionEvent event, Consumer<ConnectionEventData> listener) {
    emitter.on(event, listener, false);
    return this;
  }

  @Override
  public Connection once(ConnectionEvent event, Consumer<ConnectionEventData> listener) {
    emitter.on(event, listener, true);
    return this;
  }

  @Override
  public Connection off(ConnectionEvent event, Consumer<ConnectionEventData> listener) {
    emitter.off(event, listener);
    return this;
  }

  void emit(ConnectionEvent event, Throwable cause, String detail) {
    emit(event, cause, detail, null);
  }

  void emit(ConnectionEvent event, Throwable cause, String detail, Runnable then) {
    emitter.emit(new ConnectionEventData(event, this, Instant.now(), cause, detail), then);
  }

  /** An event of the base, re-addressed to this {@code useDb} connection. */
  void receiveFromBase(ConnectionEventData data) {
    if (data.event() == ConnectionEvent.OPEN) {
      startModelInits();
    }
    emitter.emit(
        new ConnectionEventData(data.event(), this, data.time(), data.cause(), data.detail()));
  }

  int listenerCount() {
    return emitter.listenerCount();
  }

  /** Operations waiting in the buffer (shared with the base and its other useDb connections). */
  public int queuedOperations() {
    return state.locked(state.buffer::queued);
  }

  /** Operations queued in or dispatched from the buffer and not finished (not direct runs). */
  public int pendingOperations() {
    return state.pending();
  }

  UseDbChildren children() {
    return children;
  }

  // ---- what it is connected to -----------------------------------------------------------------

  @Override
  public String name() {
    if (useDbName != null) {
      return useDbName;
    }
    ClientFactory.Created latest = state.latest();
    return latest != null ? latest.databaseName() : state.options().dbName();
  }

  /** The database an operation dispatched on {@code live} works in: {@link #name()}, lock-free. */
  String databaseOf(LiveClient live) {
    return useDbName != null ? useDbName : live.created().databaseName();
  }

  @Override
  public String host() {
    return hosts().isEmpty() ? null : HostAndPort.host(hosts().get(0));
  }

  @Override
  public int port() {
    return hosts().isEmpty() ? -1 : HostAndPort.port(hosts().get(0));
  }

  @Override
  public List<String> hosts() {
    ClientFactory.Created latest = state.latest();
    return latest != null ? latest.hosts() : List.of();
  }

  @Override
  public int id() {
    return id;
  }

  @Override
  public ConnectionOptions options() {
    return state.options();
  }

  @Override
  public MongoClient client() {
    return state.requireClient("client").client();
  }

  @Override
  public MongoDatabase db() {
    return client().getDatabase(name());
  }

  @Override
  public PoolStats poolStats() {
    ClientFactory.Created latest = state.latest();
    return latest != null ? latest.pool().snapshot() : new PoolStats(Map.of());
  }

  /** The executor, the Boolean flags and the buffer timeout in force for this connection. */
  public ConnectionSettings settings() {
    return settings;
  }

  Executor executor() {
    return settings.executor();
  }

  @Override
  public Connection addOperationObserver(OperationObserver observer) {
    operations.observers.add(Objects.requireNonNull(observer, "observer == null"));
    return this;
  }

  @Override
  public Connection removeOperationObserver(OperationObserver observer) {
    operations.observers.remove(observer);
    return this;
  }

  /** Runs operations on this connection: buffered, or directly while open. */
  ConnectionOperations operations() {
    return operations;
  }

  @Override
  public MongoCollection<Document> collection(String name) {
    Objects.requireNonNull(name, "name == null");
    return BufferedCollection.create(this, name);
  }

  @Override
  public void createCollection(String name, CreateCollectionOptions options) {
    operations.createCollection(name, options);
  }

  @Override
  public void dropCollection(String name) {
    operations.dropCollection(name);
  }

  @Override
  public void dropDatabase() {
    operations.dropDatabase();
  }

  @Override
  public ClientSession startSession() {
    return operations.startSession();
  }

  // ---- models ----------------------------------------------------------------------------------

  @Override
  public <T> Model<T> model(Schema<T> schema, String collection) {
    return models.register(schema, collection).model();
  }

  @Override
  public <T, M extends Model<T>> M model(Schema<T> schema, Function<Model<T>, M> wrapper) {
    Objects.requireNonNull(schema, "schema == null");
    Objects.requireNonNull(wrapper, "wrapper == null");
    return models.register(schema, schema.collectionName()).wrapper(wrapper);
  }

  @Override
  public Model<?> model(String name) {
    return models.get(name);
  }

  @Override
  public List<String> modelNames() {
    return models.names();
  }

  @Override
  public Connection deleteModel(String name) {
    models.delete(name);
    return this;
  }

  @Override
  public Map<String, List<String>> syncIndexes() {
    return models.syncIndexes();
  }

  /** Starts every model's init for the opening that just completed; operations wait for them. */
  void startModelInits() {
    models.startInits();
  }

  /** The middleware of {@code schema}'s models on this connection and its useDb connections. */
  public <T> ModelHooks<T> hooksOf(Schema<T> schema) {
    return base != null ? base.hooksOf(schema) : models.hooksOf(schema);
  }

  // ---- transactions ----------------------------------------------------------------------------

  /** What transactions bind their session to: the base connection, shared by its useDbs. */
  public Object sessionOwner() {
    return base != null ? base : this;
  }

  /** The session of the transaction running on this thread for this connection, or null. */
  public ClientSession currentSession() {
    return CurrentSession.of(sessionOwner());
  }

  @Override
  public <R> R transaction(TransactionOptions options, Function<ClientSession, R> work) {
    return transactions.run(options, work);
  }

  @Override
  public <R> CompletableFuture<R> transactionAsync(
      TransactionOptions options, Function<ClientSession, CompletableFuture<R>> work) {
    return transactions.runAsync(options, work);
  }

  // ---- useDb -----------------------------------------------------------------------------------

  @Override
  public Connection useDb(String name, UseDbOptions options) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(options, "options == null");
    DatabaseNames.check(
        name,
        "useDb name",
        options.reservedAllowed(),
        "pass UseDbOptions.defaults().allowReserved()");
    if (base != null) {
      return base.useDb(name, options);
    }
    if (options.useCache()) {
      return children.cached(
          name, n -> new DefaultConnection(instance, instance.nextId(), this, n));
    }
    DefaultConnection child = new DefaultConnection(instance, instance.nextId(), this, name);
    return options.noListener() ? child : children.add(child);
  }

  @Override
  public String toString() {
    return "Connection{id=" + id + ", name=" + name() + ", readyState=" + readyState() + "}";
  }
}
