package dev.meerkat.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.ConfigurationException;
import dev.meerkat.Connection;
import dev.meerkat.ReadyState;
import dev.meerkat.internal.options.OptionsMapReader;
import dev.meerkat.micrometer.MeerkatMetrics;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Spring Boot application context on the test server: beans, options, health, meters,
 * shutdown.
 */
@MongoTest
class MeerkatAutoConfigurationTest {
  private final MongoServer server;

  MeerkatAutoConfigurationTest(MongoServer server) {
    this.server = server;
  }

  @Test
  void connectionBeanFollowsThePropertiesAndClosesWithTheContext() throws Exception {
    Connection connection;
    try (ConfigurableApplicationContext context =
        TestApplication.run(
            "meerkat.uri=" + server.uri(),
            "meerkat.options.maxPoolSize=7",
            "meerkat.options.buffer-timeout-ms=4000")) {
      connection = context.getBean(Connection.class);
      assertEquals(7, connection.options().maxPoolSize());
      assertEquals(4000L, connection.options().bufferTimeoutMS());
      connection.asFuture().get(10, TimeUnit.SECONDS);

      OrderModel orders = OrderModel.on(connection);
      Order saved = orders.create(new Order(null, "tea"));
      assertEquals("tea", orders.findById(saved.id()).orElseThrow().item());
      assertEquals(ReadyState.CONNECTED, connection.readyState());
    }
    assertEquals(ReadyState.DISCONNECTED, connection.readyState());
  }

  @Test
  void connectionConfigInterfacesBecomeBeansWithSpringResolvedPlaceholders() throws Exception {
    ShopDb shop;
    try (ConfigurableApplicationContext context = TestApplication.run("shop.uri=" + server.uri())) {
      shop = context.getBean(ShopDb.class);
      assertTrue(context.containsBean("shopDb"));
      assertEquals(server.databaseName(), shop.connection().name());
      Order saved = shop.orders().create(new Order(null, "jam"));
      assertEquals("jam", shop.orders().findById(saved.id()).orElseThrow().item());
      assertFalse(
          context.containsBean("meerkatConnection"), "no meerkat.uri, so no Connection bean");
      assertFalse(context.containsBean("meerkatHealthIndicator"));
    }
    assertEquals(ReadyState.DISCONNECTED, shop.connection().readyState());
  }

  @Test
  void healthIsUpWithReadyStateWhenThePingAnswers() throws Exception {
    try (ConfigurableApplicationContext context =
        TestApplication.run("meerkat.uri=" + server.uri())) {
      context.getBean(Connection.class).asFuture().get(10, TimeUnit.SECONDS);
      Health health = context.getBean("meerkatHealthIndicator", HealthIndicator.class).health();
      assertEquals(Status.UP, health.getStatus(), health::toString);
      assertEquals("CONNECTED", health.getDetails().get("readyState"));
      assertEquals(server.databaseName(), health.getDetails().get("database"));
    }
  }

  @Test
  void metersAreBoundToTheApplicationsRegistryAndRemovedOnShutdown() throws Exception {
    SimpleMeterRegistry registry;
    try (ConfigurableApplicationContext context =
        TestApplication.run("meerkat.uri=" + server.uri())) {
      registry = context.getBean(SimpleMeterRegistry.class);
      OrderModel orders = OrderModel.on(context.getBean(Connection.class));
      orders.findById(new ObjectId());

      assertEquals(
          1,
          registry
              .get(MeerkatMetrics.OPERATIONS)
              .tags("model", "Order", "operation", "findOne", "outcome", "success")
              .timer()
              .count());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (registry.get(MeerkatMetrics.EVENTS).tag("event", "open").counter().count() < 1) {
        assertTrue(System.nanoTime() < deadline, "the open event was never counted");
        Thread.sleep(10);
      }
      assertEquals(1, registry.get(MeerkatMetrics.EVENTS).tag("event", "open").counter().count());
    }
    assertNull(registry.find(MeerkatMetrics.OPERATIONS).timer());
  }

  @Test
  void unknownOptionFailsStartUpNamingItAndTheClosestName() {
    Exception e =
        assertThrows(
            Exception.class,
            () ->
                TestApplication.run("meerkat.uri=" + server.uri(), "meerkat.options.maxPoolSise=7")
                    .close());
    Throwable cause = e;
    while (cause != null && !(cause instanceof ConfigurationException)) {
      cause = cause.getCause();
    }
    assertNotNull(cause, () -> "no ConfigurationException in " + e);
    assertTrue(
        cause.getMessage().contains("maxPoolSise") && cause.getMessage().contains("maxPoolSize"),
        cause.getMessage());
  }

  @Test
  void everyMapOptionHasAnIdeHintAndEveryHintIsAnOption() throws Exception {
    Set<String> expected = new TreeSet<>(OptionsMapReader.names());
    expected.removeAll(
        Set.of("executor", "driverSettings", "auth")); // objects, not property values
    assertEquals(expected, Metadata.optionHints());
    assertTrue(
        Metadata.names()
            .containsAll(Set.of("meerkat.uri", "meerkat.options", "meerkat.health.ping-timeout")),
        Metadata.names()::toString);
  }
}
