package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.WriteConcern;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Setting;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** connection.collection(...): the driver's API, buffered; and debug logging of what runs. */
@MongoTest
class BufferedCollectionTest {
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  BufferedCollectionTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  @Test
  void variantsIterablesAndIndexesAllWaitForTheConnection() throws Exception {
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    var raw = conn.collection("mixed");
    assertEquals("mixed", raw.getNamespace().getCollectionName(), "answers at once");
    var acknowledged = raw.withWriteConcern(WriteConcern.W1);

    CompletableFuture<List<Document>> done =
        CompletableFuture.supplyAsync(
            () -> {
              acknowledged.insertMany(
                  List.of(new Document("n", 2), new Document("n", 1), new Document("n", 3)));
              raw.createIndex(Indexes.ascending("n"));
              return raw.aggregate(
                      List.of(
                          Aggregates.match(Filters.gte("n", 2)),
                          Aggregates.sort(Sorts.ascending("n"))))
                  .into(new ArrayList<>());
            });
    Await.until(
        "the insert to be queued", () -> conn.queuedOperations() == 1, Duration.ofSeconds(10));
    assertFalse(done.isDone());

    conn.openUri(server.uri(), BufferingTest.quick().build()).get(10, TimeUnit.SECONDS);

    assertEquals(
        List.of(2, 3),
        done.get(10, TimeUnit.SECONDS).stream().map(d -> d.getInteger("n")).toList());
    var found = raw.find(Filters.gt("n", 1)).sort(Sorts.descending("n")).limit(1).first();
    assertEquals(3, found.getInteger("n"));
    assertTrue(
        raw.listIndexes().map(d -> d.getString("name")).into(new ArrayList<>()).contains("n_1"));
    assertEquals(3L, raw.estimatedDocumentCount());
    assertEquals(
        List.of(1, 2, 3),
        raw.distinct("n", Integer.class).into(new ArrayList<>()).stream().sorted().toList());
  }

  @Test
  void debugLogsEachCommandThroughTheDebugLogger() throws Exception {
    meerkat.set(Setting.DEBUG, true);
    var conn = meerkat.createConnection(server.uri(), BufferingTest.quick().build());
    conn.asFuture().get(10, TimeUnit.SECONDS);
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      conn.collection("debugged").countDocuments(Filters.eq("name", "ada"));
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("dev.meerkat.debug") && log.contains("debugged"), log);
  }
}
