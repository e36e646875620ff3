package dev.meerkat.internal.connection;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The fast path of one client: a sync model operation issued while the connection is open and
 * nothing waits in its buffer runs straight on the caller's thread, with no {@link
 * PendingOperation}, future or lock. It costs a volatile read of {@link #open}, a thread-local slot
 * marked running (so that {@code close(true)} can still fail and interrupt it) and one uncontended
 * monitor when it ends.
 *
 * <p>{@link ConnectionState} sets {@link #open} under its lock whenever what decides "run now"
 * changes: it is the live client while the phase is OPEN, the buffer empty and the connection not
 * closed by force or destroyed, and {@code null} otherwise. An operation marks its slot running
 * before it reads {@link #open}; {@code close(true)} clears {@link #open} before it scans the
 * slots. Both are volatile, so either the scan sees the slot or the operation sees {@code null} and
 * takes the buffered path, which refuses it: none is missed. Thread-safe.
 */
final class DirectRuns {
  /** The client to run on now, or {@code null}: take the buffered path. */
  private volatile LiveClient open;

  /** Every thread's slot, held weakly: a thread that ends takes its slot with it. */
  private final Set<Slot> slots =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  private final ThreadLocal<Slot> mine = ThreadLocal.withInitial(this::register);

  /** One thread's running operation, reused by each of its operations on this client. */
  static final class Slot {
    private final Thread thread = Thread.currentThread();
    private volatile boolean running;
    private String collection;
    private String operation;
    private LiveClient live;

    /** Set by close(true) while this ran; guarded by this. */
    private RuntimeException aborted;

    String describe() {
      return collection + "." + operation + "()";
    }

    /** The client this operation runs on. */
    LiveClient live() {
      return live;
    }

    /**
     * Ends the operation.
     *
     * @return {@code close(true)}'s failure when it came while this ran (the thread's interrupt is
     *     then cleared), else {@code null}
     */
    RuntimeException end() {
      RuntimeException failure;
      synchronized (this) {
        running = false;
        live = null;
        failure = aborted;
        aborted = null;
        if (failure != null) {
          Thread.interrupted(); // the interrupt was ours, to stop this operation
        }
      }
      return failure;
    }

    private synchronized void abort(int connectionId) {
      if (running && aborted == null) {
        aborted = ConnectionMessages.closedWhileRunning(collection, operation, connectionId);
        thread.interrupt();
      }
    }
  }

  private Slot register() {
    Slot slot = new Slot();
    slots.add(slot);
    return slot;
  }

  /** Sets the client operations may run on directly, or {@code null}. Under the state's lock. */
  void allow(LiveClient live) {
    open = live;
  }

  /**
   * Starts a direct run of {@code collection.operation()} on this thread.
   *
   * @param readyOpening the opening whose model init has completed: the operation runs directly
   *     only on that opening, else it must wait for the init on the buffered path
   * @return the running slot, or {@code null} when the operation must take the buffered path
   */
  Slot enter(String collection, String operation, int readyOpening) {
    if (open == null) {
      return null; // the usual refusal, without touching the thread-local
    }
    Slot slot = mine.get();
    if (slot.running) {
      return null; // an operation within an operation on this thread: keep it simple
    }
    slot.collection = collection;
    slot.operation = operation;
    slot.running = true; // before reading open: see the class comment
    LiveClient live = open;
    if (live == null || live.opening() != readyOpening) {
      slot.end(); // not sent, even if close(true) came meanwhile: the buffered path refuses it
      return null;
    }
    slot.live = live;
    return slot;
  }

  /** {@code close(true)}: fails every operation running directly and interrupts its thread. */
  void abortAll(int connectionId) {
    synchronized (slots) {
      for (Slot slot : slots) {
        slot.abort(connectionId);
      }
    }
  }
}
