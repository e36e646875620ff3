package dev.meerkat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code timestamps = true} on every write path: createdAt set once (by $setOnInsert on upserts),
 * updatedAt on each write.
 */
@MongoTest
class TimestampsTest {
  private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private Connection conn;
  private WalletModel wallets;

  @BeforeEach
  void open(MongoServer server) {
    conn = meerkat.connect(server.uri()).join();
    wallets = WalletModel.on(conn);
    wallets.deleteMany(Filter.empty());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  /** A stored wallet whose timestamps are long ago, so any write that touches them shows. */
  private Wallet old(String name) {
    Wallet created = wallets.create(Wallet.of(name, 1));
    conn.db()
        .getCollection("wallets")
        .updateOne(
            new Document("_id", created.id()),
            new Document(
                "$set",
                new Document("createdAt", java.util.Date.from(LONG_AGO))
                    .append("updatedAt", java.util.Date.from(LONG_AGO))));
    return wallets.findById(created.id()).orElseThrow();
  }

  private static void assertRecent(Instant time) {
    assertNotNull(time);
    Instant now = Instant.now();
    assertTrue(
        !time.isAfter(now) && time.isAfter(now.minus(1, ChronoUnit.MINUTES)), time + " is recent");
  }

  @Test
  void updateOneAndUpdateManySetUpdatedAtAndKeepCreatedAt() {
    Wallet a = old("aa");
    Wallet b = old("bb");
    wallets.updateOne(WalletSchema.ID.eq(a.id()), WalletSchema.BALANCE.set(2L));
    Wallet updated = wallets.findById(a.id()).orElseThrow();
    assertEquals(LONG_AGO, updated.createdAt());
    assertRecent(updated.updatedAt());
    assertEquals(
        LONG_AGO,
        wallets.findById(b.id()).orElseThrow().updatedAt(),
        "another document is untouched");
    wallets.updateMany(Filter.empty(), WalletSchema.BALANCE.set(3L));
    assertRecent(wallets.findById(b.id()).orElseThrow().updatedAt());
    assertEquals(LONG_AGO, wallets.findById(b.id()).orElseThrow().createdAt());
  }

  @Test
  void upsertsSetCreatedAtThroughSetOnInsert() {
    ObjectId id = new ObjectId();
    wallets.updateOne(
        WalletSchema.ID.eq(id), WalletSchema.NAME.set("up"), new UpdateOptions().upsert(true));
    Wallet inserted = wallets.findById(id).orElseThrow();
    assertRecent(inserted.createdAt());
    assertEquals(inserted.createdAt(), inserted.updatedAt(), "both from one clock reading");

    Wallet existing = old("ex");
    wallets.updateOne(
        WalletSchema.ID.eq(existing.id()),
        WalletSchema.NAME.set("ex2"),
        new UpdateOptions().upsert(true));
    assertEquals(
        LONG_AGO,
        wallets.findById(existing.id()).orElseThrow().createdAt(),
        "an upsert that matched keeps it");

    ObjectId other = new ObjectId();
    Wallet after =
        wallets
            .findOneAndUpdate(
                WalletSchema.ID.eq(other),
                WalletSchema.NAME.set("fou"),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER))
            .orElseThrow();
    assertRecent(after.createdAt());
  }

  @Test
  void findOneAndUpdateSetsUpdatedAt() {
    Wallet a = old("aa");
    Wallet before =
        wallets
            .findOneAndUpdate(WalletSchema.ID.eq(a.id()), WalletSchema.BALANCE.set(5L))
            .orElseThrow();
    assertEquals(LONG_AGO, before.updatedAt(), "the document as it was");
    Wallet now = wallets.findById(a.id()).orElseThrow();
    assertRecent(now.updatedAt());
    assertEquals(LONG_AGO, now.createdAt());
  }

  @Test
  void replaceOneKeepsCreatedAtAndSetsUpdatedAt() {
    Wallet a = old("aa");
    Wallet replacement =
        new Wallet(a.id(), "replaced", null, 7, "gold", Role.GUEST, null, List.of(), null, null);
    assertEquals(1, wallets.replaceOne(WalletSchema.ID.eq(a.id()), replacement).getModifiedCount());
    Wallet stored = wallets.findById(a.id()).orElseThrow();
    assertEquals("replaced", stored.name());
    assertEquals(LONG_AGO, stored.createdAt(), "the stored createdAt is kept");
    assertRecent(stored.updatedAt());

    Wallet withoutId =
        new Wallet(null, "again", null, 8, "gold", Role.GUEST, null, List.of(), null, null);
    wallets.replaceOne(WalletSchema.NAME.eq("replaced"), withoutId);
    Wallet again = wallets.findById(a.id()).orElseThrow();
    assertEquals("again", again.name(), "a replacement without an id keeps the stored one");
    assertEquals(LONG_AGO, again.createdAt());
  }

  @Test
  void saveOfAnExistingDocumentKeepsCreatedAt() {
    Wallet a = old("aa");
    wallets.save(
        new Wallet(a.id(), "saved", null, 9, "gold", Role.GUEST, null, List.of(), null, null));
    Wallet stored = wallets.findById(a.id()).orElseThrow();
    assertEquals("saved", stored.name());
    assertEquals(LONG_AGO, stored.createdAt());
    assertRecent(stored.updatedAt());
    assertNull(stored.email(), "a field saved as null is unset");
    assertFalse(
        conn.db()
            .getCollection("wallets")
            .find(new Document("_id", a.id()))
            .first()
            .containsKey("email"));
  }
}
