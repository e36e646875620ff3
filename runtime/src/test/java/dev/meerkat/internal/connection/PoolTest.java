package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoTimeoutException;
import com.mongodb.event.ConnectionCheckedInEvent;
import com.mongodb.event.ConnectionCheckedOutEvent;
import com.mongodb.event.ConnectionPoolListener;
import dev.meerkat.Connection;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.PoolStats;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The driver's pool under Meerkat's options, observed through poolStats() and a real waiting pool.
 */
@MongoTest
class PoolTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final ExecutorService callers = Executors.newCachedThreadPool();

  PoolTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    callers.shutdownNow();
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  private Connection open(ConnectionOptions.Builder options) throws Exception {
    Connection conn =
        meerkat.createConnection(server.uri(), options.serverSelectionTimeoutMS(2000).build());
    conn.asFuture().get(10, TimeUnit.SECONDS);
    return conn;
  }

  private PoolStats.Server stats(Connection conn) {
    return conn.poolStats().servers().values().iterator().next();
  }

  @Test
  void minPoolSizeConnectionsAreOpenedEagerly() throws Exception {
    Connection conn = open(ConnectionOptions.builder().minPoolSize(3));
    Await.until("3 eager connections", () -> conn.poolStats().open() == 3, WAIT);
    assertEquals(0, conn.poolStats().inUse());
    assertEquals(3, conn.poolStats().idle());
  }

  @Test
  void maxPoolSizeIsNeverExceededUnderFiftyConcurrentCallers() throws Exception {
    AtomicInteger checkedOut = new AtomicInteger();
    AtomicInteger maxCheckedOut = new AtomicInteger();
    ConnectionPoolListener watcher =
        new ConnectionPoolListener() {
          @Override
          public void connectionCheckedOut(ConnectionCheckedOutEvent event) {
            maxCheckedOut.accumulateAndGet(checkedOut.incrementAndGet(), Math::max);
          }

          @Override
          public void connectionCheckedIn(ConnectionCheckedInEvent event) {
            checkedOut.decrementAndGet();
          }
        };
    HeldConnections slow = HeldConnections.slowing("busy", 20);
    Connection conn =
        open(
            ConnectionOptions.builder()
                .maxPoolSize(5)
                .driverSettings(
                    b ->
                        b.addCommandListener(slow)
                            .applyToConnectionPoolSettings(
                                p -> p.addConnectionPoolListener(watcher))));
    AtomicInteger maxWaiting = new AtomicInteger();
    List<CompletableFuture<Long>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      calls.add(
          CompletableFuture.supplyAsync(() -> conn.collection("busy").countDocuments(), callers));
    }
    for (CompletableFuture<Long> call : calls) {
      maxWaiting.accumulateAndGet(conn.poolStats().waiting(), Math::max);
      call.get(30, TimeUnit.SECONDS);
    }
    assertTrue(maxCheckedOut.get() <= 5, "checked out at once: " + maxCheckedOut.get());
    assertTrue(maxCheckedOut.get() >= 2, "the callers did overlap: " + maxCheckedOut.get());
    PoolStats.Server stats = stats(conn);
    assertEquals(5, stats.maxSize());
    assertTrue(stats.totalCreated() <= 5, "created " + stats.totalCreated());
    assertEquals(0, stats.inUse());
    assertEquals(0, stats.waiting());
  }

  @Test
  void aWaiterFailsAfterWaitQueueTimeoutMSWhileThePoolOfOneIsHeld() throws Exception {
    HeldConnections held = HeldConnections.until("held");
    Connection conn =
        open(
            ConnectionOptions.builder()
                .maxPoolSize(1)
                .waitQueueTimeoutMS(300)
                .driverSettings(b -> b.addCommandListener(held)));
    try {
      CompletableFuture<Long> holder =
          CompletableFuture.supplyAsync(() -> conn.collection("held").countDocuments(), callers);
      Await.until("the only connection to be held", () -> held.holding() == 1, WAIT);
      assertEquals(1, conn.poolStats().inUse());

      CompletableFuture<Long> waiter =
          CompletableFuture.supplyAsync(() -> conn.collection("other").countDocuments(), callers);
      Await.until("a waiter", () -> conn.poolStats().waiting() == 1, WAIT);
      long start = System.nanoTime();
      var e =
          assertThrows(
              java.util.concurrent.ExecutionException.class,
              () -> waiter.get(10, TimeUnit.SECONDS));
      long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertInstanceOf(MongoTimeoutException.class, e.getCause());
      assertTrue(
          e.getCause().getMessage().contains("waiting for a connection"),
          e.getCause().getMessage());
      assertTrue(waitedMs < 5000, "waited " + waitedMs);
      assertFalse(holder.isDone());
      assertEquals(0, conn.poolStats().waiting());

      held.release();
      assertEquals(0L, holder.get(10, TimeUnit.SECONDS));
    } finally {
      held.release();
    }
  }

  @Test
  void idleConnectionsAreClosedAfterMaxIdleTimeMS() throws Exception {
    // No driverSettings: Meerkat itself runs the pool's maintenance often enough for maxIdleTimeMS.
    Connection conn = open(ConnectionOptions.builder().maxIdleTimeMS(200));
    conn.collection("idle").countDocuments();
    assertTrue(stats(conn).totalCreated() >= 1);
    Await.until("the idle connection to be closed", () -> conn.poolStats().open() == 0, WAIT);
    assertTrue(stats(conn).totalClosed() >= 1);
  }

  @Test
  void closeClosesIdleSocketsAtOnceAndInUseOnesWhenTheirOperationReturns() throws Exception {
    HeldConnections held = HeldConnections.until("held");
    Connection conn =
        open(
            ConnectionOptions.builder()
                .minPoolSize(2)
                .driverSettings(b -> b.addCommandListener(held)));
    try {
      Await.until("2 eager connections", () -> conn.poolStats().open() == 2, WAIT);
      CompletableFuture<Long> inFlight =
          CompletableFuture.supplyAsync(() -> conn.collection("held").countDocuments(), callers);
      Await.until("one connection held", () -> held.holding() == 1, WAIT);

      conn.close().get(10, TimeUnit.SECONDS);
      Await.until("the idle connection closed", () -> conn.poolStats().open() == 1, WAIT);
      assertEquals(1, conn.poolStats().inUse());

      held.release();
      assertEquals(0L, inFlight.get(10, TimeUnit.SECONDS), "the in-flight operation finished");
      Await.until(
          "the in-use connection closed on return", () -> conn.poolStats().open() == 0, WAIT);
    } finally {
      held.release();
    }
  }

  @Test
  void forceCloseFailsTheInFlightOperation() throws Exception {
    HeldConnections held = HeldConnections.until("held");
    Connection conn =
        open(ConnectionOptions.builder().driverSettings(b -> b.addCommandListener(held)));
    try {
      CompletableFuture<Document> inFlight =
          CompletableFuture.supplyAsync(() -> conn.collection("held").find().first(), callers);
      Await.until("one connection held", () -> held.holding() == 1, WAIT);
      long start = System.nanoTime();
      conn.close(true).get(10, TimeUnit.SECONDS);
      var e =
          assertThrows(
              java.util.concurrent.ExecutionException.class,
              () -> inFlight.get(10, TimeUnit.SECONDS));
      long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(
          elapsedMs < 5000,
          "the blocked caller was released by close(true), after " + elapsedMs + " ms");
      assertInstanceOf(dev.meerkat.ConnectionClosedException.class, e.getCause());
    } finally {
      held.release();
    }
  }
}
