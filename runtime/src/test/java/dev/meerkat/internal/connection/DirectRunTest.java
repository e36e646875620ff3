package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.ConnectionClosedException;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sync model operations on an open connection run on the fast path ({@link DirectRuns}) and keep
 * every promise of the buffered one: close(true) fails and releases a running one, saying it may
 * have been applied; a caller that waits behind queued operations still waits its turn.
 */
@MongoTest
class DirectRunTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final ExecutorService callers = Executors.newCachedThreadPool();

  DirectRunTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    callers.shutdownNow();
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  private DefaultConnection open(HeldConnections held, int maxPoolSize) throws Exception {
    DefaultConnection conn =
        (DefaultConnection)
            meerkat.createConnection(
                server.uri(),
                BufferingTest.quick()
                    .maxPoolSize(maxPoolSize)
                    .autoIndex(false) // the init would touch the held collection
                    .autoCreate(false)
                    .driverSettings(b -> b.addCommandListener(held))
                    .build());
    conn.asFuture().get(10, TimeUnit.SECONDS);
    return conn;
  }

  @Test
  void closeTrueFailsARunningSyncModelOperationAndClearsTheInterrupt() throws Exception {
    HeldConnections held = HeldConnections.until("directs");
    DefaultConnection conn = open(held, 10);
    Model<Item> items =
        conn.model(new Item.ItemSchema("Direct", Item.ItemSchema.INSTANCE.options()));
    items.init();
    items.create(new Item(null, "before")); // init done: this opening's operations run directly
    AtomicBoolean interruptedAfter = new AtomicBoolean(true);
    CompletableFuture<Long> running =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return items.countDocuments();
              } finally {
                interruptedAfter.set(Thread.currentThread().isInterrupted());
              }
            },
            callers);
    Await.until("the count held in the driver", () -> held.holding() == 1, WAIT);
    assertEquals(0, conn.queuedOperations(), "it was not buffered: it runs directly");

    conn.close(true).get(10, TimeUnit.SECONDS);
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            java.util.concurrent.ExecutionException.class, () -> running.get(5, TimeUnit.SECONDS));
    held.release();
    assertInstanceOf(ConnectionClosedException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains("directs.countDocuments()"), e.getMessage());
    assertTrue(e.getCause().getMessage().contains("may have been applied"), e.getMessage());
    assertFalse(interruptedAfter.get(), "close(true)'s interrupt does not leak to the caller");

    conn.openUri(server.uri(), BufferingTest.quick().build()).get(10, TimeUnit.SECONDS);
    assertEquals(1L, items.countDocuments(), "the connection works again after reopening");
  }

  @Test
  void aSyncOperationIssuedBehindQueuedOnesWaitsItsTurn() throws Exception {
    HeldConnections held = HeldConnections.until("turns");
    DefaultConnection conn = open(held, 1);
    Model<Item> items = conn.model(new Item.ItemSchema("Turn", Item.ItemSchema.INSTANCE.options()));
    items.init();
    // Holds the only worker, then one more async waits for it in the buffer.
    CompletableFuture<Item> first = items.async().create(new Item(null, "first"));
    Await.until("the first insert held", () -> held.holding() == 1, WAIT);
    CompletableFuture<Long> second = items.async().countDocuments(dev.meerkat.Filter.empty());
    Await.until("the second queued", () -> conn.queuedOperations() == 1, WAIT);
    CompletableFuture<Boolean> third =
        CompletableFuture.supplyAsync(
            () -> items.exists(dev.meerkat.Filter.<Item>empty()), callers);
    // Not run directly past the queued count: it waits in the buffer behind it.
    Await.until("the sync call queued behind it", () -> conn.queuedOperations() == 2, WAIT);
    assertFalse(third.isDone());
    held.release();
    first.get(10, TimeUnit.SECONDS);
    assertEquals(1L, second.get(10, TimeUnit.SECONDS));
    assertTrue(third.get(10, TimeUnit.SECONDS));
    assertEquals(0, conn.queuedOperations());
    // Once the queue is empty again, sync calls take the fast path: nothing is queued for them.
    assertEquals(1L, items.countDocuments());
  }
}
