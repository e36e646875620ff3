package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.WriteOutcomeUnknownException;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sync callers interrupted at random moments around the flush of the buffer (before, during and
 * after the connection opens): what each caller was told must match what the server holds. A normal
 * return was stored; "was not sent" was not; only "may have been applied" may go either way. Every
 * caller returns within the bound.
 */
@MongoTest
class OutcomeRaceTest {
  private static final int CALLERS = 200;
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  OutcomeRaceTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  @Test
  void interruptsAroundTheFlushNeverGiveAFalseOutcome() throws Exception {
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    Model<Item> items =
        conn.model(new Item.ItemSchema("Raced", Item.ItemSchema.INSTANCE.options()));
    Map<Integer, String> told = new ConcurrentHashMap<>();
    CountDownLatch done = new CountDownLatch(CALLERS);
    List<Thread> callers = new ArrayList<>();
    for (int i = 0; i < CALLERS; i++) {
      int n = i;
      Thread t =
          new Thread(
              () -> {
                try {
                  items.create(new Item(null, "raced-" + n));
                  told.put(n, "stored");
                } catch (WriteOutcomeUnknownException e) {
                  told.put(n, "unknown");
                } catch (RuntimeException e) {
                  told.put(
                      n,
                      e.getMessage() != null && e.getMessage().contains("may have been applied")
                          ? "unknown"
                          : e.getMessage() != null && e.getMessage().contains("not sent")
                              ? "not sent"
                              : "other: " + e);
                } finally {
                  done.countDown();
                }
              });
      t.start();
      callers.add(t);
    }
    Await.until(
        CALLERS + " buffered creates",
        () -> conn.queuedOperations() == CALLERS,
        java.time.Duration.ofSeconds(10));
    Random random = new Random(8);
    List<Thread> shuffled = new ArrayList<>(callers);
    java.util.Collections.shuffle(shuffled, random);
    long start = System.nanoTime();
    conn.openUri(
        server.uri(),
        BufferingTest.quick().maxPoolSize(4).autoIndex(false).autoCreate(false).build());
    while (conn.queuedOperations() == CALLERS && System.nanoTime() - start < 10_000_000_000L) {
      Thread.onSpinWait(); // interrupt from the moment the flush starts
    }
    for (Thread t : shuffled) {
      t.interrupt();
      Thread.sleep(random.nextInt(3)); // spread over the flush: some before, some during, after
    }
    assertTrue(done.await(20, TimeUnit.SECONDS), "callers still blocked: " + done.getCount());
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    Thread.sleep(300);
    Set<String> stored = new HashSet<>();
    try (MongoClient client = MongoClients.create(server.uri())) {
      for (Document d : client.getDatabase(server.databaseName()).getCollection("raceds").find()) {
        stored.add(d.getString("name"));
      }
    }
    Map<String, Integer> counts = new java.util.TreeMap<>();
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < CALLERS; i++) {
      String outcome = told.get(i);
      counts.merge(outcome.startsWith("other") ? "other" : outcome, 1, Integer::sum);
      boolean isStored = stored.contains("raced-" + i);
      if (outcome.equals("stored") && !isStored
          || outcome.equals("not sent") && isStored
          || outcome.startsWith("other")) {
        wrong.add(i + ": told " + outcome + ", stored " + isStored);
      }
    }
    System.out.println("OutcomeRaceTest: " + counts + " in " + tookMs + " ms");
    assertEquals(List.of(), wrong.subList(0, Math.min(10, wrong.size())), wrong.size() + " wrong");
    assertTrue(
        counts.getOrDefault("not sent", 0) > 0, "no interrupt came while buffered: " + counts);
    assertTrue(
        counts.getOrDefault("stored", 0) + counts.getOrDefault("unknown", 0) > 0,
        "no interrupt came after the flush started: " + counts);
  }
}
