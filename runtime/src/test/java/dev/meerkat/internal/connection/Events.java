package dev.meerkat.internal.connection;

import dev.meerkat.Connection;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.ConnectionEventData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Records a connection's lifecycle events (not MODEL/DELETE_MODEL) and waits for them. */
final class Events {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final List<ConnectionEventData> seen = new ArrayList<>();

  static Events on(Connection connection) {
    Events events = new Events();
    for (ConnectionEvent event : ConnectionEvent.values()) {
      if (event != ConnectionEvent.MODEL && event != ConnectionEvent.DELETE_MODEL) {
        connection.on(event, events::add);
      }
    }
    return events;
  }

  private void add(ConnectionEventData data) {
    lock.lock();
    try {
      seen.add(data);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  List<ConnectionEvent> names() {
    lock.lock();
    try {
      return seen.stream().map(ConnectionEventData::event).toList();
    } finally {
      lock.unlock();
    }
  }

  List<ConnectionEventData> all() {
    lock.lock();
    try {
      return List.copyOf(seen);
    } finally {
      lock.unlock();
    }
  }

  /** Waits until {@code event} has been seen {@code times} times in all; returns the names seen. */
  List<ConnectionEvent> await(ConnectionEvent event, int times, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (seen.stream().filter(d -> d.event() == event).count() < times) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "waited " + timeout + " for " + times + " x " + event + "; saw " + names());
        }
        changed.awaitNanos(left);
      }
      return names();
    } finally {
      lock.unlock();
    }
  }

  void clear() {
    lock.lock();
    try {
      seen.clear();
    } finally {
      lock.unlock();
    }
  }
}
