package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.CreateCollectionOptions;
import dev.meerkat.Connection;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.ReadyState;
import dev.meerkat.testing.Capability;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import dev.meerkat.testing.RequiresCapability;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connection's database methods (buffered), syncIndexes over models, setClient, sessions. */
@MongoTest
class DatabaseOperationsTest {
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  DatabaseOperationsTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  private List<String> collections(Connection conn) {
    return conn.db().listCollectionNames().into(new ArrayList<>());
  }

  @Test
  void createAndDropAreBufferedUntilOpen() throws Exception {
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    CompletableFuture<Void> created =
        CompletableFuture.runAsync(
            () -> conn.createCollection("made", new CreateCollectionOptions()));
    Await.until(
        "createCollection queued", () -> conn.queuedOperations() == 1, Duration.ofSeconds(10));
    conn.openUri(server.uri(), BufferingTest.quick().build()).get(10, TimeUnit.SECONDS);
    created.get(10, TimeUnit.SECONDS);
    assertTrue(collections(conn).contains("made"));

    conn.dropCollection("made");
    conn.dropCollection("never-existed");
    assertFalse(collections(conn).contains("made"));

    conn.collection("other").insertOne(new Document("x", 1));
    conn.dropDatabase();
    assertFalse(collections(conn).contains("other"));
  }

  @Test
  void syncIndexesCoversEveryModel() throws Exception {
    Connection conn =
        meerkat.createConnection(server.uri(), BufferingTest.quick().autoIndex(false).build());
    conn.model(new Item.ItemSchema("Synced", Item.ItemSchema.INSTANCE.options()));
    conn.asFuture().get(10, TimeUnit.SECONDS);
    Map<String, List<String>> dropped = conn.syncIndexes();
    assertEquals(List.of("Synced"), List.copyOf(dropped.keySet()));
    List<String> names =
        conn.model("Synced").listIndexes().stream().map(d -> d.getString("name")).toList();
    assertTrue(names.contains("name_1"), names.toString());
  }

  @Test
  void setClientOpensTheConnectionOnTheGivenClientAndCloseClosesIt() throws Exception {
    MongoClient client = MongoClients.create(server.uri());
    Connection conn = meerkat.createConnection();
    Events events = Events.on(conn);
    assertSame(conn, conn.setClient(client));
    conn.asFuture().get(10, TimeUnit.SECONDS);
    assertEquals(ReadyState.CONNECTED, conn.readyState());
    assertSame(client, conn.client());
    assertEquals(0L, conn.collection("given").countDocuments());
    conn.close().get(10, TimeUnit.SECONDS);
    events.await(ConnectionEvent.CLOSE, 1, Duration.ofSeconds(5));
    assertEquals(
        List.of(
            ConnectionEvent.CONNECTING,
            ConnectionEvent.CONNECTED,
            ConnectionEvent.OPEN,
            ConnectionEvent.DISCONNECTING,
            ConnectionEvent.DISCONNECTED,
            ConnectionEvent.CLOSE),
        events.names());
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class,
        () -> client.getDatabase("x").getCollection("y").countDocuments());
  }

  @Test
  @RequiresCapability(Capability.SESSIONS)
  void startSessionWaitsForTheConnection() throws Exception {
    Connection conn = meerkat.createConnection(server.uri(), BufferingTest.quick().build());
    try (var session = conn.startSession()) {
      assertTrue(session.getServerSession() != null);
    }
  }
}
