package dev.meerkat.internal.monitoring;

import dev.meerkat.Connection;
import dev.meerkat.ObservedOperation;
import dev.meerkat.OperationObserver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link OperationObserver}s of one connection, and the {@link Tracker} that reports one
 * operation to them. With no observer, no tracker is made and an operation costs nothing extra.
 * Thread-safe.
 */
public final class OperationObservers {
  private static final Logger LOG = LoggerFactory.getLogger(OperationObservers.class);
  private final List<OperationObserver> observers = new CopyOnWriteArrayList<>();

  public void add(OperationObserver observer) {
    observers.add(observer);
  }

  public void remove(OperationObserver observer) {
    observers.remove(observer);
  }

  /** Whether no observer is registered. */
  public boolean isEmpty() {
    return observers.isEmpty();
  }

  /** A tracker for an operation issued now, or {@code null} when nobody observes. */
  public Tracker track(Connection connection, String model, String collection, String operation) {
    if (observers.isEmpty()) {
      return null;
    }
    return new Tracker(
        List.copyOf(observers), new ObservedOperation(connection, model, collection, operation));
  }

  /**
   * One operation's timeline: issued, maybe queued, left the queue (started, timed out or aborted),
   * completed. Observers registered when it was issued see all of it, in that order, whatever
   * thread reaches each step first; the tracker's lock orders them.
   */
  public static final class Tracker {
    private final List<OperationObserver> observers;
    private final ObservedOperation operation;
    private final long issuedNanos = System.nanoTime();
    private boolean queued;
    private long leftNanos;

    private Tracker(List<OperationObserver> observers, ObservedOperation operation) {
      this.observers = observers;
      this.operation = operation;
    }

    /** {@code step}, telling the tracker first that the operation left the buffer. */
    public <X, R> Function<X, R> starting(Function<X, R> step) {
      return step == null
          ? null
          : x -> {
            left();
            return step.apply(x);
          };
    }

    /**
     * {@code result}, completing only after completion (and leaving the buffer, when the operation
     * never started) was reported, so that a caller who saw the result also sees its observers'
     * effects.
     */
    public <R> CompletableFuture<R> observe(CompletableFuture<R> result) {
      return result.whenComplete(
          (value, failure) -> {
            left();
            Duration took = Duration.ofNanos(System.nanoTime() - issuedNanos);
            tell(o -> o.completed(operation, took, unwrap(failure)));
          });
    }

    /** The connection was not open: the operation waits in the buffer. */
    public synchronized void queued() {
      queued = true;
      tell(o -> o.buffered(operation));
      if (leftNanos != 0) {
        reportLeft();
      }
    }

    private synchronized void left() {
      if (leftNanos != 0) {
        return;
      }
      leftNanos = Math.max(System.nanoTime(), issuedNanos + 1);
      if (queued) {
        reportLeft();
      }
    }

    private void reportLeft() {
      Duration waited = Duration.ofNanos(leftNanos - issuedNanos);
      tell(o -> o.leftBuffer(operation, waited));
    }

    private void tell(Consumer<OperationObserver> call) {
      for (OperationObserver observer : observers) {
        try {
          call.accept(observer);
        } catch (RuntimeException e) {
          LOG.warn(
              "Operation observer {} failed on {}.{}(); ignored: {}",
              observer,
              operation.collection(),
              operation.operation(),
              e.toString());
        }
      }
    }

    private static Throwable unwrap(Throwable failure) {
      return failure instanceof java.util.concurrent.CompletionException
              && failure.getCause() != null
          ? failure.getCause()
          : failure;
    }
  }
}
