package dev.meerkat.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.meerkat.Connection;
import dev.meerkat.ReadyState;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application starts while the server is down: start-up does not wait for it, operations are
 * buffered, health says DOWN, and everything runs once the server is back.
 */
@MongoTest(isolated = true)
class StartWhileServerDownTest {
  private final MongoServer server;

  StartWhileServerDownTest(MongoServer server) {
    this.server = server;
  }

  @Test
  void startsWithoutTheServerBuffersThenRunsWhenItComesUp() throws Exception {
    String uri = server.uri();
    server.stop();
    try (ConfigurableApplicationContext context =
        TestApplication.run(
            "meerkat.uri=" + uri,
            "meerkat.options.serverSelectionTimeoutMS=60000",
            "meerkat.options.bufferTimeoutMS=60000",
            "meerkat.options.heartbeatFrequencyMS=500")) {
      Connection connection = context.getBean(Connection.class);
      assertNotEquals(
          ReadyState.CONNECTED,
          connection.readyState(),
          "start-up waited for a server that is down");
      HealthIndicator health = context.getBean("meerkatHealthIndicator", HealthIndicator.class);
      Health down = health.health();
      assertEquals(Status.DOWN, down.getStatus(), down::toString);
      assertEquals(connection.readyState().name(), down.getDetails().get("readyState"));

      OrderModel orders = OrderModel.on(connection);
      CompletableFuture<Optional<Order>> found =
          CompletableFuture.supplyAsync(() -> orders.findById(new ObjectId()));
      Thread.sleep(300);
      assertFalse(found.isDone(), "the find ran while the server was down");

      server.start();
      assertEquals(Optional.empty(), found.get(20, TimeUnit.SECONDS));
      assertEquals(ReadyState.CONNECTED, connection.readyState());
      assertEquals(Status.UP, health.health().getStatus());
    }
  }
}
