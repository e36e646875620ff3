package dev.meerkat.internal;

import com.mongodb.MongoSocketException;
import com.mongodb.client.MongoClient;
import dev.meerkat.Connection;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.ReadyState;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state machine of one client: shared by a base connection and its {@code useDb} connections.
 *
 * <pre>
 *  IDLE --openUri--> CONNECTING --ping ok--> OPEN <--server back-- LOST
 *   ^                    | ping failed         |  --server lost--> LOST
 *   +--------------------+                     +--close()--> CLOSING --client closed--> IDLE
 * </pre>
 *
 * <p>One lock, {@link #lock}, guards every field below it and the {@link OperationBuffer}'s queue.
 * Events are emitted outside the lock (they are queued for the executor anyway). Each opening gets a
 * new {@link #generation}; driver callbacks and pings of an older generation are ignored, which is
 * what keeps each event to once per transition.
 */
final class ConnectionState {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionState.class);

  enum Phase { IDLE, CONNECTING, OPEN, LOST, CLOSING }

  /** The client of one opening, as operations see it. */
  record Live(MongoClient client, int generation, int opening, ClientFactory.Created created) {}

  private final DefaultConnection base;
  private final ReentrantLock lock = new ReentrantLock();
  private final OperationBuffer buffer = new OperationBuffer(lock);
  private Phase phase = Phase.IDLE;
  private boolean destroyed;
  private String destroyedBecause;
  private boolean forceClosed;
  private boolean clusterAvailable;
  private int generation;
  private int opening;
  private ClientFactory.Created current;
  private ClientFactory.Created last;
  private String requestedUri;
  private ConnectionOptions requested = ConnectionOptions.defaults();
  private Throwable lastError;
  private CompletableFuture<Connection> openFuture = new CompletableFuture<>();
  private CompletableFuture<Void> closeFuture;

  ConnectionState(DefaultConnection base) {
    this.base = base;
  }

  // ---- opening ---------------------------------------------------------------------------------

  CompletableFuture<Connection> open(String uri, ConnectionOptions options, MongoClient external) {
    int gen;
    CompletableFuture<Connection> future;
    lock.lock();
    try {
      CompletableFuture<Connection> refused = refusal(uri, options, external);
      if (refused != null) {
        return refused;
      }
      phase = Phase.CONNECTING;
      gen = ++generation;
      forceClosed = false;
      clusterAvailable = false;
      if (openFuture.isDone()) {
        openFuture = new CompletableFuture<>();
      }
      future = openFuture;
      requestedUri = uri;
      requested = options;
    } finally {
      lock.unlock();
    }
    base.emit(ConnectionEvent.CONNECTING, null, null);
    ClientFactory.Created created;
    try {
      created = external != null
          ? ClientFactory.adopt(external, options)
          : ClientFactory.create(uri, options, new ConnectionEventBridge(this, gen), base::debugEnabled);
    } catch (RuntimeException e) {
      failOpen(gen, e);
      return future;
    }
    boolean superseded;
    lock.lock();
    try {
      superseded = gen != generation; // closed while the client was being made
      if (!superseded) {
        current = created;
        last = created;
      }
    } finally {
      lock.unlock();
    }
    if (superseded) {
      ClientFactory.closeQuietly(created.client());
      return future;
    }
    MeerkatThreads.blocking().execute(() -> verify(gen, created));
    return future;
  }

  /** What openUri returns instead of starting: {@code null} when it may start. Lock held. */
  private CompletableFuture<Connection> refusal(String uri, ConnectionOptions options, MongoClient external) {
    if (destroyed) {
      return CompletableFuture.failedFuture(ConnectionMessages.destroyed(base.id()));
    }
    if (phase == Phase.CLOSING) {
      return CompletableFuture.failedFuture(ConnectionMessages.closing(base.id()));
    }
    if (phase == Phase.IDLE) {
      return null;
    }
    if (external == null && uri.equals(requestedUri) && options.equals(requested)) {
      return openFuture; // the same opening is under way, or done
    }
    return CompletableFuture.failedFuture(ConnectionMessages.alreadyOpen(base.id()));
  }

  private void verify(int gen, ClientFactory.Created created) {
    try {
      ServerSelectionErrors.ping(created);
      succeedOpen(gen);
    } catch (RuntimeException e) {
      failOpen(gen, ServerSelectionErrors.translate(e, created));
    }
  }

  private void succeedOpen(int gen) {
    CompletableFuture<Connection> future;
    boolean lostMeanwhile;
    lock.lock();
    try {
      if (gen != generation || phase != Phase.CONNECTING) {
        return;
      }
      phase = Phase.OPEN;
      opening++;
      lastError = null;
      future = openFuture;
      lostMeanwhile = !clusterAvailable && !current.external();
    } finally {
      lock.unlock();
    }
    base.emit(ConnectionEvent.CONNECTED, null, null);
    base.startModelInits();
    base.emit(ConnectionEvent.OPEN, null, null, () -> future.complete(base));
    if (lostMeanwhile) {
      recheck(gen, null);
    }
    flush();
  }

  private void failOpen(int gen, Throwable error) {
    CompletableFuture<Connection> future;
    MongoClient toClose;
    lock.lock();
    try {
      if (gen != generation) {
        return;
      }
      phase = Phase.IDLE;
      lastError = error;
      toClose = current == null ? null : current.client();
      current = null;
      future = openFuture;
    } finally {
      lock.unlock();
    }
    LOG.debug("Connection {} failed to open", base.id(), error);
    if (toClose != null) {
      MeerkatThreads.blocking().execute(() -> ClientFactory.closeQuietly(toClose));
    }
    base.emit(ConnectionEvent.ERROR, error, null, () -> future.completeExceptionally(error));
  }

  // ---- later losses ----------------------------------------------------------------------------

  /** Called by the driver's cluster listener (on the driver's thread) when availability changes. */
  void availability(int gen, boolean available, Throwable cause, String detail) {
    boolean lost = false;
    boolean back = false;
    lock.lock();
    try {
      if (gen != generation) {
        return;
      }
      clusterAvailable = available;
      if (phase == Phase.OPEN && !available) {
        phase = Phase.LOST;
        lastError = cause;
        lost = true;
      } else if (phase == Phase.LOST && available) {
        phase = Phase.OPEN;
        back = true;
      }
    } finally {
      lock.unlock();
    }
    if (lost) {
      base.emit(ConnectionEvent.DISCONNECTED, cause, detail);
    }
    if (back) {
      base.emit(ConnectionEvent.RECONNECTED, null, detail);
      base.emit(ConnectionEvent.CONNECTED, null, detail);
      flush();
    }
  }

  /** After a failed operation: a network error means the server is probably gone; look now, so a retry buffers. */
  void afterOperationError(Live live, Throwable error) {
    if (error instanceof MongoSocketException && !live.created().external()) {
      recheck(live.generation(), error);
    }
  }

  private void recheck(int gen, Throwable cause) {
    MongoClient c;
    lock.lock();
    try {
      c = gen == generation && current != null ? current.client() : null;
    } finally {
      lock.unlock();
    }
    if (c != null) {
      boolean available = ConnectionEventBridge.available(c.getClusterDescription());
      availability(gen, available, cause, null);
    }
  }

  // ---- operations ------------------------------------------------------------------------------

  /**
   * Runs {@code op} now when open and nothing is queued before it; else queues it (when
   * {@code bufferCommands}) or fails at once. Returns the live client to run on now, or {@code null} when
   * queued.
   */
  Live admit(PendingOperation<?> op, boolean bufferCommands) {
    lock.lock();
    try {
      if (destroyed) {
        throw ConnectionMessages.destroyed(op, base.id(), destroyedBecause);
      }
      if (forceClosed) {
        throw ConnectionMessages.closedByForce(op, base.id());
      }
      if (phase == Phase.OPEN && buffer.idle()) {
        buffer.running(op);
        return live();
      }
      if (!bufferCommands) {
        throw ConnectionMessages.notConnected(op, base.id(), readyState());
      }
      buffer.enqueue(op, this::bufferTimeout);
      return null;
    } finally {
      lock.unlock();
    }
  }

  private Throwable bufferTimeout(PendingOperation<?> op) {
    return op.timedOut(lastError());
  }

  /** Runs queued operations in order on one thread while the connection stays open. */
  void flush() {
    lock.lock();
    try {
      if (phase != Phase.OPEN || !buffer.startFlush()) {
        return;
      }
    } finally {
      lock.unlock();
    }
    MeerkatThreads.blocking().execute(this::flushLoop);
  }

  private void flushLoop() {
    while (true) {
      PendingOperation<?> op;
      Live live;
      lock.lock();
      try {
        op = buffer.next(phase == Phase.OPEN);
        if (op == null) {
          return;
        }
        live = live();
      } finally {
        lock.unlock();
      }
      op.run(live, this);
    }
  }

  private Live live() {
    return new Live(current.client(), generation, opening, current);
  }

  /** The open client. @throws NotConnectedException before the connection was opened or after close */
  Live requireClient(String what) {
    lock.lock();
    try {
      if (current == null) {
        throw ConnectionMessages.noClient(what, base.id(), readyState());
      }
      return live();
    } finally {
      lock.unlock();
    }
  }

  // ---- closing ---------------------------------------------------------------------------------

  /** Destroys the connection for {@code reason} (completing "connection N ..."), which later operations report. */
  CompletableFuture<Void> retire(String reason) {
    lock.lock();
    try {
      if (!destroyed) {
        destroyedBecause = reason;
      }
    } finally {
      lock.unlock();
    }
    return close(false, true);
  }

  CompletableFuture<Void> close(boolean force, boolean destroy) {
    List<PendingOperation<?>> failed;
    Phase previous;
    ClientFactory.Created closing;
    CompletableFuture<Connection> unopened = null;
    CompletableFuture<Void> done;
    lock.lock();
    try {
      destroyed |= destroy;
      forceClosed |= force;
      failed = force || destroy ? buffer.takeQueued() : List.of();
      if (force) {
        failed.addAll(buffer.running());
      }
      previous = phase;
      if (phase == Phase.CLOSING) {
        done = closeFuture;
      } else if (phase == Phase.IDLE) {
        done = CompletableFuture.completedFuture(null);
      } else {
        phase = Phase.CLOSING;
        generation++;
        closeFuture = new CompletableFuture<>();
        done = closeFuture;
        if (previous == Phase.CONNECTING) {
          unopened = openFuture;
        }
      }
      closing = current;
    } finally {
      lock.unlock();
    }
    for (PendingOperation<?> op : failed) {
      op.abort(destroy && !force ? ConnectionMessages.destroyed(op, base.id(), locked(() -> destroyedBecause))
          : ConnectionMessages.closedByForce(op, base.id()));
    }
    if (previous == Phase.CLOSING || previous == Phase.IDLE) {
      return done;
    }
    if (unopened != null) {
      unopened.completeExceptionally(ConnectionMessages.closedBeforeOpen(base.id()));
    }
    base.emit(ConnectionEvent.DISCONNECTING, null, null);
    MeerkatThreads.blocking().execute(() -> finishClose(closing, done));
    return done;
  }

  private void finishClose(ClientFactory.Created closing, CompletableFuture<Void> done) {
    if (closing != null) {
      ClientFactory.closeQuietly(closing.client());
    }
    lock.lock();
    try {
      phase = Phase.IDLE;
      current = null;
    } finally {
      lock.unlock();
    }
    base.emit(ConnectionEvent.DISCONNECTED, null, null);
    base.emit(ConnectionEvent.CLOSE, null, null, () -> done.complete(null));
  }

  // ---- reading ---------------------------------------------------------------------------------

  private <V> V locked(Supplier<V> read) {
    lock.lock();
    try {
      return read.get();
    } finally {
      lock.unlock();
    }
  }

  ReadyState readyState() {
    return locked(() -> switch (phase) {
      case CONNECTING -> ReadyState.CONNECTING;
      case OPEN -> ReadyState.CONNECTED;
      case CLOSING -> ReadyState.DISCONNECTING;
      // Mongoose 8 reports a lost server as disconnected while the driver retries.
      case IDLE, LOST -> ReadyState.DISCONNECTED;
    });
  }

  CompletableFuture<Connection> asFuture() {
    return locked(() -> openFuture);
  }

  Throwable lastError() {
    return locked(() -> lastError);
  }

  /** The options given to the latest openUri (the URI's are merged in once it resolved). */
  ConnectionOptions options() {
    return locked(() -> last != null && last.settings() != null ? last.settings().effective() : requested);
  }

  /** The client of the latest opening, open or not: names, hosts and pool statistics. */
  ClientFactory.Created latest() {
    return locked(() -> last);
  }

  int queued() {
    return locked(buffer::queued);
  }

  @Override
  public String toString() {
    return "ConnectionState{" + Objects.toString(phase) + "}";
  }
}
