package dev.meerkat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReturnDocument;
import dev.meerkat.Connection;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code findOneAndReplace} and a bulk {@code ReplaceOneModel} replace as {@code replaceOne} does:
 * the stored {@code _id}, {@code __v} and {@code createdAt} are kept, and a replacement without an
 * id replaces the matched document instead of failing on an altered {@code _id}.
 */
@MongoTest
class ReplaceKeepsStoredTest {
  private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private Connection conn;
  private WalletModel wallets;

  @BeforeEach
  void open(MongoServer server) {
    conn = meerkat.connect(server.uri()).join();
    conn.db().drop();
    wallets = WalletModel.on(conn);
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  /** A stored wallet at version 7 created long ago, as a Mongoose service would leave it. */
  private ObjectId storedByOthers() {
    ObjectId id = wallets.create(Wallet.of("old", 1)).id();
    conn.db()
        .getCollection("wallets")
        .updateOne(
            new Document("_id", id),
            new Document("$set", new Document("createdAt", Date.from(LONG_AGO)).append("__v", 7)));
    return id;
  }

  private Document raw(ObjectId id) {
    return conn.db().getCollection("wallets").find(new Document("_id", id)).first();
  }

  private void assertKept(ObjectId id, String name) {
    Document stored = raw(id);
    assertEquals(name, stored.getString("name"));
    assertEquals(7, stored.getInteger("__v"), "the stored version is not lowered");
    assertEquals(Date.from(LONG_AGO), stored.getDate("createdAt"), "createdAt is kept");
    assertEquals(1, wallets.countDocuments());
  }

  @Test
  void findOneAndReplaceKeepsIdVersionAndCreatedAt() {
    ObjectId id = storedByOthers();
    Wallet before =
        wallets.findOneAndReplace(WalletSchema.NAME.eq("old"), Wallet.of("new", 2)).orElseThrow();
    assertEquals("old", before.name());
    assertKept(id, "new");

    Wallet after =
        wallets
            .findOneAndReplace(
                WalletSchema.ID.eq(id),
                new Wallet(id, "newer", null, 3, null, null, null, null, null, null),
                new FindOneAndReplaceOptions().returnDocument(ReturnDocument.AFTER))
            .orElseThrow();
    assertEquals(LONG_AGO, after.createdAt(), "the returned copy is the stored one");
    assertKept(id, "newer");

    wallets
        .async()
        .findOneAndReplace(WalletSchema.ID.eq(id), Wallet.of("async", 4))
        .join()
        .orElseThrow();
    assertKept(id, "async");
  }

  @Test
  void findOneAndReplaceOfNothingReturnsEmptyAndInsertsNothing() {
    assertEquals(
        java.util.Optional.empty(),
        wallets.findOneAndReplace(WalletSchema.NAME.eq("none"), Wallet.of("new", 2)));
    assertEquals(0, wallets.countDocuments());
  }

  @Test
  void bulkReplaceKeepsIdVersionAndCreatedAt() {
    ObjectId id = storedByOthers();
    var result =
        wallets.bulkWrite(
            List.of(new ReplaceOneModel<>(WalletSchema.ID.eq(id), Wallet.of("bulk", 2))));
    assertEquals(1, result.getModifiedCount());
    assertKept(id, "bulk");
  }

  @Test
  void aVersionedDocumentKeepsItsStoredVersion() {
    AccountModel accounts = AccountModel.on(conn);
    Account created = accounts.create(new Account(null, "ada", 1, 0));
    accounts.save(accounts.save(created));
    Account replaced =
        accounts
            .findOneAndReplace(
                AccountSchema.ID.eq(created.id()),
                new Account(created.id(), "bob", 2, 0),
                new FindOneAndReplaceOptions().returnDocument(ReturnDocument.AFTER))
            .orElseThrow();
    assertEquals(new Account(created.id(), "bob", 2, 2), replaced);
  }
}
