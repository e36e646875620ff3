package dev.meerkat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.event.ConnectionClosedEvent;
import com.mongodb.event.ConnectionCreatedEvent;
import com.mongodb.event.ConnectionPoolListener;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A connection per tenant, against a real server: isolation, limits, eviction, refusal. */
@MongoTest
class TenantConnectionsTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private TenantConnections.Builder tenants(MongoServer server) {
    return TenantConnections.builder(id -> server.uri(server.databaseName() + "_" + id))
        .instance(meerkat);
  }

  @Test
  void invalidTenantIdsAreRejectedBeforeAnyConnectionIsMade(MongoServer server) {
    try (TenantConnections tenants = tenants(server).build()) {
      List<String> bad =
          new ArrayList<>(List.of("", "admin", "local", "config", "ADMIN", "x".repeat(64), "a\0b"));
      for (char c : "/\\. \"$*<>:|?".toCharArray()) {
        bad.add("a" + c + "b");
      }
      for (String id : bad) {
        ConfigurationException e =
            assertThrows(ConfigurationException.class, () -> tenants.get(id), id);
        assertTrue(e.getMessage().startsWith("tenant id"), e.getMessage());
      }
      assertThrows(ConfigurationException.class, () -> tenants.get(null));
      assertEquals(List.of(), tenants.openTenants());
      assertEquals(
          1,
          meerkat.connections().size(),
          "only the default connection: none was created for a rejected id");
      assertEquals(
          "tenant id \"a.b\" contains '.', which MongoDB database names must not contain (/\\. \"$*<>:|?,"
              + " a space or NUL)",
          assertThrows(ConfigurationException.class, () -> tenants.get("a.b")).getMessage());
    }
  }

  @Test
  void tenantsAreIsolatedAndReused(MongoServer server) {
    try (TenantConnections tenants = tenants(server).build()) {
      Connection acme = tenants.get("acme");
      assertSame(acme, tenants.get("acme"));
      acme.collection("users").insertOne(new Document("name", "only-acme"));
      Connection globex = tenants.get("globex");
      assertEquals(0, globex.collection("users").countDocuments());
      assertEquals(1, acme.collection("users").countDocuments());
      assertEquals(List.of("acme", "globex"), tenants.openTenants());
    }
  }

  @Test
  void leastRecentlyUsedIdleTenantIsClosedWhenFull(MongoServer server) {
    try (TenantConnections tenants =
        tenants(server).maxTenants(2).minIdleTime(Duration.ZERO).build()) {
      Connection a = tenants.get("a");
      a.asFuture().join();
      tenants.get("b").asFuture().join();
      tenants.get("a");
      tenants.get("c").asFuture().join();
      assertEquals(List.of("a", "c"), tenants.openTenants());
      assertEquals(ReadyState.CONNECTED, a.readyState());
      assertEquals(2 * 100, tenants.reservedSockets());
    }
  }

  @Test
  void aBusyTenantIsNeverClosedAndANewOneIsRefused(MongoServer server) throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    ConnectionOptions slow = ConnectionOptions.builder().serverSelectionTimeoutMS(3000).build();
    TenantConnections tenants =
        TenantConnections.builder(id -> "mongodb://127.0.0.1:" + closedPort + "/t_" + id)
            .instance(meerkat)
            .options(slow)
            .maxTenants(1)
            .build();
    try (tenants) {
      Connection opening = tenants.get("opening");
      TenantRejectedException e =
          assertThrows(TenantRejectedException.class, () -> tenants.get("other"));
      assertTrue(
          e.getMessage()
              .startsWith(
                  "Cannot open a connection for tenant \"other\": 1 tenant connections are open"),
          e.getMessage());
      assertEquals(
          ReadyState.CONNECTING,
          opening.readyState(),
          "a tenant still opening is busy, so not evicted");
    }
  }

  @Test
  void limitsHoldUnderConcurrentRequestsAcrossManyTenants(MongoServer server) throws Exception {
    AtomicInteger open = new AtomicInteger();
    AtomicInteger maxOpen = new AtomicInteger();
    ConnectionPoolListener sockets =
        new ConnectionPoolListener() {
          @Override
          public void connectionCreated(ConnectionCreatedEvent event) {
            maxOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
          }

          @Override
          public void connectionClosed(ConnectionClosedEvent event) {
            open.decrementAndGet();
          }
        };
    ConnectionOptions options =
        ConnectionOptions.builder()
            .maxPoolSize(2)
            .driverSettings(
                b -> b.applyToConnectionPoolSettings(p -> p.addConnectionPoolListener(sockets)))
            .build();
    AtomicInteger written = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    TenantConnections.Builder builder =
        tenants(server)
            .options(options)
            .maxTenants(10)
            .maxTotalSockets(20)
            .minIdleTime(Duration.ZERO);
    try (TenantConnections tenants = builder.build()) {
      ExecutorService pool = Executors.newFixedThreadPool(32);
      List<Future<?>> requests = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String tenant = "t" + (i % 50);
        requests.add(
            pool.submit(
                () -> {
                  try {
                    tenants.use(
                        tenant,
                        conn ->
                            conn.collection("events").insertOne(new Document("tenant", tenant)));
                    written.incrementAndGet();
                  } catch (TenantRejectedException busy) {
                    refused.incrementAndGet();
                  }
                  assertTrue(tenants.openTenants().size() <= 10);
                  assertTrue(tenants.reservedSockets() <= 20);
                }));
      }
      for (Future<?> request : requests) {
        request.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertEquals(200, written.get() + refused.get());
      assertTrue(written.get() > 0, "some requests were served");
      // Once the burst is over every tenant is idle, so each of the 50 is admitted in turn by
      // closing
      // the least recently used one: all succeed, and the limits still hold.
      for (int i = 0; i < 50; i++) {
        String tenant = "t" + i;
        tenants.use(
            tenant, conn -> conn.collection("events").insertOne(new Document("tenant", tenant)));
        assertTrue(tenants.openTenants().size() <= 10);
      }
      assertTrue(maxOpen.get() <= 20, "sockets open at once: " + maxOpen.get());
      for (String tenant : tenants.openTenants()) {
        Connection conn = tenants.get(tenant);
        assertFalse(
            conn.collection("events")
                .find(new Document("tenant", new Document("$ne", tenant)))
                .iterator()
                .hasNext(),
            "tenant " + tenant + " sees only its own documents");
      }
    }
  }

  /**
   * A tenant whose operations wait in Meerkat's buffer (its server unreachable for now) is busy,
   * like one whose sockets are in use: evicting it would fail operations that could still succeed.
   */
  @Test
  void aTenantWithBufferedOperationsIsNotEvicted(MongoServer server) throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    ConnectionOptions quick =
        ConnectionOptions.builder().serverSelectionTimeoutMS(200).bufferTimeoutMS(3000).build();
    TenantConnections tenants =
        TenantConnections.builder(
                id ->
                    id.equals("down")
                        ? "mongodb://127.0.0.1:" + closedPort + "/t_down"
                        : server.uri("t_" + id))
            .instance(meerkat)
            .options(quick)
            .maxTenants(1)
            .minIdleTime(Duration.ZERO)
            .build();
    try (tenants) {
      Connection down = tenants.get("down");
      ExecutorService caller = Executors.newSingleThreadExecutor();
      long issued = System.nanoTime();
      Future<Long> waiting = caller.submit(() -> down.collection("x").countDocuments());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
      while (down.readyState() == ReadyState.CONNECTING && System.nanoTime() < deadline) {
        Thread.sleep(10); // the opening fails after serverSelectionTimeoutMS (200 ms)
      }
      assertEquals(ReadyState.DISCONNECTED, down.readyState());
      TenantRejectedException e =
          assertThrows(TenantRejectedException.class, () -> tenants.get("up"));
      assertTrue(e.getMessage().contains("every one is busy"), e.getMessage());
      assertEquals(List.of("down"), tenants.openTenants());
      java.util.concurrent.ExecutionException failed =
          assertThrows(
              java.util.concurrent.ExecutionException.class,
              () -> waiting.get(10, TimeUnit.SECONDS));
      long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - issued);
      assertTrue(
          failed.getCause() instanceof BufferTimeoutException,
          "the buffered count failed by its own bufferTimeoutMS, not by an eviction: "
              + failed.getCause());
      assertTrue(tookMs >= 2900 && tookMs < 8000, "failed after " + tookMs + " ms");
      caller.shutdown();
      tenants.get("up").asFuture().get(10, TimeUnit.SECONDS); // idle now: evicted for "up"
      assertEquals(List.of("up"), tenants.openTenants());
    }
  }
}
