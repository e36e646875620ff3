package dev.meerkat.internal.connection;

import dev.meerkat.ConnectionEventData;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The {@code useDb} connections of one base connection, and the forwarding of the base's events to
 * them.
 *
 * <p>Why weak references: {@code useDb(name)} without caching makes a new connection per call, as
 * in Mongoose; an application calling it per request must not grow the base's forwarding list
 * forever. The base holds only a weak reference to each child (one entry per child, never one per
 * listener); entries of collected children are dropped on the next {@code useDb} call or delivery.
 * Cached children ({@code UseDbOptions.cached()}) are held strongly by {@link #cached}, one per
 * name.
 *
 * <p>Thread-safe: {@link #lock} guards {@link #children}; the cache is a concurrent map.
 */
final class UseDbChildren {
  private final ReentrantLock lock = new ReentrantLock();
  private final List<WeakReference<DefaultConnection>> children = new ArrayList<>();
  private final ReferenceQueue<DefaultConnection> collected = new ReferenceQueue<>();
  private final Map<String, DefaultConnection> cached = new ConcurrentHashMap<>();

  /** A new child, registered for forwarding. */
  DefaultConnection add(DefaultConnection child) {
    lock.lock();
    try {
      pruneCollected();
      children.add(new WeakReference<>(child, collected));
      return child;
    } finally {
      lock.unlock();
    }
  }

  /** The cached child for {@code name}, created (and registered) on first use. */
  DefaultConnection cached(String name, Function<String, DefaultConnection> create) {
    return cached.computeIfAbsent(name, n -> add(create.apply(n)));
  }

  /** Hands {@code data} to every live child, re-addressed to it. */
  void forward(ConnectionEventData data) {
    for (DefaultConnection child : live()) {
      child.receiveFromBase(data);
    }
  }

  /** The children not yet collected. */
  List<DefaultConnection> live() {
    lock.lock();
    try {
      pruneCollected();
      List<DefaultConnection> result = new ArrayList<>(children.size());
      for (WeakReference<DefaultConnection> ref : children) {
        DefaultConnection child = ref.get();
        if (child != null) {
          result.add(child);
        }
      }
      return result;
    } finally {
      lock.unlock();
    }
  }

  /** How many forwarding entries the base holds (collected children excluded once pruned). */
  int forwardingEntries() {
    lock.lock();
    try {
      pruneCollected();
      return children.size();
    } finally {
      lock.unlock();
    }
  }

  private void pruneCollected() {
    boolean any = false;
    Reference<? extends DefaultConnection> ref;
    while ((ref = collected.poll()) != null) {
      any = true;
    }
    if (any) {
      children.removeIf(r -> r.get() == null);
    }
  }
}
