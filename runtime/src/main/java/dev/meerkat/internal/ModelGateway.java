package dev.meerkat.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The {@link CollectionGateway} of one model: every call becomes an operation on the connection
 * (buffered, ordered, bounded by {@code bufferTimeoutMS}) that first waits for the model's init of
 * the current opening. Thread-safe; holds no state of its own.
 *
 * @param <T> the mapped type
 */
final class ModelGateway<T> implements CollectionGateway<T> {
  private final DefaultConnection connection;
  private final ModelEntry<T> entry;

  ModelGateway(DefaultConnection connection, ModelEntry<T> entry) {
    this.connection = connection;
    this.entry = entry;
  }

  @Override
  public <R> R execute(String operation, Function<MongoCollection<T>, R> action) {
    return connection.runSync(entry.schema.modelName(), entry.collectionName, operation, entry.schema.options().bufferCommands(), initFor(),
        live -> action.apply(entry.collection(live, connection.name())));
  }

  @Override
  public <R> CompletableFuture<R> executeAsync(String operation, Function<MongoCollection<T>, R> action) {
    return connection.runAsync(entry.schema.modelName(), entry.collectionName, operation, entry.schema.options().bufferCommands(), initFor(),
        live -> action.apply(entry.collection(live, connection.name())));
  }

  @Override
  public <R> R executeOnDatabase(String operation, Function<MongoDatabase, R> action) {
    return connection.runSync(entry.schema.modelName(), entry.collectionName, operation, entry.schema.options().bufferCommands(), initFor(),
        live -> action.apply(live.client().getDatabase(connection.name())));
  }

  @Override
  public void init() {
    connection.runSync(entry.schema.modelName(), entry.collectionName, "init", entry.schema.options().bufferCommands(), initFor(), live -> null);
  }

  /**
   * The init step of an operation issued now. An operation issued before a failed init finished
   * fails with it, even when the buffer flushes it only after the failure; later ones run.
   */
  private Function<ConnectionState.Live, CompletableFuture<Void>> initFor() {
    long issued = System.nanoTime();
    return live -> entry.init(live.opening(), () -> ModelInit.start(connection, entry, live), issued);
  }
}
