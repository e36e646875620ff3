package dev.meerkat.internal.connection;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The operations of one client that wait (Mongoose's command buffer), and the ones running.
 *
 * <p>Waiting: {@link #queue}, in the order issued. While the connection is not open they wait for
 * it, bounded by {@code bufferTimeoutMS} counted from issue (one timer for the whole queue, armed
 * for its oldest operation, so the timeout in force when it fires applies). While it is open they
 * wait only for one of at most {@link #maxWorkers} async workers (back-pressure: the bound on
 * threads), and are never timed out. Operations leave the queue from its head, so they are
 * dispatched in issue order; a withdrawn one (cancelled, interrupted) is removed at once.
 *
 * <p>Locking: everything but {@link #inFlight} is guarded by the connection state's lock, held by
 * every caller, so "open and nothing queued: run now" is decided atomically with the state. {@link
 * #inFlight} is a concurrent set, touched without the lock.
 */
final class OperationBuffer {
  /** Async workers per client when the pool size is unbounded or not known. */
  static final int DEFAULT_WORKERS = 100;

  private final Set<PendingOperation<?>> queue = new LinkedHashSet<>();
  private final Set<PendingOperation<?>> inFlight = ConcurrentHashMap.newKeySet();
  private int workers;
  private int maxWorkers = DEFAULT_WORKERS;
  private ScheduledFuture<?> timer;

  /** Whether nothing waits, so a new operation may run at once. */
  boolean isEmpty() {
    return queue.isEmpty();
  }

  void enqueue(PendingOperation<?> op) {
    queue.add(op);
  }

  /** Removes a withdrawn operation; false when it had left the queue already. */
  boolean remove(PendingOperation<?> op) {
    return queue.remove(op);
  }

  /** The oldest waiting operation, or {@code null}. */
  PendingOperation<?> peek() {
    return queue.isEmpty() ? null : queue.iterator().next();
  }

  /** Takes the oldest waiting operation and marks it running. */
  PendingOperation<?> poll() {
    Iterator<PendingOperation<?>> it = queue.iterator();
    PendingOperation<?> op = it.next();
    it.remove();
    running(op);
    return op;
  }

  // ---- workers ---------------------------------------------------------------------------------

  /**
   * Sets how many async operations may run at once (the pool's size: more would only wait for a
   * socket).
   */
  void maxWorkers(Integer maxPoolSize) {
    maxWorkers = maxPoolSize == null || maxPoolSize <= 0 ? DEFAULT_WORKERS : maxPoolSize;
  }

  /** Claims a worker; false when all are busy. */
  boolean claimWorker() {
    if (workers >= maxWorkers) {
      return false;
    }
    workers++;
    return true;
  }

  void releaseWorker() {
    workers--;
  }

  // ---- timeouts --------------------------------------------------------------------------------

  /**
   * Removes and returns the operations issued more than {@code timeoutNanos} before {@code now}: a
   * prefix of the queue, since it is in issue order and one timeout applies to all.
   */
  List<PendingOperation<?>> expired(long now, long timeoutNanos) {
    List<PendingOperation<?>> expired = new ArrayList<>();
    Iterator<PendingOperation<?>> it = queue.iterator();
    while (it.hasNext()) {
      PendingOperation<?> op = it.next();
      if (now - op.issuedNanos < timeoutNanos) {
        break;
      }
      it.remove();
      expired.add(op);
    }
    return expired;
  }

  /** Replaces the queue's timer ({@code null}: none). */
  void timer(ScheduledFuture<?> next) {
    if (timer != null) {
      timer.cancel(false);
    }
    timer = next;
  }

  boolean hasTimer() {
    return timer != null;
  }

  /** Nanoseconds until the oldest operation's deadline, or -1 when nothing waits. */
  long untilFirstDeadline(long now, long timeoutNanos) {
    PendingOperation<?> first = peek();
    return first == null ? -1 : Math.max(0, first.issuedNanos + timeoutNanos - now);
  }

  static long nanos(long ms) {
    return TimeUnit.MILLISECONDS.toNanos(ms);
  }

  // ---- running ---------------------------------------------------------------------------------

  /** Marks {@code op} as running until its result completes (what close(true) aborts). */
  void running(PendingOperation<?> op) {
    inFlight.add(op);
    op.result.whenComplete((v, e) -> inFlight.remove(op));
  }

  /** Removes every waiting operation. */
  List<PendingOperation<?>> takeQueued() {
    List<PendingOperation<?>> taken = new ArrayList<>(queue);
    queue.clear();
    timer(null);
    return taken;
  }

  /** The operations running now. */
  List<PendingOperation<?>> running() {
    return new ArrayList<>(inFlight);
  }

  int runningCount() {
    return inFlight.size();
  }

  int queued() {
    return queue.size();
  }
}
