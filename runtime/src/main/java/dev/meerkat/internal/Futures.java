package dev.meerkat.internal;

import dev.meerkat.MeerkatException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/** Waiting for an operation's result, and handing it to the connection's executor. Stateless. */
final class Futures {
  private Futures() {}

  /**
   * The result of {@code future}, its failure rethrown as it was. The wait is bounded by the
   * operation's own limits: {@code bufferTimeoutMS} while queued, the driver's timeouts once running.
   */
  static <R> R await(CompletableFuture<R> future, String what) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw rethrow(e.getCause(), what);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MeerkatException("Interrupted while waiting for `" + what + "`", e);
    }
  }

  private static RuntimeException rethrow(Throwable cause, String what) {
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

  /** A future completed like {@code source}, on {@code executor}. */
  static <R> CompletableFuture<R> deliverOn(CompletableFuture<R> source, Executor executor) {
    CompletableFuture<R> delivered = new CompletableFuture<>();
    source.whenComplete((value, error) -> {
      Runnable complete = () -> {
        if (error != null) {
          delivered.completeExceptionally(error instanceof CompletionException && error.getCause() != null
              ? error.getCause() : error);
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
}
