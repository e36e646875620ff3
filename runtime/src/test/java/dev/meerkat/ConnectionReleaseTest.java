package dev.meerkat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Closed connections leave the instance's list, and nothing of Meerkat's keeps them reachable. */
@MongoTest
class ConnectionReleaseTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void createAndCloseCyclesDoNotGrowTheInstancesList(MongoServer server) throws Exception {
    int most = 0;
    for (int i = 0; i < 500; i++) {
      Connection conn = meerkat.createConnection(server.uri());
      if (i % 10 == 0) {
        conn.asFuture().get(10, TimeUnit.SECONDS);
        conn.collection("c").countDocuments();
      }
      most = Math.max(most, meerkat.connections().size());
      conn.close().get(10, TimeUnit.SECONDS);
    }
    assertEquals(2, most, "the default connection and the one being used");
    assertEquals(List.of(meerkat.connection()), meerkat.connections());
  }

  @Test
  void aClosedConnectionIsListedAgainWhenReopenedAndTheDefaultOneAlways(MongoServer server)
      throws Exception {
    Connection conn = meerkat.createConnection();
    assertEquals(2, meerkat.connections().size(), "created, not yet opened: listed");
    conn.openUri(server.uri()).get(10, TimeUnit.SECONDS);
    conn.close().get(10, TimeUnit.SECONDS);
    assertEquals(List.of(meerkat.connection()), meerkat.connections());
    conn.openUri(server.uri()).get(10, TimeUnit.SECONDS);
    assertEquals(List.of(meerkat.connection(), conn), meerkat.connections());
    Connection other = conn.useDb(server.databaseName() + "_other");
    other.close().get(10, TimeUnit.SECONDS);
    assertEquals(
        List.of(meerkat.connection()),
        meerkat.connections(),
        "closing through useDb closes the base");
    meerkat.connect(server.uri()).get(10, TimeUnit.SECONDS);
    meerkat.connection().close().get(10, TimeUnit.SECONDS);
    assertSame(meerkat.connection(), meerkat.connections().get(0));
  }

  @Test
  void aClosedConnectionNoLongerReferencedIsCollected(MongoServer server) throws Exception {
    WeakReference<Connection> ref = openUseAndClose(server);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (ref.get() != null && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(50);
    }
    assertNull(ref.get(), "a closed connection nobody references is garbage");
  }

  private WeakReference<Connection> openUseAndClose(MongoServer server) throws Exception {
    Connection conn = meerkat.createConnection(server.uri());
    conn.on(ConnectionEvent.OPEN, e -> {});
    conn.collection("c").insertOne(new Document("x", 1));
    conn.close().get(10, TimeUnit.SECONDS);
    return new WeakReference<>(conn);
  }

  @Test
  void fiveHundredTenantsDoNotGrowTheInstancesList(MongoServer server) {
    try (TenantConnections tenants =
        TenantConnections.builder(id -> server.uri(server.databaseName() + "_" + id))
            .instance(meerkat)
            .maxTenants(10)
            .minIdleTime(Duration.ZERO)
            .build()) {
      int most = 0;
      for (int i = 0; i < 500; i++) {
        String tenant = "t" + i;
        tenants.use(tenant, conn -> conn.collection("c").countDocuments());
        most = Math.max(most, meerkat.connections().size());
      }
      assertTrue(most <= 11, "at most the default connection and 10 tenants: " + most);
    }
    assertEquals(List.of(meerkat.connection()), meerkat.connections());
  }
}
