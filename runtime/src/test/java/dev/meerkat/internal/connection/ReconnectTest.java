package dev.meerkat.internal.connection;

import static dev.meerkat.ConnectionEvent.CLOSE;
import static dev.meerkat.ConnectionEvent.CONNECTED;
import static dev.meerkat.ConnectionEvent.CONNECTING;
import static dev.meerkat.ConnectionEvent.DISCONNECTED;
import static dev.meerkat.ConnectionEvent.DISCONNECTING;
import static dev.meerkat.ConnectionEvent.OPEN;
import static dev.meerkat.ConnectionEvent.RECONNECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import dev.meerkat.Connection;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.ReadyState;
import dev.meerkat.testing.Capability;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import dev.meerkat.testing.RequiresCapability;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server that stops and comes back on the same port, keeping its data (persistent embedded mode).
 */
@MongoTest(persistent = true)
@RequiresCapability(Capability.STOP_START)
class ReconnectTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  ReconnectTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    server.start();
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  private static ConnectionOptions options() {
    return ConnectionOptions.builder()
        .serverSelectionTimeoutMS(2000)
        .heartbeatFrequencyMS(500)
        .bufferTimeoutMS(15_000)
        .build();
  }

  @Test
  void stopAndRestartEmitDisconnectedThenReconnectedAndConnectedOnceEach() throws Exception {
    Connection conn = meerkat.createConnection();
    Events events = Events.on(conn);
    conn.openUri(server.uri(), options()).get(10, TimeUnit.SECONDS);

    server.stop();
    events.await(DISCONNECTED, 1, WAIT);
    assertEquals(ReadyState.DISCONNECTED, conn.readyState());
    assertNotNull(events.all().get(3).detail(), "names the lost server");

    server.start();
    events.await(CONNECTED, 2, WAIT);
    assertEquals(ReadyState.CONNECTED, conn.readyState());
    Thread.sleep(1500); // a few heartbeats: nothing more may arrive
    assertEquals(
        List.of(CONNECTING, CONNECTED, OPEN, DISCONNECTED, RECONNECTED, CONNECTED), events.names());

    conn.close().get(10, TimeUnit.SECONDS);
    assertEquals(
        List.of(
            CONNECTING,
            CONNECTED,
            OPEN,
            DISCONNECTED,
            RECONNECTED,
            CONNECTED,
            DISCONNECTING,
            DISCONNECTED,
            CLOSE),
        events.names());
  }

  @Test
  void anOperationIssuedDuringTheOutageCompletesAfterTheRestart() throws Exception {
    Connection conn = meerkat.createConnection();
    Events events = Events.on(conn);
    conn.openUri(server.uri(), options()).get(10, TimeUnit.SECONDS);
    var outage = conn.collection("outage");
    outage.insertOne(new Document("_id", "before"));

    server.stop();
    events.await(DISCONNECTED, 1, WAIT);
    CompletableFuture<Void> during =
        CompletableFuture.runAsync(() -> outage.insertOne(new Document("_id", "during")));
    Await.until(
        "the insert to be buffered",
        () -> ((DefaultConnection) conn).queuedOperations() == 1,
        WAIT);
    assertFalse(during.isDone());

    server.start();
    during.get(15, TimeUnit.SECONDS);
    assertEquals(
        2,
        outage.countDocuments(),
        "the write before the stop was kept and the buffered one applied once");
  }

  @Test
  void anInsertCutByTheStopIsRetriedOnceAfterTheRestartNotLostNorDoubled() throws Exception {
    Connection conn = meerkat.createConnection();
    Events events = Events.on(conn);
    conn.openUri(server.uri(), options()).get(10, TimeUnit.SECONDS);
    Model<Item> items = conn.model(new Item.ItemSchema("Safe", Item.ItemSchema.INSTANCE.options()));
    items.create(new Item(null, "first"));

    server.stop();
    // The connection has not noticed yet (no heartbeat since): the insert goes to the dead socket,
    // fails with a network error, and the model retries it through the gateway, which now buffers.
    CompletableFuture<Item> cut =
        CompletableFuture.supplyAsync(() -> items.create(new Item(null, "cut")));
    events.await(DISCONNECTED, 1, WAIT);
    Thread.sleep(300);
    server.start();
    Item stored = cut.get(20, TimeUnit.SECONDS);

    try (MongoClient client = MongoClients.create(server.uri())) {
      var raw = client.getDatabase(server.databaseName()).getCollection("safes");
      assertEquals(1, raw.countDocuments(Filters.eq("_id", stored.id())), "applied exactly once");
      assertEquals(2, raw.countDocuments(), "the write before the stop is still there");
    }
  }
}
