package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many async operations: a bounded number of threads (the pool size plus a few), and everything
 * buffered before open completes with the default bufferTimeoutMS.
 */
@MongoTest
class AsyncLoadTest {
  /**
   * Threads a connection may add beyond its pool size: driver monitors, the opening ping, model
   * init, delivery.
   */
  static final int THREAD_ALLOWANCE = 12;

  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  AsyncLoadTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  private static Model<Item> items(DefaultConnection conn, String name) {
    return conn.model(new Item.ItemSchema(name, Item.ItemSchema.INSTANCE.options()));
  }

  @Test
  void tenThousandAsyncCountsOnAnOpenConnectionUseAtMostThePoolSizeInThreads() throws Exception {
    DefaultConnection conn =
        (DefaultConnection)
            meerkat.createConnection(server.uri(), BufferingTest.quick().maxPoolSize(10).build());
    conn.asFuture().get(10, TimeUnit.SECONDS);
    Model<Item> items = items(conn, "Counted");
    items.init();
    List<CompletableFuture<Long>> counts = new ArrayList<>();
    try (ThreadPeak peak = new ThreadPeak()) {
      for (int i = 0; i < 10_000; i++) {
        counts.add(items.async().countDocuments(Filter.empty()));
      }
      CompletableFuture.allOf(counts.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      assertTrue(peak.added() <= 10 + THREAD_ALLOWANCE, "threads added: " + peak.added());
    }
  }

  @Test
  void tenThousandAsyncCreatesBufferedBeforeOpenAllCompleteWithTheDefaultTimeout()
      throws Exception {
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    Model<Item> items = items(conn, "Flooded");
    int n = 10_000;
    List<CompletableFuture<Item>> before = new ArrayList<>(n);
    long openedAt;
    long beforeMs;
    try (ThreadPeak peak = new ThreadPeak()) {
      for (int i = 0; i < n; i++) {
        before.add(items.async().create(new Item(null, "b" + i)));
      }
      openedAt = System.nanoTime();
      conn.openUri(server.uri(), BufferingTest.quick().build());
      assertEquals(0, failures(before), "creates buffered before open that failed");
      beforeMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - openedAt);
      // The default maxPoolSize is 100.
      assertTrue(peak.added() <= 100 + THREAD_ALLOWANCE, "threads added: " + peak.added());
    }
    long afterStart = System.nanoTime();
    List<CompletableFuture<Item>> after = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      after.add(items.async().create(new Item(null, "a" + i)));
    }
    assertEquals(0, failures(after));
    long afterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - afterStart);
    System.out.printf(
        "AsyncLoadTest: %d creates buffered before open took %d ms from openUri, %d issued after"
            + " open took %d ms: ratio %.2f%n",
        n, beforeMs, n, afterMs, (double) beforeMs / Math.max(1, afterMs));
    assertEquals(2L * n, items.countDocuments());
  }

  private static int failures(List<? extends CompletableFuture<?>> futures) throws Exception {
    int failed = 0;
    for (CompletableFuture<?> f : futures) {
      try {
        f.get(60, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        failed++;
      }
    }
    return failed;
  }
}
