package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.WriteOutcomeUnknownException;
import dev.meerkat.testing.Capability;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import dev.meerkat.testing.RequiresCapability;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code insertMany} is ordered: the server stops at the first failing document and stores none
 * after it. When the first attempt is cut by a network error, the retry keeps that contract: what
 * the first attempt stored is a prefix of the batch, which the retry recognises and skips, and the
 * rest is inserted in order, so a document after a failing one is never stored (a caller that then
 * re-sends the tail would store it twice) and every error names its index in the caller's batch.
 */
@MongoTest(persistent = true)
@RequiresCapability(Capability.STOP_START)
class OrderedBatchRetryTest {
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  OrderedBatchRetryTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    server.start();
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  @Test
  void aDocumentAfterADuplicateIsNotStored() throws Exception {
    ObjectId held = new ObjectId();
    store("firsts", new Item(held, "other"));

    Throwable e =
        cutFirstAttempt(
            "First", List.of(new Item(null, "a"), new Item(held, "mine"), new Item(null, "c")));

    MongoBulkWriteException bulk = assertInstanceOf(MongoBulkWriteException.class, e);
    assertEquals(1, bulk.getWriteErrors().size(), bulk.getMessage());
    assertEquals(1, bulk.getWriteErrors().get(0).getIndex());
    assertEquals(List.of("other", "a"), names("firsts"));
  }

  @Test
  void aStoredPrefixIsRecognisedAndTheRestInsertedInOrder() throws Exception {
    Item a = new Item(new ObjectId(), "a");
    Item b = new Item(new ObjectId(), "b");
    // What a first attempt that landed its first two documents leaves behind.
    store("prefixs", a, b);

    List<Item> created =
        cutFirstAttemptAndSucceed(
            "Prefix", List.of(a, b, new Item(new ObjectId(), "c"), new Item(null, "d")));

    assertEquals(List.of("a", "b", "c", "d"), created.stream().map(Item::name).toList());
    created.forEach(item -> assertNotNull(item.id()));
    assertEquals(List.of("a", "b", "c", "d"), names("prefixs"));
  }

  @Test
  void anErrorInTheRestNamesItsIndexInTheCallersBatch() throws Exception {
    Item a = new Item(new ObjectId(), "a");
    ObjectId held = new ObjectId();
    store("indexs", a, new Item(held, "other"));

    Throwable e =
        cutFirstAttempt(
            "Index", List.of(a, new Item(null, "b"), new Item(held, "mine"), new Item(null, "d")));

    MongoBulkWriteException bulk = assertInstanceOf(MongoBulkWriteException.class, e);
    assertEquals(1, bulk.getWriteErrors().size(), bulk.getMessage());
    assertEquals(2, bulk.getWriteErrors().get(0).getIndex());
    assertEquals(List.of("a", "other", "b"), names("indexs"));
    // The result covers the whole batch: the stored prefix first (the counts are the server's, and
    // the embedded server's differ from mongod's for an ordered insert that fails midway).
    var first = bulk.getWriteResult().getInserts().get(0);
    assertEquals(0, first.getIndex());
    assertEquals(a.id(), first.getId().asObjectId().getValue());
    MongoBulkWriteException ofTheRest =
        assertInstanceOf(MongoBulkWriteException.class, e.getCause());
    assertEquals(1, ofTheRest.getWriteErrors().get(0).getIndex());
  }

  @Test
  void aDifferentDocumentRightAfterTheStoredPrefixMakesTheOutcomeUnknown() throws Exception {
    Item a = new Item(new ObjectId(), "a");
    ObjectId held = new ObjectId();
    store("unknowns", a, new Item(held, "other"));

    Throwable e =
        cutFirstAttempt("Unknown", List.of(a, new Item(held, "mine"), new Item(null, "c")));

    assertInstanceOf(WriteOutcomeUnknownException.class, e);
    assertTrue(e.getMessage().contains(held.toHexString()), e.getMessage());
    assertTrue(e.getMessage().contains("index 1"), e.getMessage());
    assertEquals(List.of("a", "other"), names("unknowns"));
  }

  @Test
  void aFirstAttemptLandingWhileTheRetryRunsIsPassedOverNotReportedAsADuplicate() throws Exception {
    Item a = new Item(new ObjectId(), "a");
    AtomicBoolean landed = new AtomicBoolean();
    // The first attempt, still running on the server (as after a read timeout), stores its first
    // document just after the retry looked for it.
    CommandListener lateLanding =
        new CommandListener() {
          @Override
          public void commandSucceeded(CommandSucceededEvent event) {
            if (event.getCommandName().equals("find") && landed.compareAndSet(false, true)) {
              store("lates", a);
            }
          }
        };
    List<Item> created =
        insertCut("Late", List.of(a, new Item(null, "b"), new Item(null, "c")), lateLanding)
            .get(20, TimeUnit.SECONDS);
    assertTrue(landed.get());
    assertEquals(List.of("a", "b", "c"), created.stream().map(Item::name).toList());
    assertEquals(List.of("a", "b", "c"), names("lates"));
  }

  /** Inserts {@code items} the way another writer (or a landed first attempt) would. */
  private void store(String collection, Item... items) {
    try (MongoClient client = MongoClients.create(server.uri())) {
      MongoCollection<Document> c =
          client.getDatabase(server.databaseName()).getCollection(collection);
      for (Item item : items) {
        c.insertOne(new Document("_id", item.id()).append("name", item.name()));
      }
    }
  }

  /** The names stored in {@code collection}, in insertion order. */
  private List<String> names(String collection) {
    try (MongoClient client = MongoClients.create(server.uri())) {
      return client
          .getDatabase(server.databaseName())
          .getCollection(collection)
          .find(Filters.empty())
          .map(d -> d.getString("name"))
          .into(new java.util.ArrayList<>());
    }
  }

  private Throwable cutFirstAttempt(String model, List<Item> batch) throws Exception {
    CompletableFuture<List<Item>> inserted = insertCut(model, batch);
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> inserted.get(20, TimeUnit.SECONDS));
    return e.getCause();
  }

  private List<Item> cutFirstAttemptAndSucceed(String model, List<Item> batch) throws Exception {
    return insertCut(model, batch).get(20, TimeUnit.SECONDS);
  }

  /**
   * {@code insertMany(batch)} on a new model, its first attempt cut by a server stop while the
   * command is on its way (so that it fails with a network error and is retried).
   */
  private CompletableFuture<List<Item>> insertCut(String model, List<Item> batch) throws Exception {
    return insertCut(model, batch, new CommandListener() {});
  }

  private CompletableFuture<List<Item>> insertCut(
      String model, List<Item> batch, CommandListener alsoListening) throws Exception {
    String collection = model.toLowerCase(java.util.Locale.ROOT) + "s";
    OneShotBlock block = new OneShotBlock("insert", collection);
    DefaultConnection conn =
        (DefaultConnection)
            meerkat.createConnection(
                server.uri(),
                ConnectionOptions.builder()
                    .serverSelectionTimeoutMS(2000)
                    .heartbeatFrequencyMS(500)
                    .driverSettings(
                        b -> b.addCommandListener(block).addCommandListener(alsoListening))
                    .build());
    conn.asFuture().get(10, TimeUnit.SECONDS);
    Model<Item> items = conn.model(new Item.ItemSchema(model, Item.ItemSchema.INSTANCE.options()));
    items.init();
    CompletableFuture<List<Item>> inserted =
        CompletableFuture.supplyAsync(() -> items.insertMany(batch));
    block.awaitHolding();
    server.stop();
    block.release();
    Thread.sleep(300);
    server.start();
    return inserted;
  }
}
