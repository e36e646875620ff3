package dev.meerkat.internal.connection;

import dev.meerkat.ConnectionEvent;
import dev.meerkat.ConnectionEventData;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection's listeners and the delivery of its events.
 *
 * <p>Events are delivered on the connection's executor, one at a time and in the order emitted: a
 * queue drained by at most one task at a time. A listener that throws is logged and skipped; the
 * other listeners and the operation that caused the event never see the exception.
 *
 * <p>Thread-safe: listeners live in a copy-on-write list, the queue is lock-free.
 */
final class EventEmitter {
  private static final Logger LOG = LoggerFactory.getLogger(EventEmitter.class);

  private final List<Registration> registrations = new CopyOnWriteArrayList<>();
  private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();
  private final Supplier<Executor> executor;
  private final Consumer<ConnectionEventData> afterListeners;

  /**
   * @param executor where events are delivered, asked at each delivery (it changes with the
   *     options)
   * @param afterListeners called after the listeners for each event, on the same thread: forwards
   *     to {@code useDb} connections
   */
  EventEmitter(Supplier<Executor> executor, Consumer<ConnectionEventData> afterListeners) {
    this.executor = executor;
    this.afterListeners = afterListeners;
  }

  void on(ConnectionEvent event, Consumer<ConnectionEventData> listener, boolean once) {
    Objects.requireNonNull(event, "event == null");
    Objects.requireNonNull(listener, "listener == null");
    registrations.add(new Registration(event, listener, once, new AtomicBoolean()));
  }

  void off(ConnectionEvent event, Consumer<ConnectionEventData> listener) {
    Objects.requireNonNull(event, "event == null");
    Objects.requireNonNull(listener, "listener == null");
    registrations.removeIf(r -> r.event == event && r.listener == listener);
  }

  int listenerCount() {
    return registrations.size();
  }

  void emit(ConnectionEventData data) {
    emit(data, null);
  }

  /**
   * Emits {@code data}; {@code then}, when not null, runs after its listeners on the delivery
   * thread, so a future completed there is seen after the event (e.g. {@code asFuture()} after
   * OPEN).
   */
  void emit(ConnectionEventData data, Runnable then) {
    queue.add(new Pending(data, then));
    scheduleDrain();
  }

  private void scheduleDrain() {
    if (!draining.compareAndSet(false, true)) {
      return;
    }
    Executor target = executor.get();
    try {
      (target == null ? ForkJoinPool.commonPool() : target).execute(this::drain);
    } catch (RejectedExecutionException e) {
      LOG.warn("Connection executor rejected event delivery; delivering on the common pool", e);
      ForkJoinPool.commonPool().execute(this::drain);
    }
  }

  private void drain() {
    Pending next;
    while ((next = queue.poll()) != null) {
      deliver(next.data);
      if (next.then != null) {
        try {
          next.then.run();
        } catch (RuntimeException e) {
          LOG.warn("Completing after {} failed", next.data.event(), e);
        }
      }
    }
    draining.set(false);
    // An event added after the last poll but before the flag was cleared would otherwise wait.
    if (!queue.isEmpty()) {
      scheduleDrain();
    }
  }

  private void deliver(ConnectionEventData data) {
    for (Registration r : registrations) {
      if (r.event != data.event()) {
        continue;
      }
      if (r.once) {
        if (!r.fired.compareAndSet(false, true)) {
          continue;
        }
        registrations.remove(r);
      }
      try {
        r.listener.accept(data);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (RuntimeException | Error e) {
        LOG.warn(
            "Listener for {} on connection {} threw; ignored",
            data.event(),
            data.connection().id(),
            e);
      }
    }
    try {
      afterListeners.accept(data);
    } catch (RuntimeException e) {
      LOG.warn("Forwarding {} to useDb connections failed", data.event(), e);
    }
  }

  private record Pending(ConnectionEventData data, Runnable then) {}

  private record Registration(
      ConnectionEvent event,
      Consumer<ConnectionEventData> listener,
      boolean once,
      AtomicBoolean fired) {}
}
