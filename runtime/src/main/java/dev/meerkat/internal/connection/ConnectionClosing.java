package dev.meerkat.internal.connection;

import dev.meerkat.Connection;
import dev.meerkat.ConnectionEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Closing a {@link ConnectionState}: {@code close()}, {@code close(true)} (which fails what waits
 * and what runs), {@code destroy()} and retiring. Works on the state's fields under its lock;
 * events are emitted outside it.
 */
final class ConnectionClosing {
  private final ConnectionState state;

  ConnectionClosing(ConnectionState state) {
    this.state = state;
  }

  /**
   * Destroys the connection for {@code reason} (completing "connection N ..."), which later
   * operations report.
   */
  CompletableFuture<Void> retire(String reason) {
    state.lock.lock();
    try {
      if (!state.destroyed) {
        state.destroyedBecause = reason;
      }
    } finally {
      state.lock.unlock();
    }
    return close(false, true);
  }

  CompletableFuture<Void> close(boolean force, boolean destroy) {
    List<PendingOperation<?>> failed;
    ConnectionState.Phase previous;
    ClientFactory.Created closing;
    CompletableFuture<Connection> unopened = null;
    CompletableFuture<Void> done;
    state.lock.lock();
    try {
      state.destroyed |= destroy;
      state.forceClosed |= force;
      failed = force || destroy ? state.buffer.takeQueued() : List.of();
      if (force) {
        failed.addAll(state.buffer.running());
      }
      previous = state.phase;
      if (state.phase == ConnectionState.Phase.CLOSING) {
        done = state.closeFuture;
      } else if (state.phase == ConnectionState.Phase.IDLE) {
        done = CompletableFuture.completedFuture(null);
      } else {
        state.phase = ConnectionState.Phase.CLOSING;
        state.generation++;
        state.dispatcher.armTimer();
        state.closeFuture = new CompletableFuture<>();
        done = state.closeFuture;
        if (previous == ConnectionState.Phase.CONNECTING) {
          unopened = state.openFuture;
        }
      }
      closing = state.current;
      state.refreshDirect();
    } finally {
      state.lock.unlock();
    }
    if (force) {
      state.direct.abortAll(state.base.id());
    }
    for (PendingOperation<?> op : failed) {
      op.abort(
          destroy && !force
              ? ConnectionMessages.destroyed(
                  op, state.base.id(), state.locked(() -> state.destroyedBecause))
              : ConnectionMessages.closedByForce(op, state.base.id()),
          ConnectionMessages.closedWhileRunning(op, state.base.id()));
    }
    if (previous == ConnectionState.Phase.CLOSING || previous == ConnectionState.Phase.IDLE) {
      return done;
    }
    if (unopened != null) {
      unopened.completeExceptionally(ConnectionMessages.closedBeforeOpen(state.base.id()));
    }
    state.base.emit(ConnectionEvent.DISCONNECTING, null, null);
    MeerkatThreads.blocking().execute(() -> finishClose(closing, done));
    return done;
  }

  private void finishClose(ClientFactory.Created closing, CompletableFuture<Void> done) {
    if (closing != null) {
      ClientFactory.closeQuietly(closing.client());
    }
    state.lock.lock();
    try {
      state.phase = ConnectionState.Phase.IDLE;
      state.current = null;
      state.refreshDirect();
    } finally {
      state.lock.unlock();
    }
    state.base.emit(ConnectionEvent.DISCONNECTED, null, null);
    state.base.emit(ConnectionEvent.CLOSE, null, null, () -> done.complete(null));
  }
}
