package dev.meerkat.internal.connection;

import dev.meerkat.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * Runs a blocking Meerkat call (which may wait in the buffer) on Meerkat's I/O threads and
 * completes the future on the connection's executor, as the async models do. Used by generated
 * repositories' {@code CompletableFuture} methods. May change at any time. Thread-safe.
 */
public final class BlockingCalls {
  private BlockingCalls() {}

  /** Runs {@code call} without blocking the caller. */
  public static <R> CompletableFuture<R> supply(Connection connection, Supplier<R> call) {
    Executor executor = connection.options().executor();
    CompletableFuture<R> running = CompletableFuture.supplyAsync(call, MeerkatThreads.blocking());
    return Futures.deliverOn(running, executor != null ? executor : ForkJoinPool.commonPool());
  }
}
