package dev.meerkat.internal.connection;

import dev.meerkat.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * Runs a blocking Meerkat call (which may wait in the buffer) on Meerkat's I/O threads and
 * completes the future on the connection's executor, as the async models do. Used by generated
 * repositories' {@code CompletableFuture} methods. Giving up on the future (cancel, orTimeout)
 * before the call starts means it never runs; while one of its operations waits in the buffer, it
 * withdraws that operation, which is then never sent. May change at any time. Thread-safe.
 */
public final class BlockingCalls {
  /** The future of the call running on this thread, while it runs. */
  private static final ThreadLocal<CompletableFuture<?>> CALLER = new ThreadLocal<>();

  private BlockingCalls() {}

  /** Runs {@code call} without blocking the caller. */
  public static <R> CompletableFuture<R> supply(Connection connection, Supplier<R> call) {
    CompletableFuture<R> running = new CompletableFuture<>();
    CompletableFuture<R> delivered =
        Futures.deliverOn(
            running,
            () -> {
              // the executor in force when the call completes, as for the async models
              Executor executor = connection.options().executor();
              return executor != null ? executor : ForkJoinPool.commonPool();
            });
    // The caller gave up: stop waiting for the call (delivered is done already).
    delivered.whenComplete((value, error) -> running.cancel(false));
    MeerkatThreads.blocking()
        .execute(
            () -> {
              if (delivered.isDone()) {
                return; // given up before it started
              }
              CALLER.set(delivered);
              try {
                running.complete(call.get());
              } catch (Throwable e) {
                running.completeExceptionally(e);
              } finally {
                CALLER.remove();
              }
            });
    return delivered;
  }

  /**
   * The future of the blocking call running on this thread, or {@code null}: an operation it
   * buffers is withdrawn when the caller gives up on that future.
   */
  static CompletableFuture<?> callerOfThisThread() {
    return CALLER.get();
  }
}
