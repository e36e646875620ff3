package dev.meerkat.internal.connection;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.meerkat.WriteOutcomeUnknownException;
import dev.meerkat.internal.model.CollectionGateway;
import dev.meerkat.internal.session.CurrentSession;
import dev.meerkat.internal.session.SessionCollection;
import java.util.Set;
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

  /**
   * The writes whose network error, once the command was on its way, leaves it unknown whether the
   * server applied them. Inserts are not here: {@code SafeInsert} retries them and proves the
   * outcome.
   */
  private static final Set<String> WRITES =
      Set.of(
          "save",
          "replaceOne",
          "updateOne",
          "updateMany",
          "deleteOne",
          "deleteMany",
          "findOneAndUpdate",
          "findOneAndReplace",
          "findOneAndDelete",
          "bulkWrite");

  /**
   * {@code action}, whose network error after the connection was made (the command may have reached
   * the server) becomes a {@link WriteOutcomeUnknownException} when {@code operation} is a write
   * outside a transaction. Inside one the driver's own error is kept: its labels drive the
   * transaction's retry, and an aborted transaction applied nothing.
   */
  private <R> Function<MongoCollection<T>, R> reported(
      String operation, Function<MongoCollection<T>, R> action, ClientSession session) {
    if (!WRITES.contains(operation) || (session != null && session.hasActiveTransaction())) {
      return action;
    }
    return c -> {
      try {
        return action.apply(c);
      } catch (MongoSocketException e) {
        if (e instanceof MongoSocketOpenException) {
          throw e; // never connected: nothing was sent
        }
        throw new WriteOutcomeUnknownException(
            "`"
                + entry.collectionName
                + "."
                + operation
                + "()` failed with a network error once its command was on its way ("
                + e.getClass().getSimpleName()
                + "), so whether the server applied it is unknown. Read the document back before"
                + " writing again (a retried $inc would count twice).",
            e);
      }
    };
  }

  @Override
  public <R> R execute(String operation, Function<MongoCollection<T>, R> given, long issuedNanos) {
    ClientSession session = connection.currentSession(); // a transaction's, captured when issued
    Function<MongoCollection<T>, R> action = reported(operation, given, session);
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
      String operation, Function<MongoCollection<T>, R> given, long issuedNanos) {
    ClientSession session = connection.currentSession(); // carried to the thread that runs it
    Function<MongoCollection<T>, R> action = reported(operation, given, session);
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
