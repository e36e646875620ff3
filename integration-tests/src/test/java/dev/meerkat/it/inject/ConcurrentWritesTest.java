package dev.meerkat.it.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
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
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several threads writing one document: nothing lost, doubled or silently changed. */
@MongoTest
class ConcurrentWritesTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private Connection conn;
  private ExecutorService pool;

  @BeforeEach
  void open(MongoServer server) {
    conn = meerkat.connect(server.uri()).join();
    conn.db().drop();
    pool = Executors.newFixedThreadPool(8);
  }

  @AfterEach
  void close() {
    pool.shutdownNow();
    meerkat.disconnect().join();
  }

  private long storedVersion(String collection, ObjectId id) {
    Document raw = conn.db().getCollection(collection).find(new Document("_id", id)).first();
    return ((Number) raw.get("__v")).longValue();
  }

  @Test
  void aReplaceRacingVersionedSavesNeverLowersTheVersion() throws Exception {
    SafeModel safes = SafeModel.on(conn);
    ObjectId id = safes.create(new Safe(null, "ada", 0, 0, null, null)).id();
    int savers = 4;
    int savesEach = 150;
    AtomicBoolean saving = new AtomicBoolean(true);
    List<Callable<Integer>> work = new ArrayList<>();
    for (int t = 0; t < savers; t++) {
      work.add(
          () -> {
            int saved = 0;
            while (saved < savesEach) {
              Safe loaded = safes.findById(id).orElseThrow();
              try {
                safes.save(loaded.with("saver", loaded.balance() + 1));
                saved++;
              } catch (VersionConflictException e) {
                // another writer got there first: load again
              }
            }
            return saved;
          });
    }
    for (int t = 0; t < 3; t++) {
      work.add(
          () -> {
            int replaced = 0;
            while (saving.get()) {
              safes.replaceOne(SafeSchema.ID.eq(id), new Safe(id, "replacer", 0, 0, null, null));
              replaced++;
            }
            return replaced;
          });
    }
    List<Future<Integer>> done = new ArrayList<>();
    for (Callable<Integer> w : work) {
      done.add(pool.submit(w));
    }
    int saves = 0;
    for (int t = 0; t < savers; t++) {
      saves += done.get(t).get(5, TimeUnit.MINUTES);
    }
    saving.set(false);
    int replaces = 0;
    for (int t = savers; t < done.size(); t++) {
      replaces += done.get(t).get(1, TimeUnit.MINUTES);
    }
    assertTrue(replaces > 0, "the replacers ran");
    assertEquals(
        saves,
        storedVersion(safes.collectionName(), id),
        "every save moved the version up by one; no replace (of " + replaces + ") lowered it");
  }

  @Test
  void concurrentSavesOfOneNewIdStoreOneDocumentAndFailNone() throws Exception {
    PlainModel plains = PlainModel.on(conn);
    for (int round = 0; round < 20; round++) {
      ObjectId id = new ObjectId();
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Plain>> saved = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        long total = t;
        saved.add(
            pool.submit(
                () -> {
                  start.await();
                  return plains.save(new Plain(id, "t", total, null, null));
                }));
      }
      start.countDown();
      for (Future<Plain> s : saved) {
        s.get(1, TimeUnit.MINUTES);
      }
      assertEquals(1, plains.countDocuments(PlainSchema.ID.eq(id)), "round " + round);
      assertEquals(0, storedVersion(plains.collectionName(), id));
    }
  }

  @Test
  void findOneAndUpdateIncrementsFromManyThreadsAddUpExactly() throws Exception {
    PlainModel plains = PlainModel.on(conn);
    ObjectId id = plains.create(new Plain(null, "counter", 0, null, null)).id();
    List<Callable<Long>> work = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      work.add(
          () -> {
            long seen = 0;
            for (int i = 0; i < 100; i++) {
              seen +=
                  plains
                      .findOneAndUpdate(PlainSchema.ID.eq(id), PlainSchema.TOTAL.inc(1L))
                      .orElseThrow()
                      .total();
            }
            return seen;
          });
    }
    long sumOfBefore = 0;
    for (Future<Long> f : pool.invokeAll(work, 5, TimeUnit.MINUTES)) {
      sumOfBefore += f.get();
    }
    assertEquals(800, plains.findById(id).orElseThrow().total());
    assertEquals(799L * 800 / 2, sumOfBefore, "each increment saw a distinct value before it");
  }
}
