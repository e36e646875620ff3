package dev.meerkat.internal.connection;

import static dev.meerkat.ConnectionEvent.CONNECTED;
import static dev.meerkat.ConnectionEvent.CONNECTING;
import static dev.meerkat.ConnectionEvent.DISCONNECTED;
import static dev.meerkat.ConnectionEvent.OPEN;
import static dev.meerkat.ConnectionEvent.RECONNECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.WriteOutcomeUnknownException;
import dev.meerkat.testing.Capability;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import dev.meerkat.testing.RequiresCapability;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server that goes away mid-operation and comes back: fast recovery, one event each way, no false
 * success.
 */
@MongoTest(persistent = true)
@RequiresCapability(Capability.STOP_START)
class OutageTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  OutageTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    server.start();
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  private Document stored(String collection, Object id) {
    try (MongoClient client = MongoClients.create(server.uri())) {
      return client
          .getDatabase(server.databaseName())
          .getCollection(collection)
          .find(Filters.eq("_id", id))
          .first();
    }
  }

  @Test
  void withTheDefaultHeartbeatRecoveryIsSeenSoonAfterTheServerAnswers() throws Exception {
    // Default heartbeatFrequencyMS (10 s): only a re-check asked for while operations wait makes
    // this fast.
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    Events events = Events.on(conn);
    conn.openUri(server.uri(), ConnectionOptions.builder().serverSelectionTimeoutMS(2000).build())
        .get(10, TimeUnit.SECONDS);
    var c = conn.collection("recovery");
    c.insertOne(new Document("_id", "before"));

    server.stop();
    // The first operation meets the dead socket; the driver marks the server unknown.
    assertThrows(RuntimeException.class, () -> c.insertOne(new Document("_id", "cut")));
    events.await(DISCONNECTED, 1, WAIT);
    CompletableFuture<Void> waiting =
        CompletableFuture.runAsync(() -> c.insertOne(new Document("_id", "waiting")));
    Await.until("the insert to be buffered", () -> conn.queuedOperations() == 1, WAIT);
    Thread.sleep(1000);
    assertFalse(waiting.isDone());

    long restarted = System.nanoTime();
    server.start();
    waiting.get(15, TimeUnit.SECONDS);
    long recoveredMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted);
    // Goal about 0.5 s (the driver's minHeartbeatFrequencyMS); the upper bound leaves room for a
    // loaded machine.
    assertTrue(recoveredMs < 2500, "recovered " + recoveredMs + " ms after the server was back");
    events.await(CONNECTED, 2, WAIT);
    Thread.sleep(500);
    assertEquals(
        List.of(CONNECTING, CONNECTED, OPEN, DISCONNECTED, RECONNECTED, CONNECTED), events.names());
  }

  @Test
  void aCallerChosenIdHeldByAnotherDocumentIsNeverReportedAsCreated() throws Exception {
    ObjectId id = new ObjectId();
    try (MongoClient client = MongoClients.create(server.uri())) {
      client
          .getDatabase(server.databaseName())
          .getCollection("chosens")
          .insertOne(new Document("_id", id).append("name", "other"));
    }
    OneShotBlock block = new OneShotBlock("insert", "chosens");
    DefaultConnection conn =
        (DefaultConnection)
            meerkat.createConnection(
                server.uri(),
                ConnectionOptions.builder()
                    .serverSelectionTimeoutMS(2000)
                    .heartbeatFrequencyMS(500)
                    .driverSettings(b -> b.addCommandListener(block))
                    .build());
    conn.asFuture().get(10, TimeUnit.SECONDS);
    Model<Item> items =
        conn.model(new Item.ItemSchema("Chosen", Item.ItemSchema.INSTANCE.options()));
    items.init();

    CompletableFuture<Item> created =
        CompletableFuture.supplyAsync(() -> items.create(new Item(id, "mine")));
    block.awaitHolding();
    server.stop();
    block.release();
    Thread.sleep(300);
    server.start();

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> created.get(20, TimeUnit.SECONDS));
    assertInstanceOf(WriteOutcomeUnknownException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains(id.toHexString()), e.getCause().getMessage());
    assertEquals("other", stored("chosens", id).getString("name"));
  }

  @Test
  void aCallerChosenIdCutByTheStopIsInsertedOnceAndReportedAsCreated() throws Exception {
    ObjectId id = new ObjectId();
    OneShotBlock block = new OneShotBlock("insert", "freechosens");
    DefaultConnection conn =
        (DefaultConnection)
            meerkat.createConnection(
                server.uri(),
                ConnectionOptions.builder()
                    .serverSelectionTimeoutMS(2000)
                    .heartbeatFrequencyMS(500)
                    .driverSettings(b -> b.addCommandListener(block))
                    .build());
    conn.asFuture().get(10, TimeUnit.SECONDS);
    Model<Item> items =
        conn.model(new Item.ItemSchema("Freechosen", Item.ItemSchema.INSTANCE.options()));
    items.init();

    CompletableFuture<Item> created = items.async().create(new Item(id, "mine"));
    block.awaitHolding();
    server.stop();
    block.release();
    Thread.sleep(300);
    server.start();

    assertEquals(id, created.get(20, TimeUnit.SECONDS).id());
    assertEquals("mine", stored("freechosens", id).getString("name"));
  }
}
