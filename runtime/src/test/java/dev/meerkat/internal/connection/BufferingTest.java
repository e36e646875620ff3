package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import dev.meerkat.BufferTimeoutException;
import dev.meerkat.ConnectionClosedException;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.NotConnectedException;
import dev.meerkat.ReadyState;
import dev.meerkat.ServerSelectionException;
import dev.meerkat.Setting;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Operations issued before the connection is open: buffered in order, bounded, or refused. */
@MongoTest
class BufferingTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final ExecutorService callers = Executors.newCachedThreadPool();

  BufferingTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    callers.shutdownNow();
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  static ConnectionOptions.Builder quick() {
    return ConnectionOptions.builder().serverSelectionTimeoutMS(2000).heartbeatFrequencyMS(500);
  }

  private void seed(String collection, Document... documents) {
    try (MongoClient client = MongoClients.create(server.uri())) {
      var c = client.getDatabase(server.databaseName()).getCollection(collection);
      c.drop();
      c.insertMany(List.of(documents));
    }
  }

  @Test
  void findIssuedBeforeConnectRunsOnceOpen() throws Exception {
    seed("before", new Document("_id", "a").append("n", 1));
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    CompletableFuture<Document> found =
        CompletableFuture.supplyAsync(
            () -> conn.collection("before").find(Filters.eq("_id", "a")).first(), callers);
    Await.until("the find to be queued", () -> conn.queuedOperations() == 1, WAIT);
    assertFalse(found.isDone());
    assertEquals(ReadyState.DISCONNECTED, conn.readyState());

    conn.openUri(server.uri(), quick().build()).get(10, TimeUnit.SECONDS);

    assertEquals(1, found.get(10, TimeUnit.SECONDS).getInteger("n"));
  }

  @Test
  void bufferedOperationsAreSentInTheOrderIssued() throws Exception {
    // On open the whole buffer is handed to the driver at once (as Mongoose does), in issue order:
    // with one pool connection, the commands reach the server in that order.
    seed("ordered", new Document("_id", 0));
    List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
    com.mongodb.event.CommandListener recorder =
        new com.mongodb.event.CommandListener() {
          @Override
          public void commandStarted(com.mongodb.event.CommandStartedEvent event) {
            var target = event.getCommand().get(event.getCommandName());
            if (target != null
                && target.isString()
                && target.asString().getValue().equals("ordered")) {
              sent.add(event.getCommandName());
            }
          }
        };
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    var items = conn.collection("ordered");
    List<CompletableFuture<?>> issued = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      int n = i;
      issued.add(
          CompletableFuture.runAsync(() -> items.insertOne(new Document("_id", n)), callers));
      Await.until("insert " + n + " queued", () -> conn.queuedOperations() == n, WAIT);
    }
    CompletableFuture<Long> count =
        CompletableFuture.supplyAsync(() -> items.countDocuments(), callers);
    Await.until("count queued", () -> conn.queuedOperations() == 4, WAIT);

    conn.openUri(
            server.uri(),
            quick().maxPoolSize(1).driverSettings(b -> b.addCommandListener(recorder)).build())
        .get(10, TimeUnit.SECONDS);

    for (CompletableFuture<?> f : issued) {
      f.get(10, TimeUnit.SECONDS);
    }
    assertEquals(
        4L,
        count.get(10, TimeUnit.SECONDS),
        "the count ran after the three inserts issued before it");
    assertEquals(List.of("insert", "insert", "insert", "aggregate"), sent);
    List<Object> ids =
        items.find().into(new ArrayList<>()).stream().map(d -> d.get("_id")).toList();
    assertEquals(List.of(0, 1, 2, 3), ids);
  }

  @Test
  void asyncModelOperationsReturnAtOnceAndRunOnOpen() throws Exception {
    // Both are handed to the driver together on open (in issue order, concurrently, as Mongoose
    // does):
    // the find may or may not see the create, which is why the test only waits for both.
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    Model<Item> items =
        conn.model(new Item.ItemSchema("AsyncItem", Item.ItemSchema.INSTANCE.options()));
    CompletableFuture<Item> created = items.async().create(new Item(null, "ada"));
    CompletableFuture<Optional<Item>> found =
        items.async().findOne(Filter.raw(Filters.eq("name", "ada")));
    assertFalse(created.isDone());
    assertFalse(found.isDone());

    conn.openUri(server.uri(), quick().build());

    assertEquals("ada", created.get(10, TimeUnit.SECONDS).name());
    found.get(10, TimeUnit.SECONDS).ifPresent(item -> assertEquals("ada", item.name()));
    assertEquals(
        "ada",
        items
            .async()
            .findOne(Filter.raw(Filters.eq("name", "ada")))
            .get(10, TimeUnit.SECONDS)
            .orElseThrow()
            .name());
  }

  @Test
  void bufferCommandsOffFailsAtOnceWithAHint() {
    var conn = meerkat.createConnection(server.uri(), quick().bufferCommands(false).build());
    NotConnectedException e =
        assertThrows(NotConnectedException.class, () -> conn.collection("users").countDocuments());
    assertTrue(e.getMessage().contains("users.countDocuments()"), e.getMessage());
    assertTrue(
        e.getMessage().contains("asFuture()") && e.getMessage().contains("bufferCommands"),
        e.getMessage());
  }

  @Test
  void bufferCommandsFollowsSchemaThenConnectionThenGlobal() throws Exception {
    meerkat.set(Setting.BUFFER_COMMANDS, false);
    var byGlobal = meerkat.createConnection();
    assertThrows(NotConnectedException.class, () -> byGlobal.collection("c").countDocuments());

    var byConnection = meerkat.createConnection();
    byConnection.openUri(
        "mongodb://127.0.0.1:1/x",
        quick().bufferCommands(true).serverSelectionTimeoutMS(100).build());
    CompletableFuture<Long> buffered =
        CompletableFuture.supplyAsync(() -> byConnection.collection("c").countDocuments(), callers);
    Await.until(
        "buffered by the connection option",
        () -> ((DefaultConnection) byConnection).queuedOperations() == 1,
        WAIT);
    assertFalse(buffered.isDone());

    Model<Item> schemaOn = byGlobal.model(Item.ItemSchema.bufferCommands(true));
    CompletableFuture<Long> bufferedBySchema = schemaOn.async().countDocuments(Filter.empty());
    assertFalse(bufferedBySchema.isDone());

    var connectionOn = meerkat.createConnection();
    connectionOn.openUri(
        "mongodb://127.0.0.1:1/x",
        quick().bufferCommands(true).serverSelectionTimeoutMS(100).build());
    Model<Item> schemaOff = connectionOn.model(Item.ItemSchema.bufferCommands(false));
    assertThrows(NotConnectedException.class, () -> schemaOff.countDocuments());
  }

  @Test
  void bufferedCallTimesOutAtBufferTimeoutMS() {
    var conn = meerkat.createConnection();
    conn.openUri(
        "mongodb://127.0.0.1:1/x",
        quick().bufferTimeoutMS(300).serverSelectionTimeoutMS(100).build());
    long start = System.nanoTime();
    BufferTimeoutException e =
        assertThrows(BufferTimeoutException.class, () -> conn.collection("users").find().first());
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals("Operation `users.find()` buffering timed out after 300ms", e.getMessage());
    assertTrue(elapsedMs >= 290, "timed out after " + elapsedMs + " ms");
    assertInstanceOf(
        ServerSelectionException.class, e.getCause(), "carries the last connection error");
  }

  @Test
  void globalBufferTimeoutApplies() {
    meerkat.set(Setting.BUFFER_TIMEOUT_MS, 200);
    var conn = meerkat.createConnection();
    BufferTimeoutException e =
        assertThrows(BufferTimeoutException.class, () -> conn.collection("c").countDocuments());
    assertEquals("Operation `c.countDocuments()` buffering timed out after 200ms", e.getMessage());
  }

  @Test
  void modelInitRunsBeforeBufferedOperationsAndAgainAfterReopen() throws Exception {
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    Model<Item> items =
        conn.model(new Item.ItemSchema("Indexed", Item.ItemSchema.INSTANCE.options()));
    CompletableFuture<Long> count = items.async().countDocuments(Filter.empty());
    conn.openUri(server.uri(), quick().build()).get(10, TimeUnit.SECONDS);
    assertEquals(0L, count.get(10, TimeUnit.SECONDS));
    assertTrue(
        indexNames(items).contains("name_1"),
        "autoIndex built the declared index: " + indexNames(items));

    conn.close().get(10, TimeUnit.SECONDS);
    try (MongoClient client = MongoClients.create(server.uri())) {
      client.getDatabase(server.databaseName()).getCollection("indexeds").drop();
    }
    conn.openUri(server.uri(), quick().build()).get(10, TimeUnit.SECONDS);
    items.init();
    assertTrue(indexNames(items).contains("name_1"), "init ran again after reopening");
  }

  private static List<String> indexNames(Model<Item> items) {
    return items.listIndexes().stream().map(d -> d.getString("name")).toList();
  }

  @Test
  void aFailedInitFailsTheWaitingOperationAndIsReportedAsAnError() throws Exception {
    try (MongoClient client = MongoClients.create(server.uri())) {
      var c = client.getDatabase(server.databaseName()).getCollection("conflicts");
      c.drop();
      c.createIndex(
          new Document("name", 1),
          new com.mongodb.client.model.IndexOptions().name("name_1").unique(true));
    }
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    Events events = Events.on(conn);
    Model<Item> items =
        conn.model(new Item.ItemSchema("Conflict", Item.ItemSchema.INSTANCE.options()));
    CompletableFuture<Long> waiting = items.async().countDocuments(Filter.empty());
    conn.openUri(server.uri(), quick().build()).get(10, TimeUnit.SECONDS);
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> waiting.get(10, TimeUnit.SECONDS));
    assertInstanceOf(com.mongodb.MongoCommandException.class, e.getCause());
    events.await(dev.meerkat.ConnectionEvent.ERROR, 1, WAIT);
    assertTrue(
        events.all().stream()
            .anyMatch(
                d ->
                    d.event() == dev.meerkat.ConnectionEvent.ERROR
                        && d.detail().contains("Conflict")),
        events.names().toString());
    assertEquals(0L, items.countDocuments(), "later operations run");
  }

  @Test
  void autoIndexOffSkipsIndexes() throws Exception {
    var conn = meerkat.createConnection(server.uri(), quick().autoIndex(false).build());
    Model<Item> items =
        conn.model(new Item.ItemSchema("Unindexed", Item.ItemSchema.INSTANCE.options()));
    items.create(new Item(null, "x"));
    assertFalse(indexNames(items).contains("name_1"), "autoIndex off: " + indexNames(items));
  }

  @Test
  void forceCloseFailsQueuedAndLaterOperationsUntilReopened() throws Exception {
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    Model<Item> items =
        conn.model(new Item.ItemSchema("Forced", Item.ItemSchema.INSTANCE.options()));
    CompletableFuture<Long> queued = items.async().countDocuments(Filter.empty());
    conn.close(true).get(10, TimeUnit.SECONDS);

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> queued.get(10, TimeUnit.SECONDS));
    assertInstanceOf(ConnectionClosedException.class, e.getCause());
    assertThrows(ConnectionClosedException.class, () -> items.countDocuments());

    conn.openUri(server.uri(), quick().build()).get(10, TimeUnit.SECONDS);
    assertEquals(0L, items.countDocuments());
  }
}
