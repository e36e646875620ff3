package dev.meerkat.internal.connection;

import com.mongodb.MongoClientException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.TransactionOptions;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.CreateCollectionOptions;
import com.mongodb.connection.ClusterDescription;
import com.mongodb.connection.ClusterType;
import dev.meerkat.Connection;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.ConnectionEventData;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.MeerkatException;
import dev.meerkat.Model;
import dev.meerkat.OperationObserver;
import dev.meerkat.PoolStats;
import dev.meerkat.ReadyState;
import dev.meerkat.Schema;
import dev.meerkat.Setting;
import dev.meerkat.UseDbOptions;
import dev.meerkat.internal.model.ModelHooks;
import dev.meerkat.internal.monitoring.OperationObservers;
import dev.meerkat.internal.options.DatabaseNames;
import dev.meerkat.internal.options.HostAndPort;
import dev.meerkat.internal.session.CurrentSession;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
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
  private final OperationObservers observers = new OperationObservers();

  /**
   * Middleware by schema; a useDb connection uses its base's, so hooks apply across useDb children.
   */
  private final Map<Schema<?>, ModelHooks<?>> hooks = new ConcurrentHashMap<>();

  /** A base connection. */
  DefaultConnection(DefaultMeerkatInstance instance, int id) {
    this.instance = instance;
    this.id = id;
    this.base = null;
    this.useDbName = null;
    this.state = new ConnectionState(this);
    this.children = new UseDbChildren();
    this.emitter = new EventEmitter(this::executor, children::forward);
    this.models = new ConnectionModels(this, instance, state);
  }

  /** A {@code useDb} connection on {@code base}'s client. */
  private DefaultConnection(DefaultConnection base, int id, String database) {
    this.instance = base.instance;
    this.id = id;
    this.base = base;
    this.useDbName = database;
    this.state = base.state;
    this.children = null;
    this.emitter = new EventEmitter(this::executor, data -> {});
    this.models = new ConnectionModels(this, instance, state);
  }

  // ---- opening and closing ---------------------------------------------------------------------

  @Override
  public CompletableFuture<Connection> openUri(String uri) {
    return openUri(uri, ConnectionOptions.defaults());
  }

  @Override
  public CompletableFuture<Connection> openUri(String uri, ConnectionOptions options) {
    Objects.requireNonNull(uri, "uri == null");
    Objects.requireNonNull(options, "options == null");
    if (base != null) {
      return CompletableFuture.failedFuture(
          new MeerkatException(
              "Connection "
                  + id
                  + " was made with useDb(\""
                  + useDbName
                  + "\") and shares connection "
                  + base.id
                  + "'s client: open that one instead"));
    }
    CompletableFuture<Connection> opening = state.open(uri, options, null);
    instance.opened(this);
    return opening;
  }

  @Override
  public Connection setClient(MongoClient client) {
    Objects.requireNonNull(client, "client == null");
    if (base != null) {
      throw new MeerkatException(
          "Connection "
              + id
              + " was made with useDb(\""
              + useDbName
              + "\"); call setClient on connection "
              + base.id);
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
    return state.asFuture().thenApply(c -> this);
  }

  @Override
  public CompletableFuture<Void> close() {
    return close(false);
  }

  @Override
  public CompletableFuture<Void> close(boolean force) {
    DefaultConnection owner = base != null ? base : this;
    // Completes after the instance has let go of the connection, so a caller waiting for close()
    // sees it gone.
    return state.close(force, false).whenComplete((ignored, error) -> instance.closed(owner));
  }

  @Override
  public CompletableFuture<Void> destroy() {
    CompletableFuture<Void> closed = state.close(false, true);
    instance.forget(base != null ? base : this);
    return closed;
  }

  /**
   * Destroys this base connection for {@code reason}, which every later operation's error gives.
   */
  public CompletableFuture<Void> retire(String reason) {
    CompletableFuture<Void> closed = state.retire(reason);
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
    return state.queued();
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
  String databaseOf(ConnectionState.Live live) {
    return useDbName != null ? useDbName : live.created().databaseName();
  }

  @Override
  public String host() {
    List<String> hosts = hosts();
    return hosts.isEmpty() ? null : HostAndPort.host(hosts.get(0));
  }

  @Override
  public int port() {
    List<String> hosts = hosts();
    return hosts.isEmpty() ? -1 : HostAndPort.port(hosts.get(0));
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

  Executor executor() {
    Executor executor = state.options().executor();
    return executor != null ? executor : ForkJoinPool.commonPool();
  }

  /**
   * Whether Mongoose's debug logging is on for this connection: its option, else the global
   * setting.
   */
  boolean debugEnabled() {
    return flag(null, options().debug(), Setting.DEBUG);
  }

  /** A Boolean option: the schema's, else the connection's, else the global setting. */
  public boolean flag(Boolean schemaValue, Boolean connectionValue, Setting global) {
    if (schemaValue != null) {
      return schemaValue;
    }
    return connectionValue != null ? connectionValue : (Boolean) instance.get(global);
  }

  // ---- operations ------------------------------------------------------------------------------

  /**
   * Starts {@code collection.operation()} on the fast path ({@link DirectRuns}): on the caller's
   * thread, straight on the open client, when nothing waits in the buffer, no operation observer is
   * registered and the model's init of this opening ({@code readyOpening}) has completed.
   *
   * @return the running slot (end it with {@link #endDirect}), or {@code null}: take {@link
   *     #runSync}
   */
  DirectRuns.Slot startDirect(String collection, String operation, int readyOpening) {
    return observers.isEmpty() ? state.direct().enter(collection, operation, readyOpening) : null;
  }

  /**
   * Ends a direct run that returned {@code value}.
   *
   * @throws dev.meerkat.ConnectionClosedException when {@code close(true)} came while it ran
   */
  <R> R endDirect(DirectRuns.Slot slot, R value) {
    RuntimeException aborted = slot.end();
    if (aborted != null) {
      throw aborted;
    }
    return value;
  }

  /**
   * Ends a direct run that failed with {@code error}: what the caller should see, as on the
   * buffered path (an interrupt once sent may have written; a network error marks the server lost).
   */
  RuntimeException failDirect(DirectRuns.Slot slot, Throwable error) {
    ConnectionState.Live live = slot.live();
    RuntimeException aborted = slot.end();
    if (aborted != null) {
      return aborted;
    }
    if (error instanceof MongoInterruptedException) {
      return PendingOperation.interruptedAfterSend(slot.describe(), error);
    }
    state.afterOperationError(live, error);
    if (error instanceof Error e) {
      throw e;
    }
    return (RuntimeException) error;
  }

  <R> R runSync(
      String collection,
      String operation,
      Boolean schemaBuffer,
      Function<ConnectionState.Live, CompletableFuture<Void>> init,
      Function<ConnectionState.Live, R> body) {
    return runSync(null, collection, operation, schemaBuffer, init, body, System.nanoTime());
  }

  /**
   * Runs an operation of {@code model} (or of no model, when {@code null}) on the caller's thread
   * and waits for its result; {@code issuedNanos}: when it was issued (buffer timeouts count from
   * then).
   */
  <R> R runSync(
      String model,
      String collection,
      String operation,
      Boolean schemaBuffer,
      Function<ConnectionState.Live, CompletableFuture<Void>> init,
      Function<ConnectionState.Live, R> body,
      long issuedNanos) {
    OperationObservers.Tracker tracker = observers.track(this, model, collection, operation);
    PendingOperation<R> op =
        newOperation(collection, operation, false, issuedNanos, tracker, init, body);
    CompletableFuture<R> outcome = tracker == null ? op.result : tracker.observe(op.result);
    ConnectionState.Live live;
    try {
      live =
          state.admit(op, flag(schemaBuffer, options().bufferCommands(), Setting.BUFFER_COMMANDS));
    } catch (RuntimeException e) {
      op.result.completeExceptionally(e);
      throw e;
    }
    if (live != null) {
      op.run(live, state);
    } else {
      // Queued: the buffer hands it back, with one of the connection's workers, when its turn
      // comes.
      live = state.awaitTurn(op);
      try {
        op.run(live, state);
      } finally {
        state.workerDone();
      }
    }
    if (outcome.isDone() && !outcome.isCompletedExceptionally()) {
      return outcome.getNow(null); // the usual case: no message to build
    }
    return Futures.await(outcome, op.describe());
  }

  /**
   * Runs an operation of {@code model} (or of no model, when {@code null}) on one of the
   * connection's workers. The returned future completes on the connection's executor; completing it
   * first (cancel, orTimeout) withdraws a still-buffered operation, so it is never sent.
   */
  <R> CompletableFuture<R> runAsync(
      String model,
      String collection,
      String operation,
      Boolean schemaBuffer,
      Function<ConnectionState.Live, CompletableFuture<Void>> init,
      Function<ConnectionState.Live, R> body,
      long issuedNanos) {
    OperationObservers.Tracker tracker = observers.track(this, model, collection, operation);
    PendingOperation<R> op =
        newOperation(collection, operation, true, issuedNanos, tracker, init, body);
    CompletableFuture<R> outcome = tracker == null ? op.result : tracker.observe(op.result);
    try {
      state.admit(op, flag(schemaBuffer, options().bufferCommands(), Setting.BUFFER_COMMANDS));
    } catch (RuntimeException e) {
      op.result.completeExceptionally(e);
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<R> delivered = Futures.deliverOn(outcome, executor());
    delivered.whenComplete(
        (value, error) -> {
          if (error != null && !op.result.isDone()) {
            state.withdraw(op, error);
          }
        });
    return delivered;
  }

  private <R> PendingOperation<R> newOperation(
      String collection,
      String operation,
      boolean async,
      long issuedNanos,
      OperationObservers.Tracker tracker,
      Function<ConnectionState.Live, CompletableFuture<Void>> init,
      Function<ConnectionState.Live, R> body) {
    if (tracker == null) {
      return new PendingOperation<>(collection, operation, async, issuedNanos, init, body);
    }
    PendingOperation<R> op =
        new PendingOperation<>(
            collection,
            operation,
            async,
            issuedNanos,
            tracker.starting(init),
            tracker.starting(body));
    op.onBuffered(tracker::queued);
    return op;
  }

  /** The bufferTimeoutMS in force now: this connection's option, else the global setting. */
  long bufferTimeoutMs() {
    Long own = options().bufferTimeoutMS();
    return own != null ? own : (Long) instance.get(Setting.BUFFER_TIMEOUT_MS);
  }

  @Override
  public Connection addOperationObserver(OperationObserver observer) {
    observers.add(Objects.requireNonNull(observer, "observer == null"));
    return this;
  }

  @Override
  public Connection removeOperationObserver(OperationObserver observer) {
    observers.remove(observer);
    return this;
  }

  private <R> R onDatabase(String collection, String operation, Function<MongoDatabase, R> body) {
    return runSync(
        collection, operation, null, null, live -> body.apply(live.client().getDatabase(name())));
  }

  @Override
  public MongoCollection<Document> collection(String name) {
    Objects.requireNonNull(name, "name == null");
    return BufferedCollection.create(this, name);
  }

  @Override
  public void createCollection(String name, CreateCollectionOptions options) {
    Objects.requireNonNull(name, "name == null");
    CreateCollectionOptions given = options != null ? options : new CreateCollectionOptions();
    onDatabase(
        name,
        "createCollection",
        db -> {
          db.createCollection(name, given);
          return null;
        });
  }

  @Override
  public void dropCollection(String name) {
    Objects.requireNonNull(name, "name == null");
    onDatabase(
        name,
        "drop",
        db -> {
          db.getCollection(name).drop();
          return null;
        });
  }

  @Override
  public void dropDatabase() {
    onDatabase(
        String.valueOf(name()),
        "dropDatabase",
        db -> {
          db.drop();
          return null;
        });
  }

  @Override
  public ClientSession startSession() {
    return runSync(
        String.valueOf(name()), "startSession", null, null, live -> live.client().startSession());
  }

  // ---- models ----------------------------------------------------------------------------------

  @Override
  public <T> Model<T> model(Schema<T> schema) {
    Objects.requireNonNull(schema, "schema == null");
    return model(schema, schema.collectionName());
  }

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
  @SuppressWarnings("unchecked") // stored under its own schema, so its type is T
  public <T> ModelHooks<T> hooksOf(Schema<T> schema) {
    if (base != null) {
      return base.hooksOf(schema);
    }
    return (ModelHooks<T>) hooks.computeIfAbsent(schema, s -> new ModelHooks<>(s.modelName()));
  }

  // ---- transactions ----------------------------------------------------------------------------

  /**
   * What transactions bind their session to: the base connection, shared by its useDb connections.
   */
  public Object sessionOwner() {
    return base != null ? base : this;
  }

  /** The session of the transaction running on this thread for this connection, or null. */
  public ClientSession currentSession() {
    return CurrentSession.of(sessionOwner());
  }

  @Override
  public <R> R transaction(Function<ClientSession, R> work) {
    return transaction(TransactionOptions.builder().build(), work);
  }

  @Override
  public <R> R transaction(TransactionOptions options, Function<ClientSession, R> work) {
    Objects.requireNonNull(options, "options == null");
    Objects.requireNonNull(work, "work == null");
    ClientSession outer = currentSession();
    if (outer != null) {
      return work.apply(outer); // a nested transaction joins the outer one
    }
    try (ClientSession session = startSession()) {
      requireTransactions(null);
      return session.withTransaction(
          () -> CurrentSession.with(sessionOwner(), session, () -> work.apply(session)), options);
    } catch (MongoClientException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("support sessions")
          || message.contains("Transactions are not supported")) {
        requireTransactions(e);
      }
      throw e;
    }
  }

  /** Fails clearly when the server is known to have no transactions (a standalone server). */
  private void requireTransactions(MongoClientException driverError) {
    ClusterDescription cluster = client().getClusterDescription();
    if (driverError != null || cluster.getType() == ClusterType.STANDALONE) {
      throw new MeerkatException(
          "Connection "
              + id
              + " cannot run a transaction: the server at "
              + hosts()
              + " is a "
              + cluster.getType()
              + " server without transactions; transactions need a replica set or a"
              + " sharded cluster (e.g. start mongod with --replSet and rs.initiate())",
          driverError);
    }
  }

  @Override
  public <R> CompletableFuture<R> transactionAsync(
      Function<ClientSession, CompletableFuture<R>> work) {
    return transactionAsync(TransactionOptions.builder().build(), work);
  }

  @Override
  public <R> CompletableFuture<R> transactionAsync(
      TransactionOptions options, Function<ClientSession, CompletableFuture<R>> work) {
    Objects.requireNonNull(options, "options == null");
    Objects.requireNonNull(work, "work == null");
    return CompletableFuture.supplyAsync(
        () ->
            transaction(
                options,
                session ->
                    Futures.await(
                        Objects.requireNonNull(work.apply(session), "work returned null"),
                        "transactionAsync")),
        executor());
  }

  // ---- useDb -----------------------------------------------------------------------------------

  @Override
  public Connection useDb(String name) {
    return useDb(name, UseDbOptions.defaults());
  }

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
      return children.cached(name, n -> new DefaultConnection(this, instance.nextId(), n));
    }
    DefaultConnection child = new DefaultConnection(this, instance.nextId(), name);
    return options.noListener() ? child : children.add(child);
  }

  @Override
  public String toString() {
    return "Connection{id=" + id + ", name=" + name() + ", readyState=" + readyState() + "}";
  }
}
