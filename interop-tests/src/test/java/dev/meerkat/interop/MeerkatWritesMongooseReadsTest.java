package dev.meerkat.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Meerkat writes; Mongoose hydrates the document, finds it valid and sees the same values. */
@MongoTest
@MongooseInterop
class MeerkatWritesMongooseReadsTest {
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
  void mongooseHydratesEveryFieldTypeAndFindsItValid(MongoServer server, MongoosePeer mongoose) {
    Gadget created = gadgets.create(Gadgets.full());
    BsonDocument stored = StoredDocuments.raw(gadgets, created.id());

    MongoosePeer.Loaded loaded =
        mongoose.load(server.uri(), "Gadget", new BsonObjectId(created.id()));

    assertEquals(Map.of(), loaded.errors(), "Mongoose's validate() of a document Meerkat wrote");
    for (String key : stored.keySet()) {
      assertEquals(
          StoredDocuments.withoutSubdocumentKeys(stored.get(key)),
          StoredDocuments.withoutSubdocumentKeys(loaded.doc().get(key)),
          "Mongoose's value of " + key);
    }
    BsonDocument expected = Gadgets.mongooseInput(created);
    for (String key : expected.keySet()) {
      assertEquals(
          StoredDocuments.withoutSubdocumentKeys(expected.get(key)),
          StoredDocuments.withoutSubdocumentKeys(loaded.doc().get(key)),
          "the Java value of " + key);
    }
  }

  @Test
  void minimalDocumentIsValidForMongoose(MongoServer server, MongoosePeer mongoose) {
    Gadget created = gadgets.create(Gadgets.minimal("Bare"));

    MongoosePeer.Loaded loaded =
        mongoose.load(server.uri(), "Gadget", new BsonObjectId(created.id()));

    assertEquals(Map.of(), loaded.errors());
    assertEquals("Bare", loaded.doc().getString("name").getValue());
  }

  @Test
  void hydratingChangesNothing(MongoServer server, MongoosePeer mongoose) {
    Gadget created = gadgets.create(Gadgets.full());
    BsonDocument stored = StoredDocuments.raw(gadgets, created.id());

    MongoosePeer.Loaded loaded =
        mongoose.load(server.uri(), "Gadget", new BsonObjectId(created.id()));

    assertEquals(
        stored,
        loaded.doc(),
        "Mongoose hydrates exactly what Meerkat stored, subdocument _ids included");
    assertEquals(
        List.of(),
        loaded.modifiedPaths(),
        "hydrating alone leaves nothing for Mongoose's next save");
  }
}
