package dev.meerkat.internal.connection;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoSocketReadTimeoutException;
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
 * Events are emitted outside the lock (they are queued for the executor anyway). Each opening gets
 * a new {@link #generation}; driver callbacks and pings of an older generation are ignored, which
 * is what keeps each event to once per transition.
 */
final class ConnectionState {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionState.class);

  enum Phase {
    IDLE,
    CONNECTING,
    OPEN,
    LOST,
    CLOSING
  }

  /**
   * The client of one opening, as an operation sees it when it is dispatched.
   *
   * @param outage how many outages this opening had recovered from then: a network error of an
   *     operation dispatched before the latest recovery belongs to an outage already reported
   */
  record Live(
      MongoClient client, int generation, int opening, ClientFactory.Created created, int outage) {}

  private final DefaultConnection base;
  private final ReentrantLock lock = new ReentrantLock();
  private final OperationBuffer buffer = new OperationBuffer();
  private final BufferDispatcher dispatcher = new BufferDispatcher(this, lock, buffer);
  private final DirectRuns direct = new DirectRuns();
  private Phase phase = Phase.IDLE;
  private boolean destroyed;
  private String destroyedBecause;
  private boolean forceClosed;
  private boolean clusterAvailable;
  private int generation;
  private int opening;

  /** Outages the current opening recovered from (LOST -> OPEN). */
  private int recoveries;

  private ClientFactory.Created current;

  /** The latest {@link #live()}, reused while it is still current. */
  private Live liveCache;

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
      refreshDirect();
      forceClosed = false;
      clusterAvailable = false;
      if (openFuture.isDone()) {
        openFuture = new CompletableFuture<>();
      }
      future = openFuture;
      requestedUri = uri;
      requested = options;
      dispatcher
          .armTimer(); // the new options' bufferTimeoutMS applies to operations already queued
    } finally {
      lock.unlock();
    }
    base.emit(ConnectionEvent.CONNECTING, null, null);
    ClientFactory.Created created;
    try {
      created =
          external != null
              ? ClientFactory.adopt(external, options)
              : ClientFactory.create(
                  uri, options, new ConnectionEventBridge(this, gen), base::debugEnabled);
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
  private CompletableFuture<Connection> refusal(
      String uri, ConnectionOptions options, MongoClient external) {
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
      refreshDirect();
      buffer.maxWorkers(options().maxPoolSize());
      buffer.timer(null);
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
      refreshDirect();
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
        lost = true;
        lose(cause);
      } else if (phase == Phase.LOST && available) {
        phase = Phase.OPEN;
        recoveries++;
        buffer.timer(null);
        refreshDirect();
        back = true;
      }
    } finally {
      lock.unlock();
    }
    if (lost) {
      base.emit(ConnectionEvent.DISCONNECTED, cause, detail);
      ServerRecheck.start(this, gen);
    }
    if (back) {
      base.emit(ConnectionEvent.RECONNECTED, null, detail);
      base.emit(ConnectionEvent.CONNECTED, null, detail);
      flush();
    }
  }

  /** OPEN -> LOST, lock held: queued operations start counting towards their timeout again. */
  private void lose(Throwable cause) {
    phase = Phase.LOST;
    lastError = cause;
    dispatcher.armTimer();
    refreshDirect();
  }

  /**
   * After a failed operation: a network error means the server is probably gone. The connection
   * buffers from now on (so a retry waits for the server), even when the driver has not marked the
   * server unknown (an error on a socket of an older pool generation does not); the re-check then
   * finds out when it answers again. A read timeout is a slow server, not an outage.
   */
  void afterOperationError(Live live, Throwable error) {
    if (!(error instanceof MongoSocketException)
        || error instanceof MongoSocketReadTimeoutException
        || live.created().external()) {
      return;
    }
    boolean lost = false;
    lock.lock();
    try {
      if (live.generation() == generation && live.outage() == recoveries && phase == Phase.OPEN) {
        lose(error);
        lost = true;
      }
    } finally {
      lock.unlock();
    }
    if (lost) {
      base.emit(ConnectionEvent.DISCONNECTED, error, null);
      ServerRecheck.start(this, live.generation());
    }
  }

  /** Whether opening {@code gen} is still current and waits for its server. */
  boolean waitingForServer(int gen) {
    return locked(() -> gen == generation && phase == Phase.LOST);
  }

  /** The client of opening {@code gen}, or {@code null} once it is no longer current. */
  MongoClient client(int gen) {
    return locked(() -> gen == generation && current != null ? current.client() : null);
  }

  /** Re-reads the driver's view of the cluster for opening {@code gen}. */
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
   * Admits {@code op}. When the connection is open and nothing waits before it, a sync operation
   * gets the client to run on now (on its caller's thread) and an async one starts on a free
   * worker; otherwise it is queued: while open, for a worker; while not open, for the connection
   * (only with {@code bufferCommands}, else it fails at once).
   *
   * @return the client a sync operation runs on now, or {@code null} (queued, or async)
   */
  Live admit(PendingOperation<?> op, boolean bufferCommands) {
    Live now;
    boolean buffered = false;
    lock.lock();
    try {
      if (destroyed) {
        throw ConnectionMessages.destroyed(op, base.id(), destroyedBecause);
      }
      if (forceClosed) {
        throw ConnectionMessages.closedByForce(op, base.id());
      }
      if (phase != Phase.OPEN) {
        if (!bufferCommands) {
          throw ConnectionMessages.notConnected(op, base.id(), readyState());
        }
        buffer.enqueue(op);
        refreshDirect();
        if (!buffer.hasTimer()) {
          dispatcher.armTimer();
        }
        buffered = true;
        return null;
      }
      if (!buffer.isEmpty() || (op.async && !buffer.claimWorker())) {
        buffer.enqueue(op);
        refreshDirect();
        return null;
      }
      buffer.running(op);
      now = live();
    } finally {
      lock.unlock();
      if (buffered) {
        op.buffered(); // observers run outside the connection's lock
      }
    }
    if (op.async) {
      dispatcher.startWorker(op, now);
      return null;
    }
    return now;
  }

  /**
   * Waits until it is {@code op}'s turn to run on its caller's thread; see {@link
   * BufferDispatcher#awaitTurn}.
   */
  Live awaitTurn(PendingOperation<?> op) {
    return dispatcher.awaitTurn(op, base.id());
  }

  /** Withdraws {@code op} if it has not been sent (it then leaves the buffer and never will be). */
  void withdraw(PendingOperation<?> op, Throwable reason) {
    dispatcher.withdraw(op, reason);
  }

  /** The bufferTimeoutMS in force now: the connection's option, else the global setting. */
  long timeoutMs() {
    return base.bufferTimeoutMs();
  }

  /** Lock held. */
  boolean isOpen() {
    return phase == Phase.OPEN;
  }

  /** Hands every waiting operation to the driver, in issue order, as far as free workers allow. */
  void flush() {
    dispatcher.flush();
  }

  /**
   * A sync operation handed over from the buffer has finished: its worker goes to the next waiting
   * one.
   */
  void workerDone() {
    dispatcher.workerDone();
  }

  /** The live client. Lock held, connection open. */
  Live live() {
    Live cached = liveCache;
    if (cached == null
        || cached.created() != current
        || cached.generation() != generation
        || cached.opening() != opening
        || cached.outage() != recoveries) {
      cached = new Live(current.client(), generation, opening, current, recoveries);
      liveCache = cached;
    }
    return cached;
  }

  /**
   * Tells the fast path whether a sync operation may run now without the buffer, and on which
   * client: only while open, with nothing waiting and not closed by force or destroyed. Lock held;
   * called wherever one of those changes.
   */
  void refreshDirect() {
    direct.allow(
        phase == Phase.OPEN && !destroyed && !forceClosed && buffer.isEmpty() ? live() : null);
  }

  /** The fast path of this client's sync operations. */
  DirectRuns direct() {
    return direct;
  }

  /**
   * The open client. @throws NotConnectedException before the connection was opened or after close
   */
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

  /**
   * Destroys the connection for {@code reason} (completing "connection N ..."), which later
   * operations report.
   */
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
        dispatcher.armTimer();
        closeFuture = new CompletableFuture<>();
        done = closeFuture;
        if (previous == Phase.CONNECTING) {
          unopened = openFuture;
        }
      }
      closing = current;
      refreshDirect();
    } finally {
      lock.unlock();
    }
    if (force) {
      direct.abortAll(base.id());
    }
    for (PendingOperation<?> op : failed) {
      op.abort(
          destroy && !force
              ? ConnectionMessages.destroyed(op, base.id(), locked(() -> destroyedBecause))
              : ConnectionMessages.closedByForce(op, base.id()),
          ConnectionMessages.closedWhileRunning(op, base.id()));
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
      refreshDirect();
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
    return locked(
        () ->
            switch (phase) {
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
    return locked(
        () -> last != null && last.settings() != null ? last.settings().effective() : requested);
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
