package dev.meerkat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoException;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Field;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import dev.meerkat.Connection;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.Capability;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bulk write's update given as an aggregation pipeline gets the schema's timestamps like any
 * other update: a final {@code $set} stage of {@code updatedAt} (as Mongoose adds), and for an
 * upsert a {@code createdAt} that only fills a missing one, since a pipeline has no {@code
 * $setOnInsert}. A key a stage of the caller's pipeline sets itself is left to the caller.
 */
@MongoTest
class PipelineTimestampsTest {
  private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final SentCommands sent = new SentCommands();
  private Connection conn;
  private MongoServer server;
  private WalletModel wallets;

  @BeforeEach
  void open(MongoServer server) {
    this.server = server;
    conn = meerkat.connect(server.uri(), sent.options()).join();
    conn.db().drop();
    wallets = WalletModel.on(conn);
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  /**
   * Sends {@code writes}; on a server without pipeline updates (the embedded one refuses them),
   * only what was sent can be checked: returns whether the stored result can be read back.
   */
  private boolean bulkWrite(List<com.mongodb.client.model.WriteModel<Wallet>> writes) {
    if (server.supports(Capability.PIPELINE_UPDATES)) {
      wallets.bulkWrite(writes);
      return true;
    }
    assertThrows(MongoException.class, () -> wallets.bulkWrite(writes));
    return false;
  }

  /** The pipeline of the last update sent. */
  private BsonArray lastPipeline() {
    List<BsonDocument> updates = sent.named("update");
    return updates.get(updates.size() - 1).getArray("updates").get(0).asDocument().getArray("u");
  }

  @Test
  void aPipelineUpdateEndsWithASetOfUpdatedAt() {
    Wallet w = wallets.create(Wallet.of("aa", 1));
    long before = System.currentTimeMillis();
    boolean applied =
        bulkWrite(
            List.of(
                new UpdateOneModel<>(
                    WalletSchema.ID.eq(w.id()),
                    List.of(Aggregates.set(new Field<>("balance", 5L))))));
    BsonArray pipeline = lastPipeline();
    assertEquals(2, pipeline.size(), pipeline.toString());
    assertEquals(
        BsonDocument.parse("{$set: {balance: 5}}").toJson(), pipeline.get(0).asDocument().toJson());
    BsonDocument stamp = pipeline.get(1).asDocument().getDocument("$set");
    assertEquals(List.of("updatedAt"), List.copyOf(stamp.keySet()), "no createdAt without upsert");
    long stamped = stamp.getDateTime("updatedAt").getValue();
    assertTrue(stamped >= before - 1 && stamped <= System.currentTimeMillis(), "" + stamped);
    if (applied) {
      Wallet updated = wallets.findById(w.id()).orElseThrow();
      assertEquals(5L, updated.balance());
      assertEquals(Instant.ofEpochMilli(stamped), updated.updatedAt());
    }
  }

  @Test
  void anUpsertPipelineFillsCreatedAtOnlyWhereItIsMissing() {
    ObjectId id = new ObjectId();
    boolean applied =
        bulkWrite(
            List.of(
                new UpdateManyModel<>(
                    WalletSchema.ID.eq(id),
                    List.of(Aggregates.set(new Field<>("name", "up"))),
                    new UpdateOptions().upsert(true))));
    BsonDocument stamp = lastPipeline().get(1).asDocument().getDocument("$set");
    BsonDocument expected =
        new BsonDocument(
            "$ifNull",
            new BsonArray(List.of(new BsonString("$createdAt"), stamp.get("updatedAt"))));
    assertEquals(expected.toJson(), stamp.getDocument("createdAt").toJson());
    if (!applied) {
      return;
    }
    Wallet inserted = wallets.findById(id).orElseThrow();
    assertNotNull(inserted.createdAt());
    assertEquals(inserted.updatedAt(), inserted.createdAt());

    Wallet old = wallets.create(Wallet.of("old", 1));
    wallets.bulkWrite(
        List.of(
            new UpdateOneModel<>(
                WalletSchema.ID.eq(old.id()),
                List.of(Aggregates.set(new Field<>("name", "again"))),
                new UpdateOptions().upsert(true))));
    Wallet again = wallets.findById(old.id()).orElseThrow();
    assertEquals("again", again.name());
    assertEquals(old.createdAt(), again.createdAt(), "an existing createdAt is kept");
  }

  @Test
  void aTimestampThePipelineSetsItselfIsKept() {
    Wallet w = wallets.create(Wallet.of("aa", 1));
    boolean applied =
        bulkWrite(
            List.of(
                new UpdateOneModel<>(
                    WalletSchema.ID.eq(w.id()),
                    List.of(
                        Aggregates.addFields(new Field<>("updatedAt", Date.from(LONG_AGO))),
                        Aggregates.unset("createdAt")),
                    new UpdateOptions().upsert(true))));
    assertEquals(2, lastPipeline().size(), lastPipeline().toString());
    if (applied) {
      Wallet stored = wallets.findById(w.id()).orElseThrow();
      assertEquals(LONG_AGO, stored.updatedAt());
      assertEquals(null, stored.createdAt());
    }
  }
}
