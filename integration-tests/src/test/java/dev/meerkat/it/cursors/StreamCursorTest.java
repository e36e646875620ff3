package dev.meerkat.it.cursors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoCollection;
import dev.meerkat.CastException;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Query.stream()} over a result that needs more than one batch: a stream closed early
 * releases its server cursor, one read to the end leaves none, and a document of a later batch that
 * cannot be read fails the stream after the documents before it, with the cursor released on close.
 * The embedded server answers a find with the whole result in one batch, so these run where {@code
 * MONGODB_URI} (or Docker) gives a real {@code mongod}, and are skipped here.
 */
@MongoTest
class StreamCursorTest {
  private static final int COUNT = 250; // a real server's first batch holds 101

  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final CommandLog log = new CommandLog();
  private TallyModel tallies;
  private List<ObjectId> ids;

  @BeforeEach
  void open(MongoServer server) throws Exception {
    var connection =
        meerkat
            .connect(
                server.uri(),
                ConnectionOptions.builder().driverSettings(b -> b.addCommandListener(log)).build())
            .get(10, TimeUnit.SECONDS);
    tallies = TallyModel.on(connection);
    tallies.deleteMany(Filter.empty());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  /**
   * Stores {@code COUNT} tallies numbered in {@code _id} order, {@code n} a string at {@code bad}.
   */
  private void seed(int bad) {
    MongoCollection<Document> raw =
        tallies.connection().db().getCollection(tallies.collectionName());
    ids = new ArrayList<>();
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      ObjectId id = new ObjectId();
      ids.add(id);
      docs.add(new Document("_id", id).append("n", i == bad ? (Object) "x" : (Object) i));
    }
    raw.insertMany(docs);
    log.findCursors.clear();
  }

  /** The server cursor the stream's find left open; skips the test when there is none. */
  private long openCursor() {
    assertEquals(1, log.findCursors.size(), log.findCursors::toString);
    long id = log.findCursors.get(0);
    Assumptions.assumeTrue(
        id != 0,
        "the server returned the whole result in its first batch (the embedded server does):"
            + " run with MONGODB_URI for a result that needs getMore");
    return id;
  }

  /**
   * The stream of every tally by {@code _id}; a server that answers in one batch fails the find
   * itself on the bad document: the test is then skipped.
   */
  private Stream<Tally> streamOrSkip() {
    try {
      return tallies.find().sort(TallySchema.ID.asc()).stream();
    } catch (CastException e) {
      openCursor();
      throw e;
    }
  }

  @Test
  void aStreamClosedEarlyKillsItsServerCursor() {
    seed(-1);
    List<Tally> first;
    long cursor;
    try (Stream<Tally> stream = tallies.find().sort(TallySchema.ID.asc()).stream()) {
      first = stream.limit(3).toList();
      cursor = openCursor();
      assertEquals(List.of(), log.killed);
    }
    assertEquals(List.of(0, 1, 2), first.stream().map(Tally::n).toList());
    assertEquals(List.of(cursor), log.killed);
  }

  @Test
  void aStreamReadToTheEndLeavesNoServerCursor() {
    seed(-1);
    List<Tally> all;
    try (Stream<Tally> stream = tallies.find().sort(TallySchema.ID.asc()).stream()) {
      all = stream.toList();
      openCursor();
    }
    assertEquals(COUNT, all.size());
    for (int i = 0; i < COUNT; i++) {
      assertEquals(i, all.get(i).n());
    }
    assertTrue(!log.getMoreCursors.isEmpty(), "no getMore was needed");
    assertEquals(0L, log.getMoreCursors.get(log.getMoreCursors.size() - 1));
    assertEquals(List.of(), log.killed);
  }

  @Test
  void aCastFailureInALaterBatchComesAfterTheDocumentsBeforeItAndCloseKillsTheCursor() {
    int bad = 200;
    seed(bad);
    List<Integer> delivered = new ArrayList<>();
    long cursor;
    CastException e;
    try (Stream<Tally> stream = streamOrSkip()) {
      cursor = openCursor();
      Iterator<Tally> it = stream.iterator();
      e =
          assertThrows(
              CastException.class,
              () -> {
                while (it.hasNext()) {
                  delivered.add(it.next().n());
                }
              });
    }
    assertTrue(e.getMessage().contains(ids.get(bad).toHexString()), e.getMessage());
    assertEquals("n", e.path());
    // The whole first batch came before the batch holding the bad document failed to decode.
    assertTrue(delivered.size() >= 101 && delivered.size() < bad, delivered.size() + " delivered");
    for (int i = 0; i < delivered.size(); i++) {
      assertEquals(i, delivered.get(i));
    }
    assertEquals(List.of(cursor), log.killed);
  }
}
