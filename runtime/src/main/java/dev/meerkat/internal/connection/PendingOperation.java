package dev.meerkat.internal.connection;

import com.mongodb.MongoInterruptedException;
import dev.meerkat.BufferTimeoutException;
import dev.meerkat.MeerkatException;
import dev.meerkat.WriteOutcomeUnknownException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * One operation on a connection: issued by a model, {@code collection(...)} or a database method,
 * run at once when the connection is open or queued in the {@link OperationBuffer} until it is.
 *
 * <p>Its {@link #stage} decides what a failure may claim. {@code WAITING}: not sent, and it can
 * still be withdrawn (cancelled, interrupted, timed out, closed) so that it never is. {@code SENT}:
 * the driver call has started, so a write may have been applied whatever happens next. {@code
 * ENDED}: withdrawn or finished. Exactly one of {@link #start()} and {@link #withdraw} wins (a
 * CAS).
 *
 * <p>An async operation is run by one of the connection's workers; a sync one is handed back to its
 * caller's thread ({@link #turn}), which runs it itself.
 *
 * @param <R> the operation's result
 */
final class PendingOperation<R> {
  private static final int WAITING = 0;
  private static final int SENT = 1;
  private static final int ENDED = 2;

  final String collection;
  final String operation;
  final boolean async;
  final long issuedNanos;
  final CompletableFuture<R> result = new CompletableFuture<>();

  /** For a sync operation: completed with the client when it is the caller's turn to run it. */
  final CompletableFuture<LiveClient> turn;

  private final Function<LiveClient, CompletableFuture<Void>> init;
  private final Function<LiveClient, R> body;
  private final AtomicInteger stage = new AtomicInteger(WAITING);
  // Guards runner/interrupted: a forced close interrupts the running thread only while it runs
  // this.
  private final ReentrantLock runLock = new ReentrantLock();
  private Thread runner;
  private boolean interrupted;

  /**
   * Told when the operation waits in the buffer because the connection is not open; set before it
   * is admitted.
   */
  private Runnable bufferedHook;

  /**
   * @param init the model's init for the live opening to wait for, or {@code null}
   * @param body the driver call
   * @param issuedNanos when the caller issued it ({@link System#nanoTime()}): buffer timeouts count
   *     from here
   */
  PendingOperation(
      String collection,
      String operation,
      boolean async,
      long issuedNanos,
      Function<LiveClient, CompletableFuture<Void>> init,
      Function<LiveClient, R> body) {
    this.collection = collection;
    this.operation = operation;
    this.async = async;
    this.issuedNanos = issuedNanos;
    this.init = init;
    this.body = body;
    this.turn = async ? null : new CompletableFuture<>();
  }

  /**
   * Sets what to tell when the operation is buffered (operation observers); call before admitting
   * it.
   */
  void onBuffered(Runnable hook) {
    this.bufferedHook = hook;
  }

  /** The connection was not open: the operation now waits in the buffer. */
  void buffered() {
    if (bufferedHook != null) {
      bufferedHook.run();
    }
  }

  String describe() {
    return collection + "." + operation + "()";
  }

  BufferTimeoutException timedOut(long timeoutMs, Throwable lastError) {
    return new BufferTimeoutException(collection, operation, timeoutMs, lastError);
  }

  /** Claims the operation for sending; false when it was withdrawn (or already started). */
  private boolean start() {
    return stage.compareAndSet(WAITING, SENT);
  }

  /**
   * Fails the operation with {@code reason} if it has not been sent: then it never will be.
   *
   * @return whether it was withdrawn (false: it was sent, or had already ended)
   */
  boolean withdraw(Throwable reason) {
    if (!stage.compareAndSet(WAITING, ENDED)) {
      return false;
    }
    result.completeExceptionally(reason);
    if (turn != null) {
      turn.completeExceptionally(reason);
    }
    return true;
  }

  /**
   * Hands a sync operation to its caller, with the worker claimed for it.
   *
   * @return false when it was withdrawn first (the worker is then still the dispatcher's to
   *     release)
   */
  boolean handOver(LiveClient live) {
    return turn.complete(live);
  }

  /** Whether a sync operation was handed to its caller (who then holds a worker). */
  boolean handedOver() {
    return turn.isDone() && !turn.isCompletedExceptionally();
  }

  /**
   * Runs the operation on {@code live}: waits for the model's init (until the buffer deadline),
   * then the driver call. Does nothing when the operation was withdrawn.
   */
  void run(LiveClient live, ConnectionState state) {
    if (init != null && !awaitInit(live, state)) {
      return;
    }
    if (!start()) {
      return;
    }
    setRunner(Thread.currentThread());
    try {
      R value = body.apply(live);
      stage.set(ENDED);
      result.complete(value);
    } catch (MongoInterruptedException e) {
      stage.set(ENDED);
      result.completeExceptionally(interruptedAfterSend(describe(), e));
    } catch (RuntimeException | Error e) {
      stage.set(ENDED);
      state.outages.afterOperationError(live, e);
      result.completeExceptionally(e);
    } finally {
      setRunner(null);
    }
  }

  /** The failure of an operation interrupted once the driver call had started. */
  static WriteOutcomeUnknownException interruptedAfterSend(String describe, Throwable e) {
    return new WriteOutcomeUnknownException(
        "`"
            + describe
            + "` was interrupted after it"
            + " was sent to the server: if it writes, the write may have been applied",
        e);
  }

  private void setRunner(Thread thread) {
    runLock.lock();
    try {
      runner = thread;
      if (thread == null && interrupted) {
        // The interrupt was ours, to stop this operation: do not leak it into the caller's next
        // work.
        Thread.interrupted();
      }
    } finally {
      runLock.unlock();
    }
  }

  /**
   * {@code close(true)}: withdraws the operation with {@code notSent} if it was not sent yet; else
   * fails it with {@code sent} now and interrupts the thread running it, so that a caller blocked
   * in the driver returns (the driver gives up the socket).
   */
  void abort(Throwable notSent, Throwable sent) {
    if (withdraw(notSent)) {
      return;
    }
    result.completeExceptionally(sent);
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

  /**
   * Waits for the model's init (until the buffer deadline) while the operation is still {@code
   * WAITING}: it has not been sent, so the caller may still withdraw it (cancel, time out, close),
   * which ends the wait.
   *
   * @return whether to go on and send it: false when it was withdrawn or failed here
   */
  private boolean awaitInit(LiveClient live, ConnectionState state) {
    try {
      CompletableFuture<Void> initFuture = init.apply(live);
      if (!initFuture.isDone()) {
        // Usually done long before: then the timeout in force is not even looked up.
        long timeoutMs = state.timeoutMs();
        long remaining = issuedNanos + TimeUnit.MILLISECONDS.toNanos(timeoutMs) - System.nanoTime();
        try {
          CompletableFuture.anyOf(initFuture, result)
              .get(Math.max(remaining, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          throw timedOut(timeoutMs, state.lastError());
        } catch (ExecutionException e) {
          // the init or the withdrawn result failed: told apart below
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new MeerkatException(
              "Interrupted while `" + describe() + "` waited for its model's init; it was not sent",
              e);
        }
        if (result.isDone()) {
          return false; // withdrawn meanwhile
        }
      }
      initFuture.join();
      return true;
    } catch (CompletionException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      failUnsent(
          live,
          state,
          cause instanceof RuntimeException r
              ? r
              : new MeerkatException(
                  "Initialising the model of `" + collection + "` failed: " + cause, cause));
      return false;
    } catch (RuntimeException | Error e) {
      failUnsent(live, state, e);
      return false;
    }
  }

  /** Fails the operation, not sent, with {@code error} unless it was withdrawn first. */
  private void failUnsent(LiveClient live, ConnectionState state, Throwable error) {
    if (stage.compareAndSet(WAITING, ENDED)) {
      state.outages.afterOperationError(live, error);
      result.completeExceptionally(error);
    }
  }
}
