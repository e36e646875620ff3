package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.connection.ConnectionPoolSettings;
import com.mongodb.event.ConnectionPoolCreatedEvent;
import com.mongodb.event.ConnectionPoolListener;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.internal.options.ClientSettingsFactory;
import dev.meerkat.internal.options.ResolvedSettings;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The pool options, from the URI and the object, as the driver's real pool reports them. */
@MongoTest
class PoolOptionsReachTheDriverTest {

  @Test
  void poolCreatedWithMergedOptions(MongoServer server) throws Exception {
    String uri = server.uri() + "?maxPoolSize=5&minPoolSize=1&maxIdleTimeMS=45000";
    ConnectionOptions options =
        ConnectionOptions.builder()
            .maxPoolSize(7)
            .maxConnecting(3)
            .waitQueueTimeoutMS(1500)
            .serverSelectionTimeoutMS(5000)
            .build();
    ResolvedSettings r = ClientSettingsFactory.resolve(uri, options);
    CompletableFuture<ConnectionPoolSettings> created = new CompletableFuture<>();
    r.settings()
        .applyToConnectionPoolSettings(
            pool ->
                pool.addConnectionPoolListener(
                    new ConnectionPoolListener() {
                      @Override
                      public void connectionPoolCreated(ConnectionPoolCreatedEvent event) {
                        created.complete(event.getSettings());
                      }
                    }));
    try (MongoClient client = MongoClients.create(r.applyDriverSettings().build())) {
      client.getDatabase(r.databaseName()).runCommand(new Document("ping", 1));
      ConnectionPoolSettings pool = created.get(10, TimeUnit.SECONDS);
      assertNotNull(pool);
      assertEquals(7, pool.getMaxSize());
      assertEquals(1, pool.getMinSize());
      assertEquals(3, pool.getMaxConnecting());
      assertEquals(1500, pool.getMaxWaitTime(TimeUnit.MILLISECONDS));
      assertEquals(45000, pool.getMaxConnectionIdleTime(TimeUnit.MILLISECONDS));
      assertEquals(7, r.effective().maxPoolSize());
      assertEquals(45000L, r.effective().maxIdleTimeMS());
    }
  }

  @Test
  void driverSettingsRunLastAndWinOverEverything(MongoServer server) {
    ConnectionOptions options =
        ConnectionOptions.builder()
            .maxPoolSize(7)
            .driverSettings(
                b ->
                    b.applyToConnectionPoolSettings(pool -> pool.maxSize(2))
                        .applicationName("meerkat-test"))
            .build();
    ResolvedSettings r = ClientSettingsFactory.resolve(server.uri(), options);
    assertEquals(7, r.settings().build().getConnectionPoolSettings().getMaxSize());
    assertEquals(2, r.applyDriverSettings().build().getConnectionPoolSettings().getMaxSize());
    assertEquals("meerkat-test", r.settings().build().getApplicationName());
  }
}
