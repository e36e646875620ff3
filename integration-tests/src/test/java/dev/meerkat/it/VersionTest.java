package dev.meerkat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.VersionConflictException;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @Version}: Mongoose's optimistic concurrency through {@code __v}, for records and classes.
 */
@MongoTest
class VersionTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final SentCommands sent = new SentCommands();
  private Connection conn;
  private AccountModel accounts;

  @BeforeEach
  void open(MongoServer server) {
    conn = meerkat.connect(server.uri(), sent.options()).join();
    accounts = AccountModel.on(conn);
    accounts.deleteMany(Filter.empty());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private Document raw(ObjectId id) {
    return conn.db().getCollection("accounts").find(new Document("_id", id)).first();
  }

  @Test
  void createAndInsertManyStoreVersionZeroUnderVersionKeyOnly() {
    Account created = accounts.create(new Account(null, "ada", 10, 7));
    assertEquals(0, created.version(), "create returns the stored version");
    Document stored = raw(created.id());
    assertEquals(0L, ((Number) stored.get("__v")).longValue());
    assertEquals(
        List.of("_id", "owner", "balance", "__v"),
        List.copyOf(stored.keySet()),
        "no key named version");
    List<Account> many =
        accounts.insertMany(List.of(new Account(null, "a", 1, 3), new Account(null, "b", 2, 9)));
    assertEquals(List.of(0L, 0L), many.stream().map(Account::version).toList());
    assertEquals(0L, ((Number) raw(many.get(1).id()).get("__v")).longValue());
    assertEquals(0, accounts.findById(created.id()).orElseThrow().version(), "read back from __v");
  }

  @Test
  void saveOfALoadedCopyIncrementsTheVersionAndReturnsTheSavedCopy() {
    Account created = accounts.create(new Account(null, "ada", 10, 0));
    Account saved = accounts.save(accounts.findById(created.id()).orElseThrow().withBalance(20));
    assertEquals(1, saved.version());
    assertEquals(saved, accounts.findById(created.id()).orElseThrow());
    Account again = accounts.save(saved.withBalance(30));
    assertEquals(2, again.version());
    assertEquals(2L, ((Number) raw(created.id()).get("__v")).longValue());
  }

  @Test
  void aStaleCopyThrowsAndWritesNothing() {
    Account created = accounts.create(new Account(null, "ada", 10, 0));
    Account first = accounts.findById(created.id()).orElseThrow();
    Account second = accounts.findById(created.id()).orElseThrow();
    accounts.save(first.withBalance(11));
    int updates = sent.named("update").size();
    VersionConflictException e =
        assertThrows(VersionConflictException.class, () -> accounts.save(second.withBalance(99)));
    assertEquals(
        "No matching document found for id \""
            + created.id().toHexString()
            + "\" version 0 modifiedPaths"
            + " \"owner, balance\"",
        e.getMessage());
    assertEquals(created.id().toHexString(), e.documentId());
    assertEquals(0, e.version());
    assertEquals("Account", e.modelName());
    assertEquals(
        updates + 1, sent.named("update").size(), "only the versioned update that matched nothing");
    Account stored = accounts.findById(created.id()).orElseThrow();
    assertEquals(11, stored.balance());
    assertEquals(1, stored.version());

    Account later = stored.withBalance(12);
    accounts.save(later);
    VersionConflictException atOne =
        assertThrows(VersionConflictException.class, () -> accounts.save(later));
    assertEquals(1, atOne.version(), "a copy saved twice is stale the second time");
  }

  @Test
  void aNewDocumentWithAClientIdAtVersionZeroIsInserted() {
    ObjectId id = new ObjectId();
    Account saved = accounts.save(new Account(id, "new", 5, 0));
    assertEquals(0, saved.version());
    assertEquals(saved, accounts.findById(id).orElseThrow());
    assertEquals(1, accounts.save(saved.withBalance(6)).version());
    assertThrows(
        VersionConflictException.class,
        () -> accounts.save(new Account(id, "other", 7, 0)),
        "a copy at version 0 of an id stored at version 1 is stale: the insert hits the duplicate _id");
    assertEquals(6, accounts.findById(id).orElseThrow().balance());
  }

  @Test
  void twoConcurrentSavesOfCopiesExactlyOneWins() throws Exception {
    Account created = accounts.create(new Account(null, "ada", 10, 0));
    Account left = accounts.findById(created.id()).orElseThrow().withBalance(100);
    Account right = accounts.findById(created.id()).orElseThrow().withBalance(200);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Account>> results = new ArrayList<>();
      for (Account copy : List.of(left, right)) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return accounts.save(copy);
                }));
      }
      start.countDown();
      List<Account> winners = new ArrayList<>();
      int conflicts = 0;
      for (Future<Account> result : results) {
        try {
          winners.add(result.get(30, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException e) {
          if (!(e.getCause() instanceof VersionConflictException)) {
            throw e;
          }
          conflicts++;
        }
      }
      assertEquals(1, winners.size(), "exactly one save wins");
      assertEquals(1, conflicts, "the other gets VersionConflictException");
      assertEquals(
          winners.get(0),
          accounts.findById(created.id()).orElseThrow(),
          "the winner's values are stored");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twentyThreadsTimesHundredIncrementsWithRetryEndWithTheExactCount() throws Exception {
    Account created = accounts.create(new Account(null, "counter", 0, 0));
    int threads = 20;
    int increments = 100;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Integer>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        work.add(
            () -> {
              int conflicts = 0;
              for (int i = 0; i < increments; i++) {
                while (true) {
                  Account loaded = accounts.findById(created.id()).orElseThrow();
                  try {
                    accounts.save(loaded.withBalance(loaded.balance() + 1));
                    break;
                  } catch (VersionConflictException e) {
                    conflicts++;
                  }
                }
              }
              return conflicts;
            });
      }
      int conflicts = 0;
      for (Future<Integer> done : pool.invokeAll(work, 5, TimeUnit.MINUTES)) {
        conflicts += done.get();
      }
      Account last = accounts.findById(created.id()).orElseThrow();
      assertEquals(
          threads * increments,
          last.balance(),
          "no increment was lost (" + conflicts + " conflicts retried)");
      assertEquals(threads * increments, last.version());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void classesAreUpdatedInPlace() {
    CounterModel counters = CounterModel.on(conn);
    counters.deleteMany(Filter.empty());
    Counter counter = counters.create(new Counter("hits"));
    assertEquals(0, counter.version);
    Counter loaded = counters.findById(counter.id).orElseThrow();
    Counter stale = counters.findById(counter.id).orElseThrow();
    loaded.count = 5;
    assertSame(loaded, counters.save(loaded));
    assertEquals(1, loaded.version);
    stale.count = 6;
    assertThrows(VersionConflictException.class, () -> counters.save(stale));
    assertEquals(0, stale.version, "a failed save leaves the copy as it was");
    assertEquals(5, counters.findById(counter.id).orElseThrow().count);
  }

  @Test
  void asyncSaveIsVersionedToo() {
    Account created = accounts.create(new Account(null, "ada", 10, 0));
    Account saved = accounts.async().save(created.withBalance(1)).join();
    assertEquals(1, saved.version());
    var stale = accounts.async().save(created.withBalance(2));
    java.util.concurrent.CompletionException e =
        assertThrows(java.util.concurrent.CompletionException.class, stale::join);
    assertEquals(VersionConflictException.class, e.getCause().getClass());
  }

  @Test
  void anUpsertingReplacementInsertsAtVersionZeroLikeCreate() {
    ObjectId id = new ObjectId();
    Account inserted =
        accounts
            .findOneAndReplace(
                AccountSchema.ID.eq(id),
                new Account(id, "up", 5, 7),
                new FindOneAndReplaceOptions().upsert(true).returnDocument(ReturnDocument.AFTER))
            .orElseThrow();
    assertEquals(0, inserted.version(), "the returned document");
    assertEquals(0L, ((Number) raw(id).get("__v")).longValue(), "the stored document");

    ObjectId bulk = new ObjectId();
    accounts.bulkWrite(
        List.of(
            new ReplaceOneModel<>(
                AccountSchema.ID.eq(bulk),
                new Account(bulk, "bulk", 5, 9),
                new ReplaceOptions().upsert(true))));
    assertEquals(0L, ((Number) raw(bulk).get("__v")).longValue(), "a bulk upsert");

    // Once stored, a replacement keeps the stored version, whatever the caller's says.
    accounts.bulkWrite(
        List.of(
            new ReplaceOneModel<>(
                AccountSchema.ID.eq(bulk),
                new Account(bulk, "bulk", 6, 9),
                new ReplaceOptions().upsert(true))));
    assertEquals(0L, ((Number) raw(bulk).get("__v")).longValue(), "a bulk replacement");
  }
}
