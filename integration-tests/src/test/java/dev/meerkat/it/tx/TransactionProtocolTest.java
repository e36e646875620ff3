package dev.meerkat.it.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.ClientSession;
import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.it.User;
import dev.meerkat.it.UserModel;
import dev.meerkat.it.UserSchema;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What Meerkat sends for transactions, checked on the embedded server behind a backend that
 * advertises sessions ({@link SessionServer}): the same lsid and txnNumber on every operation,
 * startTransaction on the first, autocommit false, commit or abort, retries on a transient error.
 */
class TransactionProtocolTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private SessionServer server;
  private Connection conn;
  private UserModel users;

  @BeforeEach
  void open() {
    server = new SessionServer();
    conn = meerkat.connect(server.uri("tx")).join();
    users = UserModel.on(conn);
    users.deleteMany(Filter.empty());
    server.clear();
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
    server.close();
  }

  /**
   * The commands of one transaction: same lsid and txnNumber, startTransaction on the first only,
   * autocommit false on all.
   */
  private static void assertOneTransaction(List<SessionServer.Received> commands) {
    assertFalse(commands.isEmpty());
    SessionServer.Received first = commands.get(0);
    assertNotNull(first.lsid(), "a session id");
    assertEquals(
        Boolean.TRUE,
        first.command().get("startTransaction"),
        "startTransaction on the first: " + first);
    for (SessionServer.Received c : commands) {
      assertEquals(first.lsid(), c.lsid(), c.name() + " in the same session");
      assertEquals(first.txnNumber(), c.txnNumber(), c.name() + " in the same transaction");
      assertEquals(
          Boolean.FALSE, c.command().get("autocommit"), c.name() + " has autocommit:false");
    }
    commands.stream()
        .skip(1)
        .forEach(c -> assertNull(c.command().get("startTransaction"), c.name()));
  }

  @Test
  void everyOperationInsideWorkJoinsTheTransactionAndItCommits() {
    Connection tenant = conn.useDb("tx_tenant");
    UserModel tenantUsers = UserModel.on(tenant);
    String result =
        conn.transaction(
            session -> {
              User ada = users.create(User.of("Ada", "ada@x", 36));
              users.updateOne(UserSchema.ID.eq(ada.id()), UserSchema.AGE.inc(1));
              users.findById(ada.id()).orElseThrow();
              tenantUsers.create(User.of("Tenant", "t@x", 1));
              users.async().countDocuments(Filter.empty()).join();
              return "done";
            });
    assertEquals("done", result);
    List<SessionServer.Received> tx = server.inTransactions();
    assertEquals(
        List.of("insert", "update", "find", "insert", "aggregate", "commitTransaction"),
        tx.stream().map(SessionServer.Received::name).toList());
    assertOneTransaction(tx);
    assertEquals(List.of(), server.named("abortTransaction"));

    server.clear();
    users.countDocuments();
    assertTrue(
        server.inTransactions().isEmpty(), "after the transaction, operations run outside it");
  }

  @Test
  void anExceptionInWorkAbortsAndPropagatesUnwrapped() {
    IllegalStateException thrown = new IllegalStateException("insufficient funds");
    IllegalStateException caught =
        assertThrows(
            IllegalStateException.class,
            () ->
                conn.transaction(
                    session -> {
                      users.create(User.of("Ada", "ada@x", 36));
                      throw thrown;
                    }));
    assertSame(thrown, caught);
    List<SessionServer.Received> tx = server.inTransactions();
    assertEquals(
        List.of("insert", "abortTransaction"),
        tx.stream().map(SessionServer.Received::name).toList());
    assertOneTransaction(tx);
    assertEquals(List.of(), server.named("commitTransaction"));
  }

  @Test
  void aTransientTransactionErrorRunsTheWholeCallbackAgain() {
    server.transientInsertFailures.set(1);
    AtomicInteger attempts = new AtomicInteger();
    conn.transaction(
        session -> {
          attempts.incrementAndGet();
          return users.create(User.of("Ada", "ada@x", 36));
        });
    assertEquals(2, attempts.get(), "the callback ran again after the TransientTransactionError");
    List<SessionServer.Received> inserts = server.named("insert");
    assertEquals(2, inserts.size());
    assertEquals(inserts.get(0).lsid(), inserts.get(1).lsid(), "the same session");
    assertFalse(
        inserts.get(0).txnNumber().equals(inserts.get(1).txnNumber()),
        "a new transaction number for the retry");
    assertEquals(1, server.named("commitTransaction").size());
    assertEquals(inserts.get(1).txnNumber(), server.named("commitTransaction").get(0).txnNumber());
  }

  @Test
  void anUnknownCommitResultRetriesTheCommitNotTheCallback() {
    server.unknownCommitResults.set(1);
    AtomicInteger attempts = new AtomicInteger();
    conn.transaction(
        session -> {
          attempts.incrementAndGet();
          return users.create(User.of("Ada", "ada@x", 36));
        });
    assertEquals(1, attempts.get(), "the callback ran once");
    List<SessionServer.Received> commits = server.named("commitTransaction");
    assertEquals(2, commits.size(), "the commit was sent again");
    assertEquals(
        commits.get(0).txnNumber(), commits.get(1).txnNumber(), "for the same transaction");
    assertEquals(1, server.named("insert").size());
  }

  @Test
  void aNestedTransactionJoinsTheOuterOne() {
    conn.transaction(
        outer -> {
          users.create(User.of("a", "a@x", 1));
          ClientSession inner =
              conn.useDb("tx_other")
                  .transaction(
                      s -> {
                        users.create(User.of("b", "b@x", 2));
                        return s;
                      });
          assertSame(outer, inner, "the inner transaction is the outer one");
          return null;
        });
    List<SessionServer.Received> tx = server.inTransactions();
    assertEquals(
        List.of("insert", "insert", "commitTransaction"),
        tx.stream().map(SessionServer.Received::name).toList());
    assertOneTransaction(tx);
  }

  @Test
  void asyncOperationsCarryTheSessionAcrossThreads() throws Exception {
    long count =
        conn.transactionAsync(
                session ->
                    users
                        .async()
                        .create(User.of("Ada", "ada@x", 36))
                        .thenCompose(
                            ada ->
                                users
                                    .async()
                                    .updateOne(UserSchema.ID.eq(ada.id()), UserSchema.AGE.inc(1)))
                        .thenCompose(updated -> users.async().countDocuments(Filter.empty())))
            .get(30, TimeUnit.SECONDS);
    assertEquals(1, count);
    List<SessionServer.Received> tx = server.inTransactions();
    assertEquals(
        List.of("insert", "update", "aggregate", "commitTransaction"),
        tx.stream().map(SessionServer.Received::name).toList());
    assertOneTransaction(tx);

    IllegalArgumentException thrown = new IllegalArgumentException("no");
    CompletionException failed =
        assertThrows(
            CompletionException.class,
            () ->
                conn.transactionAsync(
                        s ->
                            users
                                .async()
                                .create(User.of("b", "b@x", 1))
                                .thenApply(
                                    u -> {
                                      throw thrown;
                                    }))
                    .join());
    assertSame(thrown, failed.getCause());
    assertEquals(1, server.named("abortTransaction").size());
  }

  @Test
  void cancellingAnAsyncTransactionBeforeItsCommitAbortsIt() throws Exception {
    CompletableFuture<Void> gate = new CompletableFuture<>();
    CompletableFuture<User> tx =
        conn.transactionAsync(
            session ->
                users
                    .async()
                    .create(User.of("c", "c@x", 1))
                    .thenCompose(u -> gate.thenApply(x -> u)));
    awaitCommand("insert");
    assertTrue(tx.cancel(true));
    Thread.sleep(200);
    assertEquals(List.of(), server.named("abortTransaction"), "not while work is still running");
    // work's future completes (its operations are done with the session): abort, never commit
    gate.complete(null);
    awaitCommand("abortTransaction");
    Thread.sleep(300);
    assertEquals(List.of(), server.named("commitTransaction"));
    assertTrue(tx.isCancelled());
  }

  /** Waits (at most 10 s) until the server has received the command {@code name}. */
  private void awaitCommand(String name) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.named(name).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(1, server.named(name).size(), name);
  }

  @Test
  void withSessionRunsAViewInAnExplicitSession() {
    try (ClientSession session = conn.startSession()) {
      session.startTransaction();
      var inSession = users.withSession(session);
      inSession.create(User.of("Ada", "ada@x", 36));
      inSession.find(UserSchema.NAME.eq("Ada")).list();
      inSession.async().countDocuments(Filter.empty()).join();
      session.commitTransaction();
    }
    List<SessionServer.Received> tx = server.inTransactions();
    assertEquals(
        List.of("insert", "find", "aggregate", "commitTransaction"),
        tx.stream().map(SessionServer.Received::name).toList());
    assertOneTransaction(tx);
  }

  @Test
  void asyncOperationsWithHooksStillJoinTheTransaction() {
    List<String> hooked = new java.util.concurrent.CopyOnWriteArrayList<>();
    users.pre(dev.meerkat.Hook.SAVE, u -> hooked.add(u.name()));
    conn.transaction(session -> users.async().create(User.of("Ada", "ada@x", 36)).join());
    assertEquals(List.of("Ada"), hooked);
    List<SessionServer.Received> tx = server.inTransactions();
    assertEquals(
        List.of("insert", "commitTransaction"),
        tx.stream().map(SessionServer.Received::name).toList());
    assertOneTransaction(tx);
  }

  @Test
  void aTransactionStartedBeforeTheConnectionOpensWaitsInTheBuffer() throws Exception {
    Connection later = meerkat.createConnection();
    UserModel laterUsers = UserModel.on(later);
    CompletableFuture<String> tx =
        CompletableFuture.supplyAsync(
            () ->
                later.transaction(
                    session -> {
                      laterUsers.create(User.of("Early", "early@x", 1));
                      return "committed";
                    }));
    Thread.sleep(200);
    assertFalse(tx.isDone(), "waits while the connection is not open");
    later.openUri(server.uri("tx")).join();
    assertEquals("committed", tx.get(30, TimeUnit.SECONDS));
    assertOneTransaction(server.inTransactions());
    later.close().join();
  }
}
