package dev.meerkat.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** A live client loses an isolated server on stop() and recovers after start() on the same port. */
@MongoTest(isolated = true)
@RequiresCapability(Capability.STOP_START)
class StopStartTest {

  private final MongoServer server;

  StopStartTest(MongoServer server) {
    this.server = server;
  }

  static MongoClient quickClient(MongoServer server) {
    return MongoClients.create(
        MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(server.uri()))
            .applyToClusterSettings(b -> b.serverSelectionTimeout(2, TimeUnit.SECONDS))
            .build());
  }

  @Test
  void clientRecoversAfterRestartOnSamePort() {
    int port = server.port();
    try (MongoClient client = quickClient(server)) {
      MongoCollection<Document> events =
          client.getDatabase(server.databaseName()).getCollection("events");
      events.insertOne(new Document("step", "before stop"));

      server.stop();
      assertFalse(server.isRunning());
      assertThrows(
          MongoException.class, () -> events.insertOne(new Document("step", "while stopped")));

      server.start();
      assertTrue(server.isRunning());
      assertEquals(port, server.port());
      events.insertOne(new Document("step", "after restart"));

      assertEquals(1, events.countDocuments(new Document("step", "after restart")));
      assertEquals(0, events.countDocuments(new Document("step", "while stopped")));
      if (server.kind() == ServerKind.EMBEDDED) {
        // In memory, as measured: a restarted embedded server starts empty.
        assertEquals(0, events.countDocuments(new Document("step", "before stop")));
      }
    }
  }

  @Test
  void stopAndStartAreIdempotent() {
    server.stop();
    server.stop();
    server.start();
    server.start();
    assertTrue(server.isRunning());
    try (MongoClient client = quickClient(server)) {
      client
          .getDatabase(server.databaseName())
          .getCollection("c")
          .insertOne(new Document("ok", true));
    }
  }
}
