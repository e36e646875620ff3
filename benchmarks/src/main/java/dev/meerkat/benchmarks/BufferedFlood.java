package dev.meerkat.benchmarks;

import dev.meerkat.Connection;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoServers;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N async creates issued before the connection opens, then N issued on the open connection, with
 * default options (bufferTimeoutMS 10 s, maxPoolSize 100) on an embedded server: how many fail, the
 * peak thread count, and the time from {@code openUri} until all buffered ones completed divided by
 * the time the same number takes once open (goal: at most 1.2x). Alternates the two phases over
 * several rounds, each on a fresh collection.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.meerkat.benchmarks.BufferedFlood [n] [rounds]
 * </pre>
 */
public final class BufferedFlood {
  private BufferedFlood() {}

  /** Runs the comparison; arguments: operations per phase (default 100000), rounds (default 3). */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    try (MongoServer server = MongoServers.startEmbedded()) {
      for (int round = 0; round < rounds; round++) {
        MeerkatInstance meerkat = Meerkat.newInstance();
        Connection conn = meerkat.createConnection();
        Model<Customer> customers = conn.model(CustomerSchema.INSTANCE, "flood" + round);
        int baseline = ManagementFactory.getThreadMXBean().getThreadCount();
        ManagementFactory.getThreadMXBean().resetPeakThreadCount();
        long issuing = System.nanoTime();
        List<CompletableFuture<Customer>> before = issue(customers, n);
        long open = System.nanoTime();
        System.out.printf(
            Locale.ROOT,
            "round %d: issued %d before open in %d ms%n",
            round,
            n,
            TimeUnit.NANOSECONDS.toMillis(open - issuing));
        long[] openedAt = {0};
        conn.once(ConnectionEvent.OPEN, e -> openedAt[0] = System.nanoTime());
        conn.openUri(server.uri());
        int failedBefore = failures(before);
        long beforeMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - open);
        long afterStart = System.nanoTime();
        int failedAfter = failures(issue(customers, n));
        long afterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - afterStart);
        int peak = ManagementFactory.getThreadMXBean().getPeakThreadCount() - baseline;
        System.out.printf(
            Locale.ROOT,
            "round %d: %d buffered before open: %d failed, %d ms from openUri (open after %d ms);"
                + " %d after open: %d failed, %d ms; ratio %.2f; threads added at peak %d%n",
            round,
            n,
            failedBefore,
            beforeMs,
            TimeUnit.NANOSECONDS.toMillis(openedAt[0] - open),
            n,
            failedAfter,
            afterMs,
            (double) beforeMs / afterMs,
            peak);
        meerkat.disconnect().get(30, TimeUnit.SECONDS);
      }
    }
  }

  private static List<CompletableFuture<Customer>> issue(Model<Customer> customers, int n) {
    List<CompletableFuture<Customer>> futures = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Customer c = SampleCustomers.sample();
      c.setId(null);
      futures.add(customers.async().create(c));
    }
    return futures;
  }

  private static int failures(List<CompletableFuture<Customer>> futures)
      throws InterruptedException {
    AtomicInteger failed = new AtomicInteger();
    for (CompletableFuture<Customer> f : futures) {
      try {
        f.get(10, TimeUnit.MINUTES);
      } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
        if (failed.incrementAndGet() == 1) {
          System.out.println("first failure: " + (e.getCause() != null ? e.getCause() : e));
        }
      }
    }
    return failed.get();
  }
}
