package dev.meerkat.internal.model;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * How a model reaches its collection. The connection implements it: it buffers the action while the
 * connection is not open (or fails it at once with {@code NotConnectedException} when {@code
 * bufferCommands} is off), waits for the model's initialisation ({@code autoCreate}, {@code
 * autoIndex}) of the current opening, applies {@code bufferTimeoutMS}, logs the operation when
 * {@code debug} is on, and runs it on the driver. Operations issued while buffered run in the order
 * issued. Implementations are thread-safe.
 *
 * @param <T> the document type of the collection
 */
public interface CollectionGateway<T> {

  /**
   * Runs {@code action} on the collection, blocking the caller while the operation is buffered. The
   * collection handed to {@code action} decodes {@code T} with the schema's codec.
   *
   * @param operation the method name for messages and logs, e.g. {@code "findOne"}; a timeout reads
   *     "Operation `users.findOne()` buffering timed out after 10000ms"
   */
  <R> R execute(String operation, Function<MongoCollection<T>, R> action);

  /**
   * Runs {@code action} without blocking the caller; the future completes on the connection's
   * executor.
   */
  <R> CompletableFuture<R> executeAsync(String operation, Function<MongoCollection<T>, R> action);

  /**
   * Like {@link #execute}, for an operation that continues one issued at {@code issuedNanos}
   * ({@link System#nanoTime()}), e.g. the retry of an insert: its buffer timeout counts from then.
   */
  default <R> R execute(
      String operation, Function<MongoCollection<T>, R> action, long issuedNanos) {
    return execute(operation, action);
  }

  /**
   * Like {@link #executeAsync}, for an operation that continues one issued at {@code issuedNanos}.
   */
  default <R> CompletableFuture<R> executeAsync(
      String operation, Function<MongoCollection<T>, R> action, long issuedNanos) {
    return executeAsync(operation, action);
  }

  /** Like {@link #execute}, for operations on the database, e.g. {@code createCollection}. */
  <R> R executeOnDatabase(String operation, Function<MongoDatabase, R> action);

  /**
   * Starts the model's initialisation for the current opening of the connection if it has not
   * started, and waits for it (buffered like any operation).
   */
  void init();
}
