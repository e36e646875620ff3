package dev.meerkat.internal.connection;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.client.MongoClient;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.WriteOutcomeUnknownException;

/**
 * The later losses of a {@link ConnectionState}: the driver's availability callbacks and network
 * errors of operations take an open connection to LOST (DISCONNECTED, then the {@link
 * ServerRecheck}) and back (RECONNECTED, then the buffer flushes). Works on the state's fields
 * under its lock; events are emitted outside it.
 */
final class ConnectionOutages {
  private final ConnectionState state;

  ConnectionOutages(ConnectionState state) {
    this.state = state;
  }

  /** Called by the driver's cluster listener (on the driver's thread) when availability changes. */
  void availability(int gen, boolean available, Throwable cause, String detail) {
    boolean lost = false;
    boolean back = false;
    state.lock.lock();
    try {
      if (gen != state.generation) {
        return;
      }
      state.clusterAvailable = available;
      if (state.phase == ConnectionState.Phase.OPEN && !available) {
        lost = true;
        lose(cause);
      } else if (state.phase == ConnectionState.Phase.LOST && available) {
        state.phase = ConnectionState.Phase.OPEN;
        state.recoveries++;
        state.buffer.timer(null);
        state.refreshDirect();
        back = true;
      }
    } finally {
      state.lock.unlock();
    }
    if (lost) {
      state.base.emit(ConnectionEvent.DISCONNECTED, cause, detail);
      ServerRecheck.start(state, gen);
    }
    if (back) {
      state.base.emit(ConnectionEvent.RECONNECTED, null, detail);
      state.base.emit(ConnectionEvent.CONNECTED, null, detail);
      state.flush();
    }
  }

  /**
   * OPEN -> LOST, state.lock held: queued operations start counting towards their timeout again.
   */
  private void lose(Throwable cause) {
    state.phase = ConnectionState.Phase.LOST;
    state.lastError = cause;
    state.dispatcher.armTimer();
    state.refreshDirect();
  }

  /**
   * After a failed operation: a network error means the server is probably gone. The connection
   * buffers from now on (so a retry waits for the server), even when the driver has not marked the
   * server unknown (an error on a socket of an older pool state.generation does not); the re-check
   * then finds out when it answers again. A read timeout is a slow server, not an outage.
   */
  void afterOperationError(LiveClient live, Throwable error) {
    if (error instanceof WriteOutcomeUnknownException && error.getCause() != null) {
      error = error.getCause(); // a write's network error, reported as an unknown outcome
    }
    if (!(error instanceof MongoSocketException)
        || error instanceof MongoSocketReadTimeoutException
        || live.created().external()) {
      return;
    }
    boolean lost = false;
    state.lock.lock();
    try {
      if (live.generation() == state.generation
          && live.outage() == state.recoveries
          && state.phase == ConnectionState.Phase.OPEN) {
        lose(error);
        lost = true;
      }
    } finally {
      state.lock.unlock();
    }
    if (lost) {
      state.base.emit(ConnectionEvent.DISCONNECTED, error, null);
      ServerRecheck.start(state, live.generation());
    }
  }

  /** Whether opening {@code gen} is still state.current and waits for its server. */
  boolean waitingForServer(int gen) {
    return state.locked(() -> gen == state.generation && state.phase == ConnectionState.Phase.LOST);
  }

  /** The client of opening {@code gen}, or {@code null} once it is no longer state.current. */
  MongoClient client(int gen) {
    return state.locked(
        () -> gen == state.generation && state.current != null ? state.current.client() : null);
  }

  /** Re-reads the driver's view of the cluster for opening {@code gen}. */
  void recheck(int gen, Throwable cause) {
    MongoClient c;
    state.lock.lock();
    try {
      c = gen == state.generation && state.current != null ? state.current.client() : null;
    } finally {
      state.lock.unlock();
    }
    if (c != null) {
      boolean available = ConnectionEventBridge.available(c.getClusterDescription());
      availability(gen, available, cause, null);
    }
  }
}
