package dev.meerkat.internal;

import dev.meerkat.BufferTimeoutException;
import dev.meerkat.MeerkatException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * One operation on a connection: issued by a model, {@code collection(...)} or a database method,
 * run at once when the connection is open or queued in the {@link OperationBuffer} until it is.
 * Its outcome is {@link #result}; whoever completes it first (the run, the buffer timeout, a forced
 * close) wins.
 *
 * @param <R> the operation's result
 */
final class PendingOperation<R> {
  final String collection;
  final String operation;
  final long timeoutMs;
  final CompletableFuture<R> result = new CompletableFuture<>();
  private final long deadlineNanos;
  private final Function<ConnectionState.Live, CompletableFuture<Void>> init;
  private final Function<ConnectionState.Live, R> body;
  private volatile ScheduledFuture<?> timer;
  // Guards runner/interrupted: a forced close interrupts the running thread only while it runs this.
  private final ReentrantLock runLock = new ReentrantLock();
  private Thread runner;
  private boolean interrupted;

  /**
   * @param init the model's init for the live opening to wait for, or {@code null}
   * @param body the driver call
   */
  PendingOperation(
      String collection,
      String operation,
      long timeoutMs,
      Function<ConnectionState.Live, CompletableFuture<Void>> init,
      Function<ConnectionState.Live, R> body) {
    this.collection = collection;
    this.operation = operation;
    this.timeoutMs = timeoutMs;
    this.init = init;
    this.body = body;
    this.deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
  }

  void timer(ScheduledFuture<?> timer) {
    this.timer = timer;
  }

  void cancelTimer() {
    ScheduledFuture<?> t = timer;
    if (t != null) {
      t.cancel(false);
    }
  }

  BufferTimeoutException timedOut(Throwable lastError) {
    return new BufferTimeoutException(collection, operation, timeoutMs, lastError);
  }

  /** Runs the operation on {@code live}: waits for the model's init (within the buffer deadline), then the driver call. */
  void run(ConnectionState.Live live, ConnectionState state) {
    if (result.isDone()) {
      return;
    }
    setRunner(Thread.currentThread());
    try {
      if (init != null) {
        awaitInit(init.apply(live), state);
      }
      R value = body.apply(live);
      result.complete(value);
    } catch (RuntimeException | Error e) {
      state.afterOperationError(live, e);
      result.completeExceptionally(e);
    } finally {
      setRunner(null);
    }
  }

  private void setRunner(Thread thread) {
    runLock.lock();
    try {
      runner = thread;
      if (thread == null && interrupted) {
        // The interrupt was ours, to stop this operation: do not leak it into the caller's next work.
        Thread.interrupted();
      }
    } finally {
      runLock.unlock();
    }
  }

  /**
   * Fails the operation with {@code reason} now, and interrupts the thread running it so that a
   * caller blocked in the driver returns ({@code close(true)}); the driver gives up the socket.
   */
  void abort(Throwable reason) {
    result.completeExceptionally(reason);
    runLock.lock();
    try {
      if (runner != null) {
        interrupted = true;
        runner.interrupt();
      }
    } finally {
      runLock.unlock();
    }
  }

  private void awaitInit(CompletableFuture<Void> initFuture, ConnectionState state) {
    long remaining = deadlineNanos - System.nanoTime();
    try {
      initFuture.get(Math.max(remaining, 0), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw timedOut(state.lastError());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new MeerkatException("Initialising the model of `" + collection + "` failed: " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MeerkatException("Interrupted while `" + collection + "." + operation + "()` waited for its model's init", e);
    }
  }
}
