package dev.meerkat.internal.connection;

import com.mongodb.MongoInterruptedException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.CreateCollectionOptions;
import dev.meerkat.Setting;
import dev.meerkat.internal.monitoring.OperationObservers;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * How a {@link DefaultConnection} runs operations: straight on the driver while open with nothing
 * buffered ({@link DirectRuns}), else as a {@link PendingOperation} through the buffer, reported to
 * the connection's {@link OperationObservers}. Thread-safe.
 */
final class ConnectionOperations {
  private final DefaultConnection connection;
  private final ConnectionState state;
  final OperationObservers observers = new OperationObservers();

  ConnectionOperations(DefaultConnection connection, ConnectionState state) {
    this.connection = connection;
    this.state = state;
  }

  /**
   * Starts {@code collection.operation()} on the fast path ({@link DirectRuns}): on the caller's
   * thread, straight on the open client, when nothing waits in the buffer, no operation observer is
   * registered and the model's init of this opening ({@code readyOpening}) has completed.
   *
   * @return the running slot (end it with {@link #endDirect}), or {@code null}: take {@link
   *     #runSync}
   */
  DirectRuns.Slot startDirect(String collection, String operation, int readyOpening) {
    return observers.isEmpty() ? state.direct.enter(collection, operation, readyOpening) : null;
  }

  /**
   * Ends a direct run that returned {@code value}.
   *
   * @throws dev.meerkat.ConnectionClosedException when {@code close(true)} came while it ran
   */
  <R> R endDirect(DirectRuns.Slot slot, R value) {
    RuntimeException aborted = slot.end();
    if (aborted != null) {
      throw aborted;
    }
    return value;
  }

  /**
   * Ends a direct run that failed with {@code error}: what the caller should see, as on the
   * buffered path (an interrupt once sent may have written; a network error marks the server lost).
   */
  RuntimeException failDirect(DirectRuns.Slot slot, Throwable error) {
    LiveClient live = slot.live();
    RuntimeException aborted = slot.end();
    if (aborted != null) {
      return aborted;
    }
    if (error instanceof MongoInterruptedException) {
      return PendingOperation.interruptedAfterSend(slot.describe(), error);
    }
    state.outages.afterOperationError(live, error);
    if (error instanceof Error e) {
      throw e;
    }
    return (RuntimeException) error;
  }

  <R> R runSync(
      String collection,
      String operation,
      Boolean schemaBuffer,
      Function<LiveClient, CompletableFuture<Void>> init,
      Function<LiveClient, R> body) {
    return runSync(null, collection, operation, schemaBuffer, init, body, System.nanoTime());
  }

  /**
   * Runs an operation of {@code model} (or of no model, when {@code null}) on the caller's thread
   * and waits for its result; {@code issuedNanos}: when it was issued (buffer timeouts count from
   * then).
   */
  <R> R runSync(
      String model,
      String collection,
      String operation,
      Boolean schemaBuffer,
      Function<LiveClient, CompletableFuture<Void>> init,
      Function<LiveClient, R> body,
      long issuedNanos) {
    OperationObservers.Tracker tracker = observers.track(connection, model, collection, operation);
    PendingOperation<R> op =
        newOperation(collection, operation, false, issuedNanos, tracker, init, body);
    CompletableFuture<R> outcome = tracker == null ? op.result : tracker.observe(op.result);
    LiveClient live;
    try {
      live = state.admit(op, buffers(schemaBuffer));
    } catch (RuntimeException e) {
      op.result.completeExceptionally(e);
      throw e;
    }
    if (live != null) {
      op.run(live, state);
    } else {
      // Queued: the buffer hands it back, with one of the connection's workers, when its turn
      // comes.
      CompletableFuture<?> caller = BlockingCalls.callerOfThisThread();
      if (caller != null) {
        withdrawWhenGivenUp(caller, op); // run for a CompletableFuture method
      }
      live = state.awaitTurn(op);
      try {
        op.run(live, state);
      } finally {
        state.workerDone();
      }
    }
    if (outcome.isDone() && !outcome.isCompletedExceptionally()) {
      return outcome.getNow(null); // the usual case: no message to build
    }
    return Futures.await(outcome, op.describe());
  }

