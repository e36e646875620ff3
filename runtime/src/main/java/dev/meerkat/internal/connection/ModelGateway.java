package dev.meerkat.internal.connection;

import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.meerkat.internal.model.CollectionGateway;
import dev.meerkat.internal.session.CurrentSession;
import dev.meerkat.internal.session.SessionCollection;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The {@link CollectionGateway} of one model: every call becomes an operation on the connection
 * (buffered, ordered, bounded by {@code bufferTimeoutMS}) that first waits for the model's init of
 * the current opening. Thread-safe: its only state is the cached collection object (a volatile
 * reference to an immutable record).
 *
 * @param <T> the mapped type
 */
final class ModelGateway<T> implements CollectionGateway<T> {
  private final DefaultConnection connection;
  private final ModelEntry<T> entry;

  /**
   * The collection object of the latest opening: made once per opening and database, not per call.
   */
  private volatile Cached<T> cached;

  private record Cached<T>(
      ClientFactory.Created created, String database, MongoCollection<T> collection) {}

  ModelGateway(DefaultConnection connection, ModelEntry<T> entry) {
    this.connection = connection;
    this.entry = entry;
  }

  @Override
  public <R> R execute(String operation, Function<MongoCollection<T>, R> action) {
    return execute(operation, action, System.nanoTime());
  }

  @Override
  public <R> R execute(String operation, Function<MongoCollection<T>, R> action, long issuedNanos) {
    ClientSession session = connection.currentSession(); // a transaction's, captured when issued
    DirectRuns.Slot direct =
        connection.operations().startDirect(entry.collectionName, operation, entry.readyOpening());
    if (direct != null) {
      // Open, nothing buffered, init done: straight to the driver, allocating nothing of ours.
      R value;
      try {
        value = action.apply(SessionCollection.of(collection(direct.live()), session));
      } catch (RuntimeException | Error e) {
        throw connection.operations().failDirect(direct, e);
      }
      return connection.operations().endDirect(direct, value);
    }
    return runSync(
        operation,
        live -> action.apply(SessionCollection.of(collection(live), session)),
        issuedNanos);
  }

  @Override
  public <R> CompletableFuture<R> executeAsync(
      String operation, Function<MongoCollection<T>, R> action) {
    return executeAsync(operation, action, System.nanoTime());
  }

  @Override
  public <R> CompletableFuture<R> executeAsync(
      String operation, Function<MongoCollection<T>, R> action, long issuedNanos) {
    ClientSession session = connection.currentSession(); // carried to the thread that runs it
    return CurrentSession.carried(
        connection.sessionOwner(),
        session,
        connection
            .operations()
            .runAsync(
                entry.schema.modelName(),
                entry.collectionName,
                operation,
                entry.schema.options().bufferCommands(),
                initFor(),
                live -> action.apply(SessionCollection.of(collection(live), session)),
                issuedNanos));
  }

  @Override
  public <R> R executeOnDatabase(String operation, Function<MongoDatabase, R> action) {
    return runSync(
        operation,
        live -> action.apply(live.client().getDatabase(connection.name())),
        System.nanoTime());
  }

  @Override
  public void init() {
    runSync("init", live -> null, System.nanoTime());
  }

  /**
   * Runs {@code body} as this model's {@code operation} through the buffer, after the model's init.
   */
  private <R> R runSync(String operation, Function<LiveClient, R> body, long issuedNanos) {
    return connection
        .operations()
        .runSync(
            entry.schema.modelName(),
            entry.collectionName,
            operation,
            entry.schema.options().bufferCommands(),
            initFor(),
            body,
            issuedNanos);
  }

  private MongoCollection<T> collection(LiveClient live) {
    String database = connection.databaseOf(live);
    Cached<T> c = cached;
    if (c == null || c.created != live.created() || !c.database.equals(database)) {
      c = new Cached<>(live.created(), database, entry.collection(live, database));
      cached = c;
    }
    return c.collection;
  }

  /**
   * The init step of an operation issued now. An operation issued before a failed init finished
   * fails with it, even when the buffer flushes it only after the failure; later ones run.
   */
  private Function<LiveClient, CompletableFuture<Void>> initFor() {
    long issued = System.nanoTime();
    return live ->
        entry.init(live.opening(), () -> ModelInit.start(connection, entry, live), issued);
  }
}
