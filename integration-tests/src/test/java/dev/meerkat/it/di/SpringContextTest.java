package dev.meerkat.it.di;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.ReadyState;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Spring creates {@link ShopDb} with a {@code @Bean} calling the factory, and closes it with the
 * context.
 */
@MongoTest
class SpringContextTest {
  /** The application's configuration: the URI from Spring's environment, one override in code. */
  @Configuration
  static class ShopConfiguration {
    @Bean
    ShopDb shopDb(Environment environment) {
      return ShopDbFactory.create(
          environment.getRequiredProperty("shop.uri"),
          ConnectionOptions.builder().maxPoolSize(2).build());
    }
  }

  @Test
  void theContextInjectsShopDbAndClosingItClosesTheConnection(MongoServer server) throws Exception {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(new MapPropertySource("test", Map.of("shop.uri", server.uri())));
    context.register(ShopConfiguration.class);
    context.refresh();

    ShopDb db = context.getBean(ShopDb.class);
    ObjectId id = db.customers().create(new Customer(new ObjectId(), "Grace")).id();
    assertEquals("Grace", db.customers().findById(id).orElseThrow().name());
    Connection connection = db.connection();
    assertEquals(2, connection.options().maxPoolSize(), "the override wins over the declared 4");
    assertEquals(
        5000L, connection.options().serverSelectionTimeoutMS(), "declared options are kept");

    CountDownLatch closed = new CountDownLatch(1);
    connection.on(ConnectionEvent.CLOSE, event -> closed.countDown());
    context.close();
    assertEquals(ReadyState.DISCONNECTED, connection.readyState());
    assertTrue(closed.await(10, TimeUnit.SECONDS), "the CLOSE event was observed");
  }
}
