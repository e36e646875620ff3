package dev.meerkat.internal.connection;

import dev.meerkat.MeerkatException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

/** Waiting for an operation's result, and handing it to the connection's executor. Stateless. */
final class Futures {
  private Futures() {}

  /**
   * The result of {@code future}, its failure rethrown as it was. The wait is bounded by the
   * operation's own limits: {@code bufferTimeoutMS} while queued, the driver's timeouts once
   * running.
   */
  static <R> R await(CompletableFuture<R> future, String what) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw unwrap(e.getCause(), what);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MeerkatException("Interrupted while waiting for `" + what + "`", e);
    }
  }

  /**
   * The failure of a future as the caller should see it: unwrapped, unchecked; an {@code Error} is
   * thrown.
   */
  static RuntimeException unwrap(Throwable cause, String what) {
    if (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new MeerkatException("`" + what + "` failed: " + cause, cause);
  }

  /** How {@code future} failed, or {@code otherwise} when it has not failed (yet). */
  static Throwable failure(CompletableFuture<?> future, Throwable otherwise) {
    if (!future.isCompletedExceptionally()) {
      return otherwise;
    }
    try {
      future.join();
      return otherwise;
    } catch (CompletionException | java.util.concurrent.CancellationException e) {
      return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }
  }

  /**
   * A future completed like {@code source}, on the executor {@code executor} gives when it
   * completes: the connection's in force then (an operation queued before openUri completes on the
   * executor that opening configured).
   */
  static <R> CompletableFuture<R> deliverOn(
      CompletableFuture<R> source, Supplier<Executor> executorThen) {
    CompletableFuture<R> delivered = new CompletableFuture<>();
    source.whenComplete(
        (value, error) -> {
          Executor executor = executorThen.get();
          Runnable complete =
              () -> {
                if (error != null) {
                  delivered.completeExceptionally(
                      error instanceof CompletionException && error.getCause() != null
                          ? error.getCause()
                          : error);
                } else {
                  delivered.complete(value);
                }
              };
          try {
            executor.execute(complete);
          } catch (RejectedExecutionException e) {
            complete.run();
          }
        });
    return delivered;
  }

  /**
   * A future of its own completed like {@code source}, with {@code value} for its value and the
   * same failure (not wrapped in a {@code CompletionException}, which {@code copy()} and {@code
   * thenApply} would give to {@code whenComplete} callbacks). Completing it does not touch {@code
   * source}.
   */
  static <S, R> CompletableFuture<R> relay(CompletableFuture<S> source, Function<S, R> value) {
    CompletableFuture<R> own = new CompletableFuture<>();
    source.whenComplete(
        (result, error) -> {
          if (error == null) {
            own.complete(value.apply(result));
          } else {
            own.completeExceptionally(
                error instanceof CompletionException && error.getCause() != null
                    ? error.getCause()
                    : error);
          }
        });
    return own;
  }
}
