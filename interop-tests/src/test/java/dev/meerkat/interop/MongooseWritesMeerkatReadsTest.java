package dev.meerkat.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.Set;
import org.bson.BsonDocument;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mongoose writes, Meerkat reads the same values, field type by field type. */
@MongoTest
@MongooseInterop
class MongooseWritesMeerkatReadsTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private GadgetModel gadgets;

  @BeforeEach
  void connect(MongoServer server) {
    gadgets = GadgetModel.on(meerkat.connect(server.uri()).join());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void sameCollectionName(MongoServer server, MongoosePeer mongoose) {
    assertEquals(mongoose.collectionName(server.uri(), "Gadget"), gadgets.collectionName());
  }

  @Test
  void everyFieldTypeReadsAsMongooseWroteIt(MongoServer server, MongoosePeer mongoose) {
    Gadget sample = Gadgets.full();
    BsonDocument written = mongoose.create(server.uri(), "Gadget", Gadgets.mongooseInput(sample));

    Gadget read = gadgets.findById(written.getObjectId("_id").getValue()).orElseThrow();

    assertEquals(written.getObjectId("_id").getValue(), read.id());
    assertEquals(sample.name(), read.name());
    assertEquals(sample.code(), read.code());
    assertEquals(sample.state(), read.state());
    assertEquals(sample.quantity(), read.quantity());
    assertEquals(sample.count(), read.count());
    assertEquals(sample.big(), read.big(), "a long beyond 2^53 survives Mongoose's BigInt");
    assertEquals(sample.price(), read.price());
    assertEquals(sample.ratio(), read.ratio());
    assertEquals(sample.active(), read.active());
    assertEquals(sample.amount(), read.amount());
    assertEquals(sample.exact(), read.exact());
    assertEquals(sample.releasedAt(), read.releasedAt());
    assertEquals(sample.madeOn(), read.madeOn());
    assertEquals(sample.ownerId(), read.ownerId());
    assertEquals(sample.token(), read.token());
    assertArrayEquals(sample.blob(), read.blob());
    assertEquals(sample.tags(), read.tags());
    assertEquals(sample.counters(), read.counters());
    // Mongoose gives every subdocument an _id; Meerkat reads it into the subdocument's @Id field.
    assertEquals(written.getDocument("dims").getObjectId("_id").getValue(), read.dims().id());
    assertEquals(sample.dims(), new Dimensions(read.dims().width(), read.dims().height()));
    assertEquals(
        written.getArray("parts").get(0).asDocument().getObjectId("_id").getValue(),
        read.parts().get(0).id());
    assertEquals(
        sample.parts(), read.parts().stream().map(p -> new Part(p.label(), p.weight())).toList());
    assertEquals(sample.tier(), read.tier());
    assertEquals(sample.small(), read.small());
    assertEquals(sample.letter(), read.letter());
    assertEquals(sample.share(), read.share());
    assertEquals(sample.legacy(), read.legacy());
    assertEquals(sample.localTime(), read.localTime());
    assertEquals(sample.labels(), read.labels());
    assertNotNull(read.places().get("home").id());
    assertEquals(
        sample.places().get("home"),
        new Dimensions(read.places().get("home").width(), read.places().get("home").height()));
    assertEquals(sample.places().size(), read.places().size());
    assertEquals(sample.extra(), read.extra());
    assertNotNull(read.createdAt());
    assertEquals(written.getDateTime("createdAt").getValue(), read.createdAt().toEpochMilli());
    assertEquals(written.getDateTime("updatedAt").getValue(), read.updatedAt().toEpochMilli());
  }

  @Test
  void meerkatSaveWritesBackWhatItRead(MongoServer server, MongoosePeer mongoose) {
    BsonDocument written =
        mongoose.create(server.uri(), "Gadget", Gadgets.mongooseInput(Gadgets.full()));
    ObjectId id = written.getObjectId("_id").getValue();
    BsonDocument before = StoredDocuments.raw(gadgets, id);

    gadgets.save(gadgets.findById(id).orElseThrow());

    BsonDocument after = StoredDocuments.raw(gadgets, id);
    before.remove("updatedAt");
    after.remove("updatedAt");
    assertEquals(
        before,
        after,
        "an unchanged document is written back key for key, subdocument _ids included");
  }

  @Test
  void absentKeysStayAbsentAfterMeerkatSave(MongoServer server, MongoosePeer mongoose) {
    BsonDocument written =
        mongoose.create(server.uri(), "Gadget", Gadgets.mongooseInput(Gadgets.minimal("Bare")));
    ObjectId id = written.getObjectId("_id").getValue();
    Set<String> before = StoredDocuments.raw(gadgets, id).keySet();

    gadgets.save(gadgets.findById(id).orElseThrow());

    assertEquals(
        before, StoredDocuments.raw(gadgets, id).keySet(), "no key Mongoose left unset is written");
  }
}
