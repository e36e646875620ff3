package dev.meerkat.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The operations waiting for a connection to open (Mongoose's command buffer), and the ones running.
 *
 * <p>Order: queued operations run one after another, in the order issued, on one flushing thread;
 * while any are queued or flushing, new operations queue behind them, so an operation never
 * overtakes one issued before it. Each queued operation has a timer that fails it with
 * {@code BufferTimeoutException} after {@code bufferTimeoutMS}.
 *
 * <p>Locking: the queue and the flushing flag are guarded by the connection state's lock (passed in),
 * so "open and nothing queued: run now" is decided atomically with the state. {@link #inFlight} is a
 * concurrent set, touched without the lock.
 */
final class OperationBuffer {
  private final ReentrantLock lock;
  private final ArrayDeque<PendingOperation<?>> queue = new ArrayDeque<>();
  private final Set<PendingOperation<?>> inFlight = ConcurrentHashMap.newKeySet();
  private boolean flushing;

  OperationBuffer(ReentrantLock lock) {
    this.lock = lock;
  }

  /** Whether a new operation may run at once. Lock held. */
  boolean idle() {
    return !flushing && queue.isEmpty();
  }

  /** Queues {@code op} and starts its timeout. Lock held. */
  void enqueue(PendingOperation<?> op, Function<PendingOperation<?>, Throwable> onTimeout) {
    queue.add(op);
    op.timer(MeerkatThreads.timers().schedule(() -> expire(op, onTimeout), op.timeoutMs, TimeUnit.MILLISECONDS));
  }

  private void expire(PendingOperation<?> op, Function<PendingOperation<?>, Throwable> onTimeout) {
    boolean removed;
    lock.lock();
    try {
      removed = queue.remove(op);
    } finally {
      lock.unlock();
    }
    if (removed) {
      op.result.completeExceptionally(onTimeout.apply(op));
    }
  }

  /** Marks {@code op} as running until its result completes. */
  void running(PendingOperation<?> op) {
    inFlight.add(op);
    op.result.whenComplete((v, e) -> inFlight.remove(op));
  }

  /** Claims the flush if there is something to flush and nobody flushes. Lock held. */
  boolean startFlush() {
    if (flushing || queue.isEmpty()) {
      return false;
    }
    flushing = true;
    return true;
  }

  /** The next queued operation for the flushing thread, or {@code null} (ending the flush). Lock held. */
  PendingOperation<?> next(boolean stillOpen) {
    PendingOperation<?> op = stillOpen ? queue.poll() : null;
    if (op == null) {
      flushing = false;
      return null;
    }
    op.cancelTimer();
    running(op);
    return op;
  }

  /** Removes every queued operation. Lock held. */
  List<PendingOperation<?>> takeQueued() {
    List<PendingOperation<?>> taken = new ArrayList<>(queue);
    queue.clear();
    taken.forEach(PendingOperation::cancelTimer);
    return taken;
  }

  /** The operations running now. */
  List<PendingOperation<?>> running() {
    return new ArrayList<>(inFlight);
  }

  /** Queued operations. Lock held. */
  int queued() {
    return queue.size();
  }
}
