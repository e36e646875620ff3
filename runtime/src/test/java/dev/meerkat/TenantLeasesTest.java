package dev.meerkat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * use() leases: a lease's end frees the tenant at once, a full house waits (bounded), evicted
 * tenants fail fast.
 */
@MongoTest
class TenantLeasesTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private TenantConnections.Builder tenants(MongoServer server) {
    return TenantConnections.builder(id -> server.uri(server.databaseName() + "_" + id))
        .instance(meerkat);
  }

  private static long insert(Connection conn, String tenant) {
    conn.collection("events").insertOne(new Document("tenant", tenant));
    return 1;
  }

  @Test
  void aLeasesEndDoesNotKeepTheTenantBusyForMinIdleTime(MongoServer server) {
    try (TenantConnections tenants =
        tenants(server)
            .maxTenants(1)
            .minIdleTime(Duration.ofSeconds(30))
            .leaseTimeout(Duration.ZERO)
            .build()) {
      tenants.use("a", conn -> insert(conn, "a"));
      long start = System.nanoTime();
      tenants.use("b", conn -> insert(conn, "b"));
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(
          ms < 10_000, "b was admitted at once, not after minIdleTime (30 s): " + ms + " ms");
      assertEquals(List.of("b"), tenants.openTenants());
      // A tenant handed out by get() still counts as busy for minIdleTime, as documented.
      tenants.get("b");
      assertThrows(
          TenantRejectedException.class, () -> tenants.use("c", conn -> insert(conn, "c")));
    }
  }

  @Test
  void aLeaseWaitsForASlotUntilTheHolderIsDone(MongoServer server) throws Exception {
    try (TenantConnections tenants =
        tenants(server)
            .maxTenants(1)
            .minIdleTime(Duration.ZERO)
            .leaseTimeout(Duration.ofSeconds(20))
            .build()) {
      CountDownLatch holding = new CountDownLatch(1);
      CompletableFuture<Long> holder =
          CompletableFuture.supplyAsync(
              () ->
                  tenants.use(
                      "a",
                      conn -> {
                        insert(conn, "a");
                        holding.countDown();
                        sleep(400);
                        return 1L;
                      }));
      assertTrue(holding.await(20, TimeUnit.SECONDS));
      long start = System.nanoTime();
      tenants.use("b", conn -> insert(conn, "b"));
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertEquals(1L, holder.get(20, TimeUnit.SECONDS));
      assertTrue(
          ms >= 200 && ms < 15_000, "b waited for a's lease to end (about 400 ms): " + ms + " ms");
      assertEquals(List.of("b"), tenants.openTenants());
    }
  }

  @Test
  void theWaitIsBoundedByLeaseTimeout(MongoServer server) throws Exception {
    try (TenantConnections tenants =
        tenants(server)
            .maxTenants(1)
            .minIdleTime(Duration.ZERO)
            .leaseTimeout(Duration.ofMillis(300))
            .build()) {
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Long> holder =
          CompletableFuture.supplyAsync(
              () ->
                  tenants.use(
                      "a",
                      conn -> {
                        holding.countDown();
                        await(release);
                        return 1L;
                      }));
      assertTrue(holding.await(20, TimeUnit.SECONDS));
      long start = System.nanoTime();
      TenantRejectedException e =
          assertThrows(
              TenantRejectedException.class, () -> tenants.use("b", conn -> insert(conn, "b")));
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      release.countDown();
      holder.get(20, TimeUnit.SECONDS);
      assertTrue(ms >= 250 && ms < 10_000, "refused after leaseTimeout (300 ms): " + ms + " ms");
      assertTrue(
          e.getMessage().contains("every one is busy (waited ")
              && e.getMessage().contains("leaseTimeout 300ms)"),
          e.getMessage());
    }
  }

  @Test
  void aBurstOverManyTenantsIsServedWhenTenantsOnlyCoolDown(MongoServer server) throws Exception {
    AtomicInteger written = new AtomicInteger();
    List<String> refused = new ArrayList<>();
    AtomicInteger rejected = new AtomicInteger();
    ConnectionOptions options = ConnectionOptions.builder().maxPoolSize(2).build();
    try (TenantConnections tenants =
        tenants(server)
            .options(options)
            .maxTenants(10)
            .maxTotalSockets(20)
            .leaseTimeout(Duration.ofSeconds(60))
            .build()) {
      ExecutorService pool = Executors.newFixedThreadPool(16);
      List<Future<?>> requests = new ArrayList<>();
      // The burst of the issue: 800 requests over 200 tenants, 10 open at most.
      for (int i = 0; i < 800; i++) {
        String tenant = "t" + (i * 7919 % 200);
        requests.add(
            pool.submit(
                () -> {
                  try {
                    tenants.use(tenant, conn -> insert(conn, tenant));
                    written.incrementAndGet();
                  } catch (TenantRejectedException busy) {
                    synchronized (refused) {
                      if (refused.isEmpty()) {
                        refused.add(busy.getMessage());
                      }
                    }
                    rejected.incrementAndGet();
                  }
                }));
      }
      for (Future<?> request : requests) {
        request.get(120, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertEquals(0, rejected.get(), "rejected; the first: " + refused);
      assertEquals(800, written.get());
      assertTrue(tenants.openTenants().size() <= 10);
    }
  }

  @Test
  void anEvictedTenantConnectionFailsFastNamingTheEviction(MongoServer server) {
    ConnectionOptions options = ConnectionOptions.builder().bufferTimeoutMS(5000).build();
    try (TenantConnections tenants =
        tenants(server).options(options).maxTenants(1).minIdleTime(Duration.ZERO).build()) {
      Connection a = tenants.get("a");
      a.asFuture().join();
      tenants.get("b").asFuture().join();
      assertEquals(List.of("b"), tenants.openTenants());
      long start = System.nanoTime();
      ConnectionClosedException e =
          assertThrows(
              ConnectionClosedException.class,
              () -> a.collection("events").insertOne(new Document("late", true)));
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(ms < 2000, "failed at once, not after bufferTimeoutMS (5000): " + ms + " ms");
      assertTrue(
          e.getMessage().contains("was evicted from TenantConnections (tenant \"a\")"),
          e.getMessage());
      assertTrue(e.getMessage().contains("tenants.get(\"a\")"), e.getMessage());
      assertEquals(
          0, tenants.get("a").collection("events").countDocuments(), "the late write never ran");
    }
  }

  @Test
  void badLimitsAreConfigurationErrorsAtTheirBoundary(MongoServer server) {
    TenantConnections.Builder b = tenants(server);
    assertThrows(ConfigurationException.class, () -> b.leaseTimeout(Duration.ofMillis(-1)));
    b.leaseTimeout(Duration.ZERO);
    assertThrows(ConfigurationException.class, () -> b.maxTenants(0));
    b.maxTenants(1);
    assertThrows(ConfigurationException.class, () -> b.maxTotalSockets(0));
    b.maxTotalSockets(100);
    assertThrows(ConfigurationException.class, () -> b.minIdleTime(Duration.ofNanos(-1)));
    b.minIdleTime(Duration.ZERO).build().close();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
