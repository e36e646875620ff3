package dev.meerkat.internal;

import com.mongodb.client.MongoCollection;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * How a model reaches its collection. The connection implements it: it buffers the action while
 * the connection is not open (or fails it, when {@code bufferCommands} is off), waits for the model's
 * {@code init()}, applies {@code bufferTimeoutMS}, logs the operation when {@code debug} is on, and
 * runs it on the driver.
 *
 * @param <T> the document type of the collection
 */
public interface CollectionGateway<T> {

  /**
   * Runs {@code action} on the collection, blocking the caller while the operation is buffered.
   *
   * @param operation the method name for messages and logs, e.g. {@code "findOne"}; the message reads
   *     "Operation `users.findOne()` buffering timed out after 10000ms"
   */
  <R> R execute(String operation, Function<MongoCollection<T>, R> action);

  /** Runs {@code action} without blocking the caller; the future completes on the connection's executor. */
  <R> CompletableFuture<R> executeAsync(String operation, Function<MongoCollection<T>, R> action);
}
