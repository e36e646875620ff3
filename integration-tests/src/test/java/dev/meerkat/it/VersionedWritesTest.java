package dev.meerkat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.Updates;
import dev.meerkat.Connection;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Update;
import dev.meerkat.VersionConflictException;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Versioned writes beyond the basics of {@code VersionTest}. */
@MongoTest
class VersionedWritesTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private Connection conn;

  @BeforeEach
  void open(MongoServer server) {
    conn = meerkat.connect(server.uri()).join();
    conn.db().drop();
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  /**
   * A class instance whose save conflicts keeps the version it was loaded at, so retrying it can
   * never overwrite the winner's write.
   */
  @Test
  void aClassInstanceKeepsItsVersionWhenItsSaveConflicts() {
    CounterModel counters = CounterModel.on(conn);
    Counter created = counters.create(new Counter("c"));
    counters.save(counters.findById(created.id).orElseThrow()); // version 1
    Counter winner = counters.findById(created.id).orElseThrow();
    Counter loser = counters.findById(created.id).orElseThrow();
    winner.count = 5;
    counters.save(winner);
    assertEquals(2, winner.version);

    loser.count = 6;
    assertThrows(VersionConflictException.class, () -> counters.save(loser));
    assertEquals(1, loser.version, "the stale copy still says where it was loaded");
    assertThrows(
        VersionConflictException.class,
        () -> counters.save(loser),
        "saving the stale copy again is still a conflict");
    CompletionException e =
        assertThrows(CompletionException.class, () -> counters.async().save(loser).join());
    assertEquals(VersionConflictException.class, e.getCause().getClass());
    assertEquals(1, loser.version);
    Counter stored = counters.findById(created.id).orElseThrow();
    assertEquals(List.of(5, 2), List.of(stored.count, stored.version), "the winner's write stays");
  }

  @Test
  void aBulkInsertStartsAtVersionZeroAsCreateDoes() {
    AccountModel accounts = AccountModel.on(conn);
    ObjectId id = new ObjectId();
    accounts.bulkWrite(List.of(new InsertOneModel<>(new Account(id, "ada", 1, 5))));
    Document stored = conn.db().getCollection("accounts").find(new Document("_id", id)).first();
    assertEquals(0L, ((Number) stored.get("__v")).longValue());
    assertEquals(1, accounts.save(accounts.findById(id).orElseThrow()).version());
  }

  /**
   * Updates leave {@code __v} alone, as in Mongoose, so a stale copy can be saved over them; an
   * update that bumps the version makes that save a conflict (README, "What a write keeps").
   */
  @Test
  void updatesLeaveTheVersionAloneUnlessTheyBumpIt() {
    AccountModel accounts = AccountModel.on(conn);
    Account created = accounts.create(new Account(null, "ada", 10, 0));
    accounts.updateOne(AccountSchema.ID.eq(created.id()), AccountSchema.BALANCE.set(20L));
    assertEquals(0, accounts.findById(created.id()).orElseThrow().version());
    accounts.save(created.withBalance(11)); // stale, yet at the stored version: accepted
    assertEquals(11, accounts.findById(created.id()).orElseThrow().balance());

    Account loaded = accounts.findById(created.id()).orElseThrow();
    accounts.updateOne(
        AccountSchema.ID.eq(created.id()),
        Update.combine(AccountSchema.BALANCE.set(30L), Update.raw(Updates.inc("__v", 1))));
    assertThrows(VersionConflictException.class, () -> accounts.save(loaded.withBalance(12)));
    assertEquals(30, accounts.findById(created.id()).orElseThrow().balance());
  }

  /**
   * A class instance without an id that replaces a stored document is left without one: given a
   * fresh id the stored document does not have, saving it afterwards would insert a second
   * document.
   */
  @Test
  void aReplacingClassInstanceWithoutAnIdIsLeftWithoutOne() {
    CounterModel counters = CounterModel.on(conn);
    Counter stored = counters.create(new Counter("a"));
    Counter replacement = new Counter("b");
    replacement.count = 1;
    assertEquals(
        1, counters.replaceOne(CounterSchema.NAME.eq("a"), replacement).getModifiedCount());
    assertNull(replacement.id, "replaceOne");
    counters.findOneAndReplace(CounterSchema.NAME.eq("b"), replacement);
    assertNull(replacement.id, "findOneAndReplace");
    counters.bulkWrite(List.of(new ReplaceOneModel<>(CounterSchema.NAME.eq("b"), replacement)));
    assertNull(replacement.id, "a bulk replacement");
    Counter reloaded = counters.findById(stored.id).orElseThrow();
    assertEquals(List.of("b", 1), List.of(reloaded.name, reloaded.count));
    reloaded.count = 2;
    counters.save(reloaded);
    assertEquals(1, counters.countDocuments(), "one document, never two");
  }
}
