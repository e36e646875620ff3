package dev.meerkat.it.di;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.meerkat.Connection;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Generated factories: created and closed many times, the instance keeps none of them. */
@MongoTest
class FactoryReleaseTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void fiveHundredCreateCloseCyclesLeaveOnlyTheDefaultConnection(MongoServer server) {
    int most = 0;
    for (int i = 0; i < 500; i++) {
      try (ShopDb db = ShopDbFactory.create(meerkat, server.uri(), ConnectionOptions.defaults())) {
        if (i % 50 == 0) {
          db.customers().countDocuments(dev.meerkat.Filter.empty());
        }
        most = Math.max(most, meerkat.connections().size());
      }
    }
    assertEquals(2, most, "the default connection and the factory's");
    assertEquals(List.of(meerkat.connection()), meerkat.connections());
  }

  @Test
  void aClosedFactoryConnectionIsGarbage(MongoServer server) throws Exception {
    WeakReference<Connection> ref = createUseAndClose(server);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (ref.get() != null && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(50);
    }
    assertNull(ref.get(), "a closed factory connection nobody references is garbage");
  }

  private WeakReference<Connection> createUseAndClose(MongoServer server) {
    try (ShopDb db = ShopDbFactory.create(meerkat, server.uri(), ConnectionOptions.defaults())) {
      db.customers().countDocuments(dev.meerkat.Filter.empty());
      return new WeakReference<>(db.connection());
    }
  }
}