  /**
   * Runs an operation of {@code model} (or of no model, when {@code null}) on one of the
   * connection's workers. The returned future completes on the connection's executor; completing it
   * first (cancel, orTimeout) withdraws a still-buffered operation, so it is never sent.
   */
  <R> CompletableFuture<R> runAsync(
      String model,
      String collection,
      String operation,
      Boolean schemaBuffer,
      Function<LiveClient, CompletableFuture<Void>> init,
      Function<LiveClient, R> body,
      long issuedNanos) {
    OperationObservers.Tracker tracker = observers.track(connection, model, collection, operation);
    PendingOperation<R> op =
        newOperation(collection, operation, true, issuedNanos, tracker, init, body);
    CompletableFuture<R> outcome = tracker == null ? op.result : tracker.observe(op.result);
    try {
      state.admit(op, buffers(schemaBuffer));
    } catch (RuntimeException e) {
      op.result.completeExceptionally(e);
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<R> delivered = Futures.deliverOn(outcome, connection::executor);
    withdrawWhenGivenUp(delivered, op);
    return delivered;
  }

  /**
   * When the caller gives up on {@code caller} (cancel, orTimeout) before {@code op} finished,
   * {@code op} is withdrawn: still buffered, it is never sent.
   */
  private void withdrawWhenGivenUp(CompletableFuture<?> caller, PendingOperation<?> op) {
    caller.whenComplete(
        (value, error) -> {
          if (error != null && !op.result.isDone()) {
            state.dispatcher.withdraw(op, error);
          }
        });
  }

  /**
   * Whether an operation waits in the buffer while the connection is not open: the schema's {@code
   * bufferCommands}, else the connection's, else the global setting.
   */
  private boolean buffers(Boolean schemaBuffer) {
    return connection
        .settings()
        .flag(schemaBuffer, connection.options().bufferCommands(), Setting.BUFFER_COMMANDS);
  }

  private <R> PendingOperation<R> newOperation(
      String collection,
      String operation,
      boolean async,
      long issuedNanos,
      OperationObservers.Tracker tracker,
      Function<LiveClient, CompletableFuture<Void>> init,
      Function<LiveClient, R> body) {
    if (tracker == null) {
      return new PendingOperation<>(collection, operation, async, issuedNanos, init, body);
    }
    PendingOperation<R> op =
        new PendingOperation<>(
            collection,
            operation,
            async,
            issuedNanos,
            tracker.starting(init),
            tracker.starting(body));
    op.onBuffered(tracker::queued);
    return op;
  }

  private <R> R onDatabase(String collection, String operation, Function<MongoDatabase, R> body) {
    return runSync(
        collection,
        operation,
        null,
        null,
        live -> body.apply(live.client().getDatabase(connection.name())));
  }

  /** {@link DefaultConnection}'s method of the same name. */
  void createCollection(String name, CreateCollectionOptions options) {
    Objects.requireNonNull(name, "name == null");
    CreateCollectionOptions given = options != null ? options : new CreateCollectionOptions();
    onDatabase(
        name,
        "createCollection",
        db -> {
          db.createCollection(name, given);
          return null;
        });
  }

  /** {@link DefaultConnection}'s method of the same name. */
  void dropCollection(String name) {
    Objects.requireNonNull(name, "name == null");
    onDatabase(
        name,
        "drop",
        db -> {
          db.getCollection(name).drop();
          return null;
        });
  }

  /** {@link DefaultConnection}'s method of the same name. */
  void dropDatabase() {
    onDatabase(
        String.valueOf(connection.name()),
        "dropDatabase",
        db -> {
          db.drop();
          return null;
        });
  }

  /** {@link DefaultConnection}'s method of the same name. */
  ClientSession startSession() {
    return runSync(
        String.valueOf(connection.name()),
        "startSession",
        null,
        null,
        live -> live.client().startSession());
  }
}
