package dev.meerkat.it.di;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
import dev.meerkat.ReadyState;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Dagger injects the generated provider's {@link ShopDb}; its models work against the real server.
 */
@MongoTest
class DaggerInjectionTest {
  @AfterEach
  void clearUri() {
    System.clearProperty(ShopDb.URI_PROPERTY);
  }

  @Test
  void daggerInjectsOneShopDbWhoseModelsWorkAndTheProviderClosesIt(MongoServer server)
      throws Exception {
    System.setProperty(ShopDb.URI_PROPERTY, server.uri());
    ShopComponent component = DaggerShopComponent.create();
    CustomerService service = component.customerService();
    ObjectId id = service.register("Ada");
    assertEquals("Ada", service.nameOf(id).orElseThrow());
    assertSame(component.shopDb(), service.db(), "@Singleton: one ShopDb per component");
    assertSame(component.shopDb(), component.customerService().db());
    assertSame(component.shopDbProvider(), component.shopDbProvider());

    Connection connection = component.shopDb().connection();
    assertEquals(server.databaseName(), connection.name());
    assertEquals(4, connection.options().maxPoolSize(), "options declared on @ConnectionConfig");
    assertEquals(1L, component.shopDb().customers().countDocuments());

    component.shopDbProvider().close();
    assertEquals(ReadyState.DISCONNECTED, connection.readyState());
    IllegalStateException closed =
        assertThrows(IllegalStateException.class, () -> component.shopDbProvider().get());
    assertTrue(closed.getMessage().startsWith("ShopDbProvider is closed"), closed.getMessage());
    component.shopDbProvider().close();
  }

  @Test
  void concurrentFirstGetsShareOneInstance(MongoServer server) throws Exception {
    System.setProperty(ShopDb.URI_PROPERTY, server.uri());
    ShopDbProvider provider = DaggerShopComponent.create().shopDbProvider();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ShopDb>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return provider.get();
                }));
      }
      start.countDown();
      Set<ShopDb> instances = new HashSet<>();
      for (Future<ShopDb> result : results) {
        instances.add(result.get(10, TimeUnit.SECONDS));
      }
      assertEquals(1, instances.size(), "one ShopDb however many threads ask first");
    } finally {
      pool.shutdown();
      provider.close();
    }
  }

  @Test
  void theProviderConnectsOnlyOnFirstGet(MongoServer server) {
    ShopDbProvider provider = DaggerShopComponent.create().shopDbProvider();
    System.setProperty(ShopDb.URI_PROPERTY, server.uri());
    ShopDb db = provider.get();
    assertSame(db, provider.get());
    provider.close();
    assertEquals(ReadyState.DISCONNECTED, db.connection().readyState());
  }
}
