package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import dev.meerkat.BufferTimeoutException;
import dev.meerkat.Connection;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The buffer's edges a busy caller meets: giving up on an operation while it waits for its model's
 * init, giving up on {@code openUri}'s future, and reopening with other options while operations
 * wait.
 */
@MongoTest
class BufferEdgesTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  BufferEdgesTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  private long stored(String collection, String name) {
    try (MongoClient client = MongoClients.create(server.uri())) {
      return client
          .getDatabase(server.databaseName())
          .getCollection(collection)
          .countDocuments(Filters.eq("name", name));
    }
  }

  /**
   * An async operation waits for its model's init (autoCreate) before it is sent: cancelling or
   * timing out its future then must keep it from ever being sent, as in the buffer.
   */
  @Test
  void cancelledWhileWaitingForTheModelsInitIsNeverSent() throws Exception {
    OneShotBlock createHeld = new OneShotBlock("create", "initwaits");
    DefaultConnection conn =
        (DefaultConnection)
            meerkat.createConnection(
                server.uri(),
                BufferingTest.quick()
                    .autoIndex(false)
                    .driverSettings(b -> b.addCommandListener(createHeld))
                    .build());
    conn.asFuture().get(10, TimeUnit.SECONDS);
    Model<Item> items =
        conn.model(new Item.ItemSchema("InitWait", Item.ItemSchema.INSTANCE.options()));
    CompletableFuture<Item> cancelled = items.async().create(new Item(null, "cancelled"));
    CompletableFuture<Item> timedOut =
        items.async().create(new Item(null, "timed-out")).orTimeout(100, TimeUnit.MILLISECONDS);
    createHeld.awaitHolding();
    Thread.sleep(50); // both are on workers now, waiting for the init
    assertTrue(cancelled.cancel(true));
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> timedOut.get(5, TimeUnit.SECONDS));
    assertInstanceOf(TimeoutException.class, e.getCause());
    CompletableFuture<Item> kept = items.async().create(new Item(null, "kept"));
    createHeld.release();
    kept.get(10, TimeUnit.SECONDS);
    Thread.sleep(300);
    assertEquals(1, stored("initwaits", "kept"));
    assertEquals(0, stored("initwaits", "cancelled"), "a cancelled create was written");
    assertEquals(0, stored("initwaits", "timed-out"), "a timed-out create was written");
  }

  /**
   * A caller that gives up on {@code openUri}'s future (orTimeout, cancel) gives up its own wait:
   * the connection still opens, and {@code asFuture()} says so.
   */
  @Test
  void givingUpOnOpenUrisFutureDoesNotFailAsFuture() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    Executor gated =
        task ->
            Executors.newSingleThreadExecutor()
                .execute(
                    () -> {
                      try {
                        held.await(10, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      task.run();
                    });
    Connection conn = meerkat.createConnection();
    ConnectionOptions options = BufferingTest.quick().executor(gated).build();
    CompletableFuture<Connection> opening = conn.openUri(server.uri(), options);
    assertTrue(opening.cancel(true), "the open completed before the executor was released");
    CompletableFuture<Connection> again = conn.openUri(server.uri(), options);
    held.countDown();
    assertSame(conn, conn.asFuture().get(10, TimeUnit.SECONDS));
    assertSame(conn, again.get(10, TimeUnit.SECONDS));
    assertThrows(CancellationException.class, opening::join);
  }

  /**
   * After a failed open, openUri with a shorter bufferTimeoutMS: operations already queued time out
   * by the new options (issue 8: "the connection's current options apply to operations already
   * queued"), not by the failed opening's.
   */
  @Test
  void reopeningAfterAFailedOpenAppliesTheNewBufferTimeoutToQueuedOperations() throws Exception {
    Connection conn = meerkat.createConnection();
    String nowhere = "mongodb://127.0.0.1:1/qa";
    CompletableFuture<Connection> first =
        conn.openUri(
            nowhere,
            BufferingTest.quick().serverSelectionTimeoutMS(200).bufferTimeoutMS(20_000).build());
    long issued = System.nanoTime();
    CompletableFuture<Void> queued =
        ((DefaultConnection) conn)
            .operations()
            .runAsync(null, "qa", "probe", null, null, live -> null, issued);
    assertThrows(ExecutionException.class, () -> first.get(10, TimeUnit.SECONDS));
    conn.openUri(
        nowhere,
        BufferingTest.quick().serverSelectionTimeoutMS(5_000).bufferTimeoutMS(1_000).build());
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> queued.get(15, TimeUnit.SECONDS));
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - issued);
    assertInstanceOf(BufferTimeoutException.class, e.getCause());
    assertTrue(tookMs >= 950 && tookMs < 4_000, "timed out after " + tookMs + " ms");
  }

  /**
   * A generated repository's {@code CompletableFuture} method runs the blocking call on Meerkat's
   * threads ({@link BlockingCalls}): giving up on its future while the call waits in the buffer
   * withdraws it, as for a model's async operation.
   */
  @Test
  void givingUpOnABlockingCallWhileBufferedWithdrawsIt() throws Exception {
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    Model<Item> items =
        conn.model(new Item.ItemSchema("BlockingCall", Item.ItemSchema.INSTANCE.options()));
    CompletableFuture<Item> cancelled =
        BlockingCalls.supply(conn, () -> items.create(new Item(null, "cancelled")));
    CompletableFuture<Item> timedOut =
        BlockingCalls.supply(conn, () -> items.create(new Item(null, "timed-out")))
            .orTimeout(100, TimeUnit.MILLISECONDS);
    CompletableFuture<Item> kept =
        BlockingCalls.supply(conn, () -> items.create(new Item(null, "kept")));
    Await.until("3 buffered creates", () -> conn.queuedOperations() == 3, WAIT);
    assertTrue(cancelled.cancel(true));
    assertThrows(ExecutionException.class, () -> timedOut.get(5, TimeUnit.SECONDS));
    Await.until(
        "the given-up creates to leave the buffer",
        () -> conn.queuedOperations() == 1,
        Duration.ofSeconds(3)); // well before bufferTimeoutMS (10 s) could take them out
    conn.openUri(server.uri(), BufferingTest.quick().build());
    kept.get(10, TimeUnit.SECONDS);
    Thread.sleep(300);
    assertEquals(1, stored("blockingcalls", "kept"));
    assertEquals(0, stored("blockingcalls", "cancelled"), "a cancelled create was written");
    assertEquals(0, stored("blockingcalls", "timed-out"), "a timed-out create was written");
  }

  /**
   * With middleware, an async create is the pre hooks, the operation, the post hooks: giving up on
   * its future while the insert waits in the buffer still withdraws the insert.
   */
  @Test
  void givingUpOnAHookedAsyncCreateWhileBufferedWithdrawsIt() throws Exception {
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    Model<Item> items =
        conn.model(new Item.ItemSchema("HookedWait", Item.ItemSchema.INSTANCE.options()));
    java.util.concurrent.atomic.AtomicInteger preSaves =
        new java.util.concurrent.atomic.AtomicInteger();
    items.pre(dev.meerkat.Hook.SAVE, item -> preSaves.incrementAndGet());
    CompletableFuture<Item> cancelled = items.async().create(new Item(null, "cancelled"));
    CompletableFuture<Item> timedOut =
        items.async().create(new Item(null, "timed-out")).orTimeout(100, TimeUnit.MILLISECONDS);
    CompletableFuture<Item> kept = items.async().create(new Item(null, "kept"));
    Await.until("3 buffered creates", () -> conn.queuedOperations() == 3, WAIT);
    assertEquals(3, preSaves.get());
    assertTrue(cancelled.cancel(true));
    assertThrows(ExecutionException.class, () -> timedOut.get(5, TimeUnit.SECONDS));
    Await.until(
        "the given-up creates to leave the buffer",
        () -> conn.queuedOperations() == 1,
        Duration.ofSeconds(3)); // well before bufferTimeoutMS (10 s) could take them out
    conn.openUri(server.uri(), BufferingTest.quick().build());
    kept.get(10, TimeUnit.SECONDS);
    Thread.sleep(300);
    assertEquals(1, stored("hookedwaits", "kept"));
    assertEquals(0, stored("hookedwaits", "cancelled"), "a cancelled create was written");
    assertEquals(0, stored("hookedwaits", "timed-out"), "a timed-out create was written");
  }

  /**
   * An {@code Error} while the client is made (a driver-settings customizer that needs a library
   * missing from the class path) fails the opening like any other failure: asFuture() completes,
   * the connection is not left CONNECTING, and buffered operations do not wait for it.
   */
  @Test
  void anErrorWhileMakingTheClientFailsTheOpeningInsteadOfHangingIt() throws Exception {
    Connection conn = meerkat.createConnection();
    CompletableFuture<Void> buffered =
        ((DefaultConnection) conn)
            .operations()
            .runAsync(null, "qa", "probe", null, null, live -> null, System.nanoTime());
    ConnectionOptions broken =
        BufferingTest.quick()
            .bufferTimeoutMS(1_000)
            .driverSettings(
                b -> {
                  throw new NoClassDefFoundError("io/netty/channel/EventLoopGroup");
                })
            .build();
    long start = System.nanoTime();
    CompletableFuture<Connection> opening;
    try {
      opening = conn.openUri(server.uri(), broken);
    } catch (Error e) {
      opening = CompletableFuture.failedFuture(e);
    }
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> conn.asFuture().get(5, TimeUnit.SECONDS));
    assertTrue(
        String.valueOf(e.getCause()).contains("io/netty/channel/EventLoopGroup"),
        String.valueOf(e.getCause()));
    assertTrue(opening.isCompletedExceptionally());
    assertEquals(dev.meerkat.ReadyState.DISCONNECTED, conn.readyState());
    ExecutionException timedOut =
        assertThrows(ExecutionException.class, () -> buffered.get(5, TimeUnit.SECONDS));
    assertInstanceOf(BufferTimeoutException.class, timedOut.getCause());
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(tookMs >= 900 && tookMs < 4_000, "took " + tookMs + " ms");
    // and the connection can be opened again
    conn.openUri(server.uri(), BufferingTest.quick().build()).get(10, TimeUnit.SECONDS);
  }

  /**
   * An {@code Error} thrown by a user's command listener during the opening's ping (an assertion in
   * a test's listener, say) fails the opening instead of leaving asFuture() pending forever.
   */
  @Test
  void anErrorDuringThePingFailsTheOpeningInsteadOfHangingIt() throws Exception {
    com.mongodb.event.CommandListener failing =
        new com.mongodb.event.CommandListener() {
          @Override
          public void commandStarted(com.mongodb.event.CommandStartedEvent event) {
            throw new AssertionError("listener failed on " + event.getCommandName());
          }
        };
    Connection conn = meerkat.createConnection();
    CompletableFuture<Connection> opening =
        conn.openUri(
            server.uri(),
            BufferingTest.quick().driverSettings(b -> b.addCommandListener(failing)).build());
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> opening.get(5, TimeUnit.SECONDS));
    assertTrue(String.valueOf(e.getCause()).contains("listener failed"), String.valueOf(e));
    assertEquals(dev.meerkat.ReadyState.DISCONNECTED, conn.readyState());
  }

  /**
   * An async operation issued before openUri completes on the executor the opening configured (the
   * connection's options in force when it completes), not on the one in force when it was issued.
   */
  @Test
  void operationsQueuedBeforeOpenCompleteOnTheOpeningsExecutor() throws Exception {
    java.util.concurrent.ExecutorService configured =
        Executors.newSingleThreadExecutor(r -> new Thread(r, "configured-executor"));
    try {
      Connection conn = meerkat.createConnection();
      Model<Item> items =
          conn.model(new Item.ItemSchema("OnExecutor", Item.ItemSchema.INSTANCE.options()));
      CompletableFuture<String> thread =
          items
              .async()
              .create(new Item(null, "x"))
              .thenApply(n -> Thread.currentThread().getName());
      conn.openUri(server.uri(), BufferingTest.quick().executor(configured).build());
      assertEquals("configured-executor", thread.get(10, TimeUnit.SECONDS));
    } finally {
      configured.shutdown();
    }
  }

  /**
   * close() (not forced) while writes run: the running ones complete; the ones still waiting for a
   * worker stay in the buffer (as Mongoose's) and time out by bufferTimeoutMS, never sent. What
   * each caller is told matches what the server holds.
   */
  @Test
  void closeWhileWritesRunNeverGivesAFalseOutcome() throws Exception {
    HeldConnections held = HeldConnections.until("closedwhilerunnings");
    DefaultConnection conn =
        (DefaultConnection)
            meerkat.createConnection(
                server.uri(),
                BufferingTest.quick()
                    .maxPoolSize(2)
                    .bufferTimeoutMS(1_500)
                    .autoIndex(false)
                    .autoCreate(false)
                    .driverSettings(b -> b.addCommandListener(held))
                    .build());
    conn.asFuture().get(10, TimeUnit.SECONDS);
    Model<Item> items =
        conn.model(new Item.ItemSchema("ClosedWhileRunning", Item.ItemSchema.INSTANCE.options()));
    java.util.List<CompletableFuture<Item>> issued = new java.util.ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < 4; i++) {
      issued.add(items.async().create(new Item(null, "w" + i)));
    }
    Await.until("2 inserts holding the pool", () -> held.holding() == 2, WAIT);
    CompletableFuture<Void> closed = conn.close();
    Thread.sleep(200);
    held.release();
    closed.get(10, TimeUnit.SECONDS);
    StringBuilder told = new StringBuilder();
    for (int i = 0; i < issued.size(); i++) {
      String outcome;
      try {
        issued.get(i).get(10, TimeUnit.SECONDS);
        outcome = "stored";
      } catch (ExecutionException e) {
        String message = String.valueOf(e.getCause().getMessage());
        outcome =
            message.contains("may have been applied")
                ? "unknown"
                : e.getCause() instanceof BufferTimeoutException ? "not sent" : "other: " + e;
      }
      long stored = stored("closedwhilerunnings", "w" + i);
      told.append(i).append(": ").append(outcome).append(", stored ").append(stored).append('\n');
    }
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(
        "0: stored, stored 1\n1: stored, stored 1\n2: not sent, stored 0\n3: not sent, stored 0\n",
        told.toString());
    assertTrue(tookMs >= 1_400 && tookMs < 6_000, "took " + tookMs + " ms");
  }

  /**
   * A bufferTimeoutMS meaning "wait as long as it takes" (Long.MAX_VALUE, globally and per
   * connection): the deadline arithmetic does not overflow, so the buffer's timer does not spin and
   * an operation waiting for its model's init does not time out at once.
   */
  @Test
  void aHugeBufferTimeoutNeitherSpinsNorTimesOutAtOnce() throws Exception {
    OneShotBlock createHeld = new OneShotBlock("create", "hugewaits");
    meerkat.set(dev.meerkat.Setting.BUFFER_TIMEOUT_MS, Long.MAX_VALUE);
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    Model<Item> items =
        conn.model(new Item.ItemSchema("HugeWait", Item.ItemSchema.INSTANCE.options()));
    CompletableFuture<Item> buffered = items.async().create(new Item(null, "buffered"));
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    Thread.sleep(100); // let the timer be armed
    long cpuBefore = timerCpuNanos(threads);
    Thread.sleep(500);
    long timerCpuMs = TimeUnit.NANOSECONDS.toMillis(timerCpuNanos(threads) - cpuBefore);
    assertTrue(timerCpuMs < 100, "the buffer timer used " + timerCpuMs + " ms of CPU in 500 ms");
    assertTrue(!buffered.isDone(), "timed out at once: " + buffered);
    conn.openUri(
        server.uri(),
        BufferingTest.quick()
            .bufferTimeoutMS(Long.MAX_VALUE)
            .autoIndex(false)
            .driverSettings(b -> b.addCommandListener(createHeld))
            .build());
    createHeld.awaitHolding();
    CompletableFuture<Item> waitingForInit = items.async().create(new Item(null, "after-open"));
    Thread.sleep(300);
    assertTrue(!waitingForInit.isDone(), "timed out at once: " + waitingForInit);
    createHeld.release();
    buffered.get(10, TimeUnit.SECONDS);
    waitingForInit.get(10, TimeUnit.SECONDS);
  }

  private static long timerCpuNanos(java.lang.management.ThreadMXBean threads) {
    long total = 0;
    for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith("meerkat-timer")) {
        total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      }
    }
    return total;
  }
}
