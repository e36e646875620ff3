package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import dev.meerkat.ConnectionClosedException;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An operation the caller gave up on while it was buffered is never sent; one already sent says it
 * may have been applied.
 */
@MongoTest
class WithdrawTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  WithdrawTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  private static Model<Item> items(DefaultConnection conn, String name) {
    return conn.model(new Item.ItemSchema(name, Item.ItemSchema.INSTANCE.options()));
  }

  private long stored(String collection, String namePrefix) {
    try (MongoClient client = MongoClients.create(server.uri())) {
      return client
          .getDatabase(server.databaseName())
          .getCollection(collection)
          .countDocuments(Filters.regex("name", "^" + namePrefix));
    }
  }

  @Test
  void cancelledAndTimedOutFuturesLeaveTheBufferAndAreNeverSent() throws Exception {
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    Model<Item> items = items(conn, "Withdrawn");
    List<CompletableFuture<Item>> kept = new ArrayList<>();
    List<CompletableFuture<Item>> timedOut = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      items.async().create(new Item(null, "cancelled-" + i)).cancel(true);
      timedOut.add(
          items
              .async()
              .create(new Item(null, "timedout-" + i))
              .orTimeout(50, TimeUnit.MILLISECONDS));
      kept.add(items.async().create(new Item(null, "kept-" + i)));
    }
    for (CompletableFuture<Item> f : timedOut) {
      ExecutionException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
      assertInstanceOf(java.util.concurrent.TimeoutException.class, e.getCause());
    }
    Await.until(
        "the buffer to hold only the kept operations", () -> conn.queuedOperations() == 100, WAIT);

    conn.openUri(server.uri(), BufferingTest.quick().build());
    CompletableFuture.allOf(kept.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
    Thread.sleep(300);
    assertEquals(100, stored("withdrawns", "kept-"));
    assertEquals(
        0, stored("withdrawns", "cancelled-"), "cancelled futures whose insert was written");
    assertEquals(
        0, stored("withdrawns", "timedout-"), "timed-out futures whose insert was written");
  }

  @Test
  void syncCallersInterruptedWhileBufferedAreNeverSent() throws Exception {
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    Model<Item> items = items(conn, "Interrupted");
    Map<Integer, Throwable> failures = new ConcurrentHashMap<>();
    List<Thread> callers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      int n = i;
      Thread t =
          new Thread(
              () -> {
                try {
                  items.create(new Item(null, "interrupted-" + n));
                } catch (RuntimeException e) {
                  failures.put(n, e);
                }
              });
      t.start();
      callers.add(t);
    }
    Await.until("50 buffered creates", () -> conn.queuedOperations() == 50, WAIT);
    callers.forEach(Thread::interrupt);
    for (Thread t : callers) {
      t.join(5000);
    }
    assertEquals(50, failures.size(), "every interrupted caller got an exception");
    for (Throwable e : failures.values()) {
      assertTrue(e.getMessage().contains("was not sent"), e.getMessage());
    }
    assertEquals(0, conn.queuedOperations(), "interrupted operations left the buffer");

    conn.openUri(server.uri(), BufferingTest.quick().build()).get(10, TimeUnit.SECONDS);
    assertEquals(0L, items.countDocuments(), "interrupted creates that were written");
  }

  @Test
  void closeTrueSaysWhichOperationsMayHaveBeenApplied() throws Exception {
    HeldConnections held = HeldConnections.until("inflights");
    DefaultConnection conn =
        (DefaultConnection)
            meerkat.createConnection(
                server.uri(),
                BufferingTest.quick()
                    .maxPoolSize(3)
                    .autoIndex(false)
                    .autoCreate(false)
                    .driverSettings(b -> b.addCommandListener(held))
                    .build());
    conn.asFuture().get(10, TimeUnit.SECONDS);
    Model<Item> items = items(conn, "Inflight");
    items.init();
    List<CompletableFuture<Item>> issued = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      issued.add(items.async().create(new Item(null, "inflight-" + i)));
    }
    Await.until("3 inserts holding the pool", () -> held.holding() == 3, WAIT);
    conn.close(true).get(10, TimeUnit.SECONDS);
    held.release();

    int notSent = 0;
    for (int i = 0; i < issued.size(); i++) {
      ExecutionException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              ExecutionException.class, issued.get(i)::get);
      assertInstanceOf(ConnectionClosedException.class, e.getCause());
      String message = e.getCause().getMessage();
      boolean mayHaveBeenApplied = message.contains("may have been applied");
      assertTrue(mayHaveBeenApplied || message.contains("was not sent"), message);
      Thread.sleep(i == 0 ? 300 : 0);
      if (!mayHaveBeenApplied) {
        notSent++;
        assertEquals(
            0, stored("inflights", "inflight-" + i + "$"), "said not sent, yet stored: " + message);
      }
    }
    assertEquals(
        7, notSent, "operations still waiting for a pool connection when close(true) came");
  }
}
