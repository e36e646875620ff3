package dev.meerkat.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.time.Instant;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Saves from both sides, in turn and across each other: no VersionError, nothing lost, versions and
 * timestamps kept.
 */
@MongoTest
@MongooseInterop
class SaveInterleavingTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private GadgetModel gadgets;
  private String uri;

  @BeforeEach
  void connect(MongoServer server) {
    uri = server.uri();
    gadgets = GadgetModel.on(meerkat.connect(uri).join());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void savesInTurnLoseNothing(MongoosePeer mongoose) {
    ObjectId id = gadgets.create(Gadgets.full()).id();

    BsonDocument byMongoose =
        mongoose.update(
            uri,
            "Gadget",
            new BsonObjectId(id),
            set("name", new BsonString("Renamed by Mongoose")),
            push("parts", new BsonDocument("label", new BsonString("added"))));
    assertEquals(1, byMongoose.getInt32("__v").getValue(), "Mongoose versions an array change");

    Gadget read = gadgets.findById(id).orElseThrow();
    assertEquals("Renamed by Mongoose", read.name());
    assertEquals(
        List.of("left", "right", "added"), read.parts().stream().map(Part::label).toList());
    gadgets.save(withPrice(read, 99.5));

    mongoose.update(
        uri,
        "Gadget",
        new BsonObjectId(id),
        set("parts.0.label", new BsonString("left, by Mongoose")),
        new BsonDocument());

    Gadget last = gadgets.findById(id).orElseThrow();
    assertEquals("Renamed by Mongoose", last.name());
    assertEquals(99.5, last.price());
    assertEquals(
        List.of("left, by Mongoose", "right", "added"),
        last.parts().stream().map(Part::label).toList());
  }

  @Test
  void documentMongooseCreatedSavesInTurnLosingNothing(MongoosePeer mongoose) {
    BsonDocument created = mongoose.create(uri, "Gadget", Gadgets.mongooseInput(Gadgets.full()));
    ObjectId id = created.getObjectId("_id").getValue();

    gadgets.save(withPrice(gadgets.findById(id).orElseThrow(), 12.25));
    mongoose.update(
        uri,
        "Gadget",
        new BsonObjectId(id),
        set("parts.1.label", new BsonString("right, by Mongoose")),
        push("parts", new BsonDocument("label", new BsonString("added"))));
    gadgets.save(withPrice(gadgets.findById(id).orElseThrow(), 13.5));

    Gadget last = gadgets.findById(id).orElseThrow();
    assertEquals(13.5, last.price());
    assertEquals(
        List.of("left", "right, by Mongoose", "added"),
        last.parts().stream().map(Part::label).toList());
    assertEquals(Gadgets.full().tags(), last.tags(), "fields neither side changed are kept");
  }

  @Test
  void meerkatSaveKeepsMongoosesVersion(MongoosePeer mongoose) {
    ObjectId id = gadgets.create(Gadgets.full()).id();
    mongoose.update(
        uri,
        "Gadget",
        new BsonObjectId(id),
        new BsonDocument(),
        push("parts", new BsonDocument("label", new BsonString("added"))));

    gadgets.save(withPrice(gadgets.findById(id).orElseThrow(), 1.5));

    assertEquals(
        1, StoredDocuments.raw(gadgets, id).getInt32("__v").getValue(), "__v is never lowered");
  }

  @Test
  void mongooseCopyLoadedBeforeMeerkatSaveStillSaves(MongoosePeer mongoose) {
    ObjectId id = gadgets.create(Gadgets.full()).id();
    mongoose.update(
        uri,
        "Gadget",
        new BsonObjectId(id),
        new BsonDocument(),
        push("parts", new BsonDocument("label", new BsonString("added"))));
    mongoose.hold(uri, "Gadget", new BsonObjectId(id), "copy");

    gadgets.save(withPrice(gadgets.findById(id).orElseThrow(), 1.5));
    mongoose.saveHeld(
        "copy", set("parts.0.label", new BsonString("left, by the held copy")), new BsonDocument());

    Gadget last = gadgets.findById(id).orElseThrow();
    assertEquals(1.5, last.price(), "Meerkat's change survives");
    assertEquals(
        List.of("left, by the held copy", "right", "added"),
        last.parts().stream().map(Part::label).toList());
  }

  @Test
  void timestampsKeptAndAdvancedBySavesOnBothSides(MongoosePeer mongoose)
      throws InterruptedException {
    Gadget created = gadgets.create(Gadgets.full());
    Instant createdAt = created.createdAt();
    ObjectId id = created.id();

    Thread.sleep(5);
    BsonDocument byMongoose =
        mongoose.update(
            uri,
            "Gadget",
            new BsonObjectId(id),
            set("price", new org.bson.BsonDouble(2)),
            new BsonDocument());
    Instant mongooseUpdatedAt =
        Instant.ofEpochMilli(byMongoose.getDateTime("updatedAt").getValue());
    assertEquals(
        createdAt.toEpochMilli(),
        byMongoose.getDateTime("createdAt").getValue(),
        "Mongoose keeps createdAt");
    assertTrue(
        mongooseUpdatedAt.isAfter(created.updatedAt()) && !mongooseUpdatedAt.isAfter(Instant.now()),
        "Mongoose's updatedAt "
            + mongooseUpdatedAt
            + " is after Meerkat's "
            + created.updatedAt()
            + " and not in the future");

    Thread.sleep(5);
    Gadget saved = gadgets.save(withPrice(gadgets.findById(id).orElseThrow(), 3.0));
    Gadget read = gadgets.findById(id).orElseThrow();
    assertEquals(
        createdAt.toEpochMilli(),
        read.createdAt().toEpochMilli(),
        "Meerkat keeps the createdAt it read");
    assertEquals(saved.updatedAt().toEpochMilli(), read.updatedAt().toEpochMilli());
    assertTrue(
        read.updatedAt().isAfter(mongooseUpdatedAt) && !read.updatedAt().isAfter(Instant.now()),
        "Meerkat's updatedAt "
            + read.updatedAt()
            + " is after Mongoose's "
            + mongooseUpdatedAt
            + " and not in the future");
  }

  private static BsonDocument set(String path, org.bson.BsonValue value) {
    return new BsonDocument(path, value);
  }

  private static BsonDocument push(String path, BsonDocument element) {
    return new BsonDocument(path, new BsonArray(List.of(element)));
  }

  private static Gadget withPrice(Gadget g, double price) {
    return new Gadget(
        g.id(),
        g.name(),
        g.code(),
        g.state(),
        g.quantity(),
        g.count(),
        g.big(),
        price,
        g.ratio(),
        g.active(),
        g.amount(),
        g.exact(),
        g.releasedAt(),
        g.madeOn(),
        g.ownerId(),
        g.token(),
        g.blob(),
        g.tags(),
        g.counters(),
        g.dims(),
        g.parts(),
        g.tier(),
        g.small(),
        g.letter(),
        g.share(),
        g.legacy(),
        g.localTime(),
        g.labels(),
        g.places(),
        g.extra(),
        g.createdAt(),
        g.updatedAt());
  }
}
