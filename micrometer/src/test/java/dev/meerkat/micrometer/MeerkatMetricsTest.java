package dev.meerkat.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.BufferTimeoutException;
import dev.meerkat.Connection;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.PoolStats;
import dev.meerkat.Setting;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The meters of one connection, read from a {@link SimpleMeterRegistry} while the real driver
 * works.
 */
@MongoTest
class MeerkatMetricsTest {
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private MeerkatMetrics metrics;

  MeerkatMetricsTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    if (metrics != null) {
      metrics.close();
    }
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  private static ConnectionOptions quick() {
    return ConnectionOptions.builder().serverSelectionTimeoutMS(5000).build();
  }

  @Test
  void modelOperationsAreTimedByModelOperationAndOutcome() throws Exception {
    Connection conn = meerkat.connect(server.uri(), quick()).get(10, TimeUnit.SECONDS);
    OrderModel orders = OrderModel.on(conn);
    orders.findById(new ObjectId());
    metrics = MeerkatMetrics.bind(conn, registry, Tags.of("app", "shop"));
    Order saved = orders.create(new Order(null, "tea"));
    orders.findById(saved.id());
    orders.findById(new ObjectId());
    conn.collection("raw").countDocuments();

    Timer inserts =
        registry
            .get(MeerkatMetrics.OPERATIONS)
            .tags("model", "Order", "operation", "insertOne", "outcome", "success", "app", "shop")
            .timer();
    assertEquals(1, inserts.count());
    assertTrue(inserts.totalTime(TimeUnit.NANOSECONDS) > 0);
    assertEquals(
        2,
        registry
            .get(MeerkatMetrics.OPERATIONS)
            .tags("model", "Order", "operation", "findOne", "outcome", "success")
            .timer()
            .count());
    assertEquals(
        1,
        registry
            .get(MeerkatMetrics.OPERATIONS)
            .tags("model", "none", "operation", "countDocuments", "outcome", "success")
            .timer()
            .count());
    assertEquals(0, registry.get(MeerkatMetrics.BUFFER_WAIT).timer().count());
  }

  @Test
  void poolGaugesReportPoolStatsPerServer() throws Exception {
    Connection conn = meerkat.connect(server.uri(), quick()).get(10, TimeUnit.SECONDS);
    conn.collection("raw").countDocuments();
    metrics = MeerkatMetrics.bind(conn, registry);
    Map<String, PoolStats.Server> servers = conn.poolStats().servers();
    assertEquals(1, servers.size(), servers::toString);
    String address = servers.keySet().iterator().next();
    PoolStats.Server pool = servers.get(address);
    assertTrue(pool.open() >= 1, pool::toString);

    assertEquals(
        pool.open(),
        registry.get(MeerkatMetrics.POOL_SIZE).tag("server.address", address).gauge().value());
    assertEquals(
        0,
        registry
            .get(MeerkatMetrics.POOL_CHECKED_OUT)
            .tag("server.address", address)
            .gauge()
            .value());
    assertEquals(
        pool.idle(),
        registry.get(MeerkatMetrics.POOL_IDLE).tag("server.address", address).gauge().value());
    assertEquals(
        0,
        registry
            .get(MeerkatMetrics.POOL_WAIT_QUEUE)
            .tag("server.address", address)
            .gauge()
            .value());
    assertEquals(
        pool.totalCreated(),
        registry
            .get(MeerkatMetrics.POOL_CREATED)
            .tag("server.address", address)
            .functionCounter()
            .count());
    assertEquals(
        String.valueOf(conn.id()),
        registry.get(MeerkatMetrics.POOL_SIZE).gauge().getId().getTag("connection"));
  }

  @Test
  void bufferedOperationsAreGaugedAndTheirWaitTimed() throws Exception {
    Connection conn = meerkat.createConnection();
    OrderModel orders = OrderModel.on(conn);
    metrics = MeerkatMetrics.bind(conn, registry);
    long issued = System.nanoTime();
    CompletableFuture<?> found = CompletableFuture.runAsync(() -> orders.findById(new ObjectId()));
    await(
        "the find to be buffered",
        () -> registry.get(MeerkatMetrics.BUFFERED).gauge().value() == 1);
    Thread.sleep(100);
    long beforeOpen = System.nanoTime() - issued;

    conn.openUri(server.uri(), quick()).get(10, TimeUnit.SECONDS);
    found.get(10, TimeUnit.SECONDS);
    long total = System.nanoTime() - issued;

    assertEquals(0, registry.get(MeerkatMetrics.BUFFERED).gauge().value());
    Timer wait = registry.get(MeerkatMetrics.BUFFER_WAIT).timer();
    assertEquals(1, wait.count());
    double waited = wait.totalTime(TimeUnit.NANOSECONDS);
    assertTrue(
        waited >= beforeOpen && waited <= total,
        waited + " not in [" + beforeOpen + ", " + total + "]");
    assertEquals(0, registry.get(MeerkatMetrics.BUFFER_TIMEOUTS).counter().count());
  }

  @Test
  void bufferTimeoutsAreCountedAndTaggedAsSuch() throws Exception {
    meerkat.set(Setting.BUFFER_TIMEOUT_MS, 150L);
    Connection conn = meerkat.createConnection();
    OrderModel orders = OrderModel.on(conn);
    metrics = MeerkatMetrics.bind(conn, registry);
    assertThrows(BufferTimeoutException.class, () -> orders.findById(new ObjectId()));

    await(
        "the timeout to be counted",
        () -> registry.get(MeerkatMetrics.BUFFER_TIMEOUTS).counter().count() == 1);
    assertEquals(
        1,
        registry
            .get(MeerkatMetrics.OPERATIONS)
            .tags("model", "Order", "operation", "findOne", "outcome", "buffer_timeout")
            .timer()
            .count());
    assertEquals(0, registry.get(MeerkatMetrics.BUFFERED).gauge().value());
    assertTrue(
        registry.get(MeerkatMetrics.BUFFER_WAIT).timer().totalTime(TimeUnit.MILLISECONDS) >= 150);
  }

  @Test
  void connectionEventsAreCountedAndCloseRemovesEveryMeter() throws Exception {
    Connection conn = meerkat.createConnection();
    metrics = MeerkatMetrics.bind(conn, registry);
    conn.openUri(server.uri(), quick()).get(10, TimeUnit.SECONDS);
    await(
        "open to be counted",
        () -> registry.get(MeerkatMetrics.EVENTS).tag("event", "open").counter().count() == 1);
    assertEquals(
        1, registry.get(MeerkatMetrics.EVENTS).tag("event", "connected").counter().count());
    assertEquals(0, registry.get(MeerkatMetrics.EVENTS).tag("event", "close").counter().count());
    await("pool meters to appear", () -> registry.find(MeerkatMetrics.POOL_SIZE).gauge() != null);

    conn.close().get(10, TimeUnit.SECONDS);
    await(
        "close to be counted",
        () -> registry.get(MeerkatMetrics.EVENTS).tag("event", "close").counter().count() == 1);

    metrics.close();
    assertTrue(registry.getMeters().isEmpty(), registry.getMetersAsString());
    assertNull(registry.find(MeerkatMetrics.EVENTS).counter());
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting for " + what);
      }
      Thread.sleep(10);
    }
  }
}
