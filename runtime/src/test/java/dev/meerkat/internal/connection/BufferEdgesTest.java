package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import dev.meerkat.BufferTimeoutException;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The buffer's edges a busy caller meets: giving up on an operation while it waits for its model's
 * init, in a repository's CompletableFuture call or behind middleware; close() while writes run; a
 * bufferTimeoutMS of Long.MAX_VALUE.
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
