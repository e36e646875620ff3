package dev.meerkat.internal.connection;

import com.mongodb.MongoClientException;
import com.mongodb.TransactionOptions;
import com.mongodb.client.ClientSession;
import com.mongodb.connection.ClusterDescription;
import com.mongodb.connection.ClusterType;
import dev.meerkat.MeerkatException;
import dev.meerkat.internal.session.CurrentSession;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The transactions of one {@link DefaultConnection}: a session bound to the thread (for the base
 * connection and its useDb connections) while the work runs, a nested transaction joining the outer
 * one, and a clear error where the server has none. Stateless beyond its connection.
 */
final class ConnectionTransactions {
  private final DefaultConnection connection;

  ConnectionTransactions(DefaultConnection connection) {
    this.connection = connection;
  }

  /** {@link DefaultConnection#transaction(TransactionOptions, Function)}. */
  <R> R run(TransactionOptions options, Function<ClientSession, R> work) {
    Objects.requireNonNull(options, "options == null");
    Objects.requireNonNull(work, "work == null");
    ClientSession outer = connection.currentSession();
    if (outer != null) {
      return work.apply(outer); // a nested transaction joins the outer one
    }
    try (ClientSession session = connection.startSession()) {
      requireTransactions(null);
      return session.withTransaction(
          () -> CurrentSession.with(connection.sessionOwner(), session, () -> work.apply(session)),
          options);
    } catch (MongoClientException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("support sessions")
          || message.contains("Transactions are not supported")) {
        requireTransactions(e);
      }
      throw e;
    }
  }

  /** Fails clearly when the server is known to have no transactions (a standalone server). */
  private void requireTransactions(MongoClientException driverError) {
    ClusterDescription cluster = connection.client().getClusterDescription();
    if (driverError != null || cluster.getType() == ClusterType.STANDALONE) {
      throw new MeerkatException(
          "Connection "
              + connection.id()
              + " cannot run a transaction: the server at "
              + connection.hosts()
              + " is a "
              + cluster.getType()
              + " server without transactions; transactions need a replica set or a"
              + " sharded cluster (e.g. start mongod with --replSet and rs.initiate())",
          driverError);
    }
  }

  /**
   * {@link DefaultConnection#transactionAsync(TransactionOptions, Function)}. Cancelling the
   * returned future before the commit aborts the transaction instead of committing it, once the
   * future {@code work} returned completes: the operations {@code work} already issued run in the
   * transaction's session, which the driver does not share between threads, so the abort waits for
   * them. A transaction cancelled before it started sends nothing; once the commit is sent it runs
   * to its end.
   */
  <R> CompletableFuture<R> runAsync(
      TransactionOptions options, Function<ClientSession, CompletableFuture<R>> work) {
    Objects.requireNonNull(options, "options == null");
    Objects.requireNonNull(work, "work == null");
    CompletableFuture<R> result = new CompletableFuture<>();
    connection
        .executor()
        .execute(
            () -> {
              if (result.isDone()) {
                return; // given up before it started
              }
              try {
                result.complete(
                    run(options, session -> awaitUnlessCancelled(work, session, result)));
              } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
              }
            });
    return result;
  }

  /**
   * The value of the future {@code work} returns in {@code session}; a {@link
   * CancellationException}, which aborts the transaction, when {@code result} was cancelled by
   * then.
   */
  private static <R> R awaitUnlessCancelled(
      Function<ClientSession, CompletableFuture<R>> work,
      ClientSession session,
      CompletableFuture<R> result) {
    CompletableFuture<R> pending =
        Objects.requireNonNull(work.apply(session), "work returned null");
    R value;
    try {
      value = Futures.await(pending, "transactionAsync");
    } catch (RuntimeException e) {
      if (result.isCancelled()) {
        throw cancelled(e);
      }
      throw e;
    }
    if (result.isCancelled()) {
      throw cancelled(null);
    }
    return value;
  }

  private static CancellationException cancelled(Throwable cause) {
    CancellationException e =
        new CancellationException(
            "transactionAsync was cancelled before its commit: the transaction is aborted");
    e.initCause(cause);
    return e;
  }
}
