package dev.meerkat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import dev.meerkat.Connection;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Update;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An update that names {@code createdAt} or {@code updatedAt} itself keeps the caller's value:
 * Meerkat adds its own timestamp only for a key the update does not touch, so nothing the caller
 * wrote is silently replaced and no update conflicts with itself.
 */
@MongoTest
class ExplicitTimestampsTest {
  private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final SentCommands sent = new SentCommands();
  private Connection conn;
  private WalletModel wallets;

  @BeforeEach
  void open(MongoServer server) {
    conn = meerkat.connect(server.uri(), sent.options()).join();
    conn.db().drop();
    wallets = WalletModel.on(conn);
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private static void assertRecent(Instant time) {
    assertNotNull(time);
    Instant now = Instant.now();
    assertTrue(
        !time.isAfter(now) && time.isAfter(now.minus(1, ChronoUnit.MINUTES)), time + " is recent");
  }

  private BsonDocument lastUpdate() {
    List<BsonDocument> updates = sent.named("update");
    return updates.get(updates.size() - 1).getArray("updates").get(0).asDocument().getDocument("u");
  }

  @Test
  void anExplicitUpdatedAtIsKept() {
    Wallet w = wallets.create(Wallet.of("aa", 1));
    wallets.updateOne(
        WalletSchema.ID.eq(w.id()),
        Update.combine(WalletSchema.BALANCE.set(2L), WalletSchema.UPDATED_AT.set(LONG_AGO)));
    assertEquals(LONG_AGO, wallets.findById(w.id()).orElseThrow().updatedAt());
    assertEquals(
        BsonDocument.parse("{$set: {balance: 2, updatedAt: {$date: '2020-01-01T00:00:00Z'}}}")
            .toJson(),
        lastUpdate().toJson(),
        "one updatedAt, the caller's");

    wallets.updateOne(WalletSchema.ID.eq(w.id()), WalletSchema.UPDATED_AT.unset());
    assertEquals(null, wallets.findById(w.id()).orElseThrow().updatedAt(), "unset, not refused");

    wallets.updateOne(WalletSchema.ID.eq(w.id()), WalletSchema.BALANCE.set(3L));
    assertRecent(wallets.findById(w.id()).orElseThrow().updatedAt());
  }

  @Test
  void anExplicitCreatedAtInAnUpsertIsKept() {
    ObjectId set = new ObjectId();
    wallets.updateOne(
        WalletSchema.ID.eq(set),
        Update.combine(WalletSchema.NAME.set("up"), WalletSchema.CREATED_AT.set(LONG_AGO)),
        new UpdateOptions().upsert(true));
    Wallet inserted = wallets.findById(set).orElseThrow();
    assertEquals(LONG_AGO, inserted.createdAt());
    assertRecent(inserted.updatedAt());

    ObjectId onInsert = new ObjectId();
    Wallet returned =
        wallets
            .findOneAndUpdate(
                WalletSchema.ID.eq(onInsert),
                Update.combine(
                    WalletSchema.NAME.set("up"), WalletSchema.CREATED_AT.setOnInsert(LONG_AGO)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER))
            .orElseThrow();
    assertEquals(LONG_AGO, returned.createdAt());

    ObjectId bulk = new ObjectId();
    wallets.bulkWrite(
        List.of(
            new UpdateOneModel<>(
                WalletSchema.ID.eq(bulk),
                Update.combine(WalletSchema.NAME.set("up"), WalletSchema.CREATED_AT.set(LONG_AGO)),
                new UpdateOptions().upsert(true))));
    assertEquals(LONG_AGO, wallets.findById(bulk).orElseThrow().createdAt());
  }

  @Test
  void anAsyncUpsertByIdSetsCreatedAt() {
    ObjectId id = new ObjectId();
    Wallet inserted =
        wallets
            .async()
            .findByIdAndUpdate(
                id,
                WalletSchema.NAME.set("async"),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER))
            .join()
            .orElseThrow();
    assertRecent(inserted.createdAt());
    assertEquals(inserted.createdAt(), inserted.updatedAt(), "both from one clock reading");
  }
}
