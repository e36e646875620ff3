package dev.meerkat.internal.connection;

import com.mongodb.client.MongoClient;
import dev.meerkat.Connection;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.ReadyState;
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
 * Events are emitted outside the lock (they are queued for the executor anyway). {@link
 * ConnectionOutages} (losing and regaining the server) and {@link ConnectionClosing} are the two
 * other halves of this machine: the fields they share are package-private, and read and written
 * only under the lock. Each opening gets a new {@link #generation}; driver callbacks and pings of
 * an older generation are ignored, which is what keeps each event to once per transition.
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

  final DefaultConnection base;
  final ReentrantLock lock = new ReentrantLock();
  final OperationBuffer buffer = new OperationBuffer();
  final BufferDispatcher dispatcher = new BufferDispatcher(this, lock, buffer);
  final DirectRuns direct = new DirectRuns();
  Phase phase = Phase.IDLE;
  boolean destroyed;
  String destroyedBecause;
  boolean forceClosed;
  boolean clusterAvailable;
  int generation;
  private int opening;

  /** Outages the current opening recovered from (LOST -> OPEN). */
  int recoveries;

  ClientFactory.Created current;

  /** The latest {@link #live()}, reused while it is still current. */
  private LiveClient liveCache;

  private ClientFactory.Created last;
  private String requestedUri;
  private ConnectionOptions requested = ConnectionOptions.defaults();
  Throwable lastError;
  CompletableFuture<Connection> openFuture = new CompletableFuture<>();
  CompletableFuture<Void> closeFuture;

  final ConnectionOutages outages = new ConnectionOutages(this);
  final ConnectionClosing closing = new ConnectionClosing(this);

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
      // The new options' bufferTimeoutMS applies to operations already queued.
      dispatcher.armTimer();
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
                  uri,
                  options,
                  new ConnectionEventBridge(this, gen),
                  base.settings()::debugEnabled);
    } catch (RuntimeException | Error e) {
      // An Error (a driver-settings customizer, a class missing) fails the opening too, which
      // would otherwise stay CONNECTING forever.
      failOpen(gen, e instanceof Error err ? ConnectionMessages.clientFailed(base.id(), err) : e);
      return future;
    }
    boolean superseded;
    lock.lock();
    try {
      superseded = gen != generation; // closed while the client was being made
      if (!superseded) {
        current = created;
        last = created;
        // The new options are in force only now (options() reads the latest client's): re-arm,
        // so operations already queued time out by this opening's bufferTimeoutMS.
        dispatcher.armTimer();
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
    } catch (Error e) { // a user's listener failing on the ping: else asFuture() never completes
      failOpen(gen, ConnectionMessages.clientFailed(base.id(), e));
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
      outages.recheck(gen, null);
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

  // ---- operations ------------------------------------------------------------------------------

  /**
   * Admits {@code op}. When the connection is open and nothing waits before it, a sync operation
   * gets the client to run on now (on its caller's thread) and an async one starts on a free
   * worker; otherwise it is queued: while open, for a worker; while not open, for the connection
   * (only with {@code bufferCommands}, else it fails at once).
   *
   * @return the client a sync operation runs on now, or {@code null} (queued, or async)
   */
  LiveClient admit(PendingOperation<?> op, boolean bufferCommands) {
    LiveClient now;
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
  LiveClient awaitTurn(PendingOperation<?> op) {
    return dispatcher.awaitTurn(op, base.id());
  }

  /** The bufferTimeoutMS in force now: the connection's option, else the global setting. */
  long timeoutMs() {
    return base.settings().bufferTimeoutMs();
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
  LiveClient live() {
    LiveClient cached = liveCache;
    if (cached == null
        || cached.created() != current
        || cached.generation() != generation
        || cached.opening() != opening
        || cached.outage() != recoveries) {
      cached = new LiveClient(current.client(), generation, opening, current, recoveries);
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

  /**
   * The open client. @throws NotConnectedException before the connection was opened or after close
   */
  LiveClient requireClient(String what) {
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

  // ---- reading ---------------------------------------------------------------------------------

  <V> V locked(Supplier<V> read) {
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

  /** Operations queued or dispatched from the buffer and not finished. */
  int pending() {
    return locked(buffer::queued) + buffer.runningCount();
  }

  @Override
  public String toString() {
    return "ConnectionState{" + Objects.toString(phase) + "}";
  }
}
