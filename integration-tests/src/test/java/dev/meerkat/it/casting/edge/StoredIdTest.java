package dev.meerkat.it.casting.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mongodb.client.MongoCollection;
import dev.meerkat.CastException;
import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonType;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A top-level {@code _id} is never cast to another BSON type: the value read would be written back
 * and queried as that other type, which matches no stored document, so {@code findById} would not
 * find what {@code find} returned and {@code save} (an upsert) would insert a second document.
 */
@MongoTest
class StoredIdTest {
  private static final String HEX = "65f0a1b2c3d4e5f601234567";

  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private LabelModel labels;
  private ProbeModel probes;
  private LooseProbeModel looseProbes;

  @BeforeEach
  void open(MongoServer server) {
    Connection connection = meerkat.connect(server.uri()).join();
    labels = LabelModel.on(connection);
    probes = ProbeModel.on(connection);
    looseProbes = LooseProbeModel.on(connection);
    raw(labels.collectionName()).deleteMany(new BsonDocument());
    raw(probes.collectionName()).deleteMany(new BsonDocument());
    raw(looseProbes.collectionName()).deleteMany(new BsonDocument());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void anObjectIdIsNotReadIntoAStringIdNorSavedAsASecondDocument() {
    ObjectId id = new ObjectId(HEX);
    raw(labels.collectionName())
        .insertOne(
            new BsonDocument("_id", new BsonObjectId(id)).append("name", new BsonString("a")));
    CastException e = assertThrows(CastException.class, () -> labels.find().first());
    check(e, "Label", id, "String", BsonType.OBJECT_ID);
    assertEquals(
        "Cast to String failed for value "
            + HEX
            + " (type objectId) at path \"_id\" for model \"Label\" (_id: "
            + HEX
            + ")",
        e.getMessage());
    check(
        assertThrows(
            CastException.class,
            () ->
                labels.aggregate(
                    List.of(new BsonDocument("$match", new BsonDocument())), Label.class)),
        "Label",
        id,
        "String",
        BsonType.OBJECT_ID);
    assertEquals(1, raw(labels.collectionName()).countDocuments());
  }

  @Test
  void aStringIdReadsAndSavesInPlace() {
    raw(labels.collectionName())
        .insertOne(
            new BsonDocument("_id", new BsonString(HEX)).append("name", new BsonString("a")));
    Label read = labels.find().first().orElseThrow();
    assertEquals(HEX, read.id());
    assertEquals(read, labels.findById(HEX).orElseThrow());
    labels.save(new Label(HEX, "b"));
    assertEquals(1, raw(labels.collectionName()).countDocuments());
    assertEquals("b", labels.findById(HEX).orElseThrow().name());
  }

  @Test
  void aNullIdReadsAsANullIdAsBefore() {
    raw(labels.collectionName())
        .insertOne(new BsonDocument("_id", BsonNull.VALUE).append("name", new BsonString("a")));
    assertEquals(new Label(null, "a"), labels.find().first().orElseThrow());
  }

  @Test
  void aHexStringIsNotReadIntoAnObjectIdOnEitherPath() {
    BsonDocument stored =
        new BsonDocument("_id", new BsonString(HEX))
            .append("num", new BsonInt32(0))
            .append("big", new BsonInt64(0))
            .append("dbl", new BsonDouble(0))
            .append("flt", new BsonDouble(0));
    raw(probes.collectionName()).insertOne(stored);
    raw(looseProbes.collectionName()).insertOne(stored);
    check(
        assertThrows(CastException.class, () -> probes.find(Filter.empty()).first()),
        "Probe",
        HEX,
        "ObjectId",
        BsonType.STRING);
    check(
        assertThrows(CastException.class, () -> looseProbes.find(Filter.empty()).first()),
        "LooseProbe",
        HEX,
        "ObjectId",
        BsonType.STRING);
  }

  @Test
  void anObjectIdInASubdocumentIsNotAnIdentityAndStillCasts() {
    ObjectId id = new ObjectId();
    raw(probes.collectionName())
        .insertOne(
            new BsonDocument("_id", new BsonObjectId(id))
                .append("num", new BsonInt32(0))
                .append("big", new BsonInt64(0))
                .append("dbl", new BsonDouble(0))
                .append("flt", new BsonDouble(0))
                .append("other", new BsonString(HEX)));
    assertEquals(new ObjectId(HEX), probes.findById(id).orElseThrow().other());
  }

  private static void check(
      CastException e, String model, Object id, String expectedType, BsonType found) {
    assertEquals(model, e.modelName(), e.getMessage());
    assertEquals(id, e.documentId(), e.getMessage());
    assertEquals("_id", e.path(), e.getMessage());
    assertEquals(expectedType, e.expectedType(), e.getMessage());
    assertEquals(found, e.foundType(), e.getMessage());
  }

  private MongoCollection<BsonDocument> raw(String collection) {
    return labels.connection().db().getCollection(collection, BsonDocument.class);
  }
}
