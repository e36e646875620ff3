package dev.meerkat.internal.connection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Moves a client's waiting operations out of its {@link OperationBuffer}: to the driver when the
 * connection is open (async ones on a bounded set of workers, sync ones back to their callers'
 * threads, each holding a worker while it runs), or out with {@code BufferTimeoutException} when
 * they waited {@code bufferTimeoutMS} for a connection that did not open.
 *
 * <p>A worker is a task on {@link MeerkatThreads#blocking()} that runs one async operation, then
 * takes the next waiting one, while the connection stays open: at most {@code maxPoolSize} per
 * client, so the thread count stays bounded however many operations are issued (the rest wait in
 * the queue: back-pressure). Locking: {@link #lock} is the connection state's; every read of the
 * buffer and the phase holds it, and nothing is run or completed while it is held.
 */
final class BufferDispatcher {
  private final ConnectionState state;
  private final ReentrantLock lock;
  private final OperationBuffer buffer;

  BufferDispatcher(ConnectionState state, ReentrantLock lock, OperationBuffer buffer) {
    this.state = state;
    this.lock = lock;
    this.buffer = buffer;
  }

  /**
   * Waits until it is {@code op}'s turn to run on its caller's thread. An interrupt withdraws it
   * from the buffer, so it is never sent.
   */
  LiveClient awaitTurn(PendingOperation<?> op, int connectionId) {
    try {
      return op.turn.get();
    } catch (ExecutionException e) {
      throw Futures.unwrap(e.getCause(), op.describe());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      RuntimeException reason = ConnectionMessages.interruptedWhileBuffered(op, connectionId);
      withdraw(op, reason);
      if (op.handedOver()) {
        workerDone(); // granted just as the interrupt came: give the worker back unused
      }
      throw Futures.unwrap(Futures.failure(op.result, reason), op.describe());
    }
  }

  /** Withdraws {@code op} if it has not been sent (it then leaves the buffer and never will be). */
  void withdraw(PendingOperation<?> op, Throwable reason) {
    if (op.withdraw(reason)) {
      lock.lock();
      try {
        buffer.remove(op);
        state.refreshDirect();
      } finally {
        lock.unlock();
      }
    }
  }

  /**
   * A sync operation handed over from the buffer has finished: its worker goes to the next waiting
   * one.
   */
  void workerDone() {
    List<PendingOperation<?>> syncs = new ArrayList<>();
    List<PendingOperation<?>> asyncs = new ArrayList<>();
    LiveClient live = null;
    lock.lock();
    try {
      buffer.releaseWorker();
      if (state.isOpen()) {
        live = state.live();
        dispatch(syncs, asyncs);
      }
    } finally {
      lock.unlock();
    }
    start(syncs, asyncs, live, 0);
  }

  /**
   * Arms the buffer's one timer for the oldest waiting operation, or clears it while open. Lock
   * held. Called whenever the timeout in force or the phase changes.
   */
  void armTimer() {
    long timeoutNanos = OperationBuffer.nanos(state.timeoutMs());
    long delay = state.isOpen() ? -1 : buffer.untilFirstDeadline(System.nanoTime(), timeoutNanos);
    buffer.timer(
        delay < 0
            ? null
            : MeerkatThreads.timers().schedule(this::expire, delay, TimeUnit.NANOSECONDS));
  }

  private void expire() {
    List<PendingOperation<?>> expired;
    long timeout;
    Throwable error;
    lock.lock();
    try {
      if (state.isOpen()) {
        return;
      }
      timeout = state.timeoutMs();
      expired = buffer.expired(System.nanoTime(), OperationBuffer.nanos(timeout));
      state.refreshDirect();
      error = state.lastError();
      armTimer();
    } finally {
      lock.unlock();
    }
    for (PendingOperation<?> op : expired) {
      op.withdraw(op.timedOut(timeout, error));
    }
  }

  /** Hands every waiting operation to the driver, in issue order, as far as free workers allow. */
  void flush() {
    List<PendingOperation<?>> syncs = new ArrayList<>();
    List<PendingOperation<?>> asyncs = new ArrayList<>();
    LiveClient live;
    lock.lock();
    try {
      if (!state.isOpen()) {
        return;
      }
      live = state.live();
      dispatch(syncs, asyncs);
    } finally {
      lock.unlock();
    }
    start(syncs, asyncs, live, 0);
  }

  /**
   * Takes waiting operations from the head of the queue while workers are free, each claiming one:
   * async ones run on a worker thread, sync ones on their caller's thread. Stops at the first one
   * without a worker, so nothing is dispatched ahead of an operation issued before it. Lock held.
   */
  private void dispatch(List<PendingOperation<?>> syncs, List<PendingOperation<?>> asyncs) {
    while (buffer.peek() != null && buffer.claimWorker()) {
      PendingOperation<?> op = buffer.poll();
      (op.async ? asyncs : syncs).add(op);
    }
    state.refreshDirect();
  }

  private void start(
      List<PendingOperation<?>> syncs,
      List<PendingOperation<?>> asyncs,
      LiveClient live,
      int from) {
    for (PendingOperation<?> op : syncs) {
      if (!op.handOver(live)) {
        workerDone(); // withdrawn meanwhile: its worker goes to the next one
      }
    }
    for (int i = from; i < asyncs.size(); i++) {
      startWorker(asyncs.get(i), live);
    }
  }

  void startWorker(PendingOperation<?> first, LiveClient live) {
    MeerkatThreads.blocking().execute(() -> work(first, live));
  }

  /** A worker: runs its operation, then the next waiting ones while the connection stays open. */
  private void work(PendingOperation<?> first, LiveClient firstLive) {
    PendingOperation<?> op = first;
    LiveClient live = firstLive;
    while (op != null) {
      op.run(live, state);
      List<PendingOperation<?>> syncs = new ArrayList<>();
      List<PendingOperation<?>> asyncs = new ArrayList<>();
      lock.lock();
      try {
        buffer.releaseWorker();
        if (state.isOpen()) {
          live = state.live();
          dispatch(syncs, asyncs);
        }
      } finally {
        lock.unlock();
      }
      start(syncs, asyncs, live, 1);
      op = asyncs.isEmpty() ? null : asyncs.get(0);
    }
  }
}
