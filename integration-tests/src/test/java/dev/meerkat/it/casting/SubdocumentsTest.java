package dev.meerkat.it.casting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoCollection;
import dev.meerkat.CastException;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.it.Address;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Subdocuments as Mongoose's, and documents other tools wrote saved back as they were: an {@code
 * _id} per subdocument (generated when absent, kept when present, none with {@code id = false}),
 * {@code __v} on the top-level document only, unmapped keys kept where the schema keeps them,
 * missing arrays read as empty and left missing. Through the real driver and server.
 */
@MongoTest
class SubdocumentsTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private OrderModel orders;
  private MongoCollection<BsonDocument> raw;

  @BeforeEach
  void open(MongoServer server) {
    orders = OrderModel.on(meerkat.connect(server.uri()).join());
    raw = orders.connection().db().getCollection(orders.collectionName(), BsonDocument.class);
    raw.deleteMany(new BsonDocument());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void createdSubdocumentsGetAnIdAndNoVersionKey() {
    Order created =
        orders.create(
            new Order(
                null,
                "ada",
                List.of(new LineItem(null, "A-1", 2), new LineItem(null, "B-2", 1)),
                new Parcel(null, "box"),
                List.of(new Note("fragile", null)),
                new Address("1 Loop Rd", "London", "N1"),
                List.of("gift")));
    assertNotNull(created.items().get(0).id(), "a subdocument's _id is generated on the client");
    assertFalse(created.items().get(0).id().equals(created.items().get(1).id()));
    assertEquals(null, created.parcel().id(), "id = false: none generated");

    BsonDocument stored = raw.find().first();
    assertEquals(
        0, stored.getInt32("__v").getValue(), "the top-level document carries the version key");
    for (var item : stored.getArray("items")) {
      assertTrue(item.asDocument().isObjectId("_id"));
      assertFalse(item.asDocument().containsKey("__v"), "never __v inside a subdocument");
    }
    assertEquals(
        created.items().get(0).id(),
        stored.getArray("items").get(0).asDocument().getObjectId("_id").getValue());
    assertEquals(BsonDocument.parse("{label: 'box'}"), stored.getDocument("parcel"));
    assertEquals(
        BsonDocument.parse("{street: '1 Loop Rd', city: 'London', zip: 'N1'}"),
        stored.getDocument("shipping"));
    assertEquals(BsonDocument.parse("{text: 'fragile'}"), stored.getArray("notes").get(0));
    assertEquals(created, orders.findById(created.id()).orElseThrow());
  }

  @Test
  void aDocumentMongooseWroteIsSavedBackKeyForKey() {
    BsonDocument mongoose =
        BsonDocument.parse(
            "{_id: {$oid: '65f0a1b2c3d4e5f601234567'}, customer: 'ada',"
                + " items: [{_id: {$oid: '65f0a1b2c3d4e5f601234568'}, sku: 'A-1', quantity: 2},"
                + "         {_id: {$oid: '65f0a1b2c3d4e5f601234569'}, sku: 'B-2', quantity: 1}],"
                + " parcel: {_id: {$oid: '65f0a1b2c3d4e5f60123456a'}, label: 'box'},"
                + " notes: [{_id: {$oid: '65f0a1b2c3d4e5f60123456b'}, text: 'fragile', color: 'red'}],"
                + " shipping: {street: '1 Loop Rd', city: 'London', zip: 'N1'}, __v: 0}");
    raw.insertOne(mongoose.clone());
    Order read = orders.findById(new ObjectId("65f0a1b2c3d4e5f601234567")).orElseThrow();
    assertEquals(
        new ObjectId("65f0a1b2c3d4e5f601234568"), read.items().get(0).id(), "a stored _id is kept");
    assertEquals(List.of(), read.tags(), "a missing array reads as []");

    orders.save(read);

    assertEquals(
        mongoose,
        raw.find().first(),
        "unchanged: subdocument _ids kept (in @ExtraFields for Note), no __v added inside, missing tags left missing");
  }

  @Test
  void aSubdocumentSavedWithoutAnIdGetsOneAndAnEditedMissingArrayIsWritten() {
    raw.insertOne(
        BsonDocument.parse(
            "{_id: {$oid: '65f0a1b2c3d4e5f601234567'}, customer: 'ada',"
                + " items: [{sku: 'A-1', quantity: 2}], __v: 0}"));
    Order read = orders.findById(new ObjectId("65f0a1b2c3d4e5f601234567")).orElseThrow();
    List<String> tags = new ArrayList<>(read.tags());
    read.tags().add("vip");
    orders.save(read);
    BsonDocument stored = raw.find().first();
    assertTrue(
        stored.getArray("items").get(0).asDocument().isObjectId("_id"),
        "generated on save, as Mongoose does");
    assertEquals(
        BsonDocument.parse("{v: ['vip']}").get("v"),
        stored.get("tags"),
        "a filled array is written");
    assertEquals(List.of(), tags);
  }

  @Test
  void findListFailsWithTheCastExceptionOfTheBadDocument() {
    ObjectId bad = new ObjectId("65f0a1b2c3d4e5f601234502");
    raw.insertOne(
        BsonDocument.parse("{_id: {$oid: '65f0a1b2c3d4e5f601234501'}, customer: 'first'}"));
    raw.insertOne(
        BsonDocument.parse(
            "{_id: {$oid: '"
                + bad.toHexString()
                + "'}, customer: 'second',"
                + " items: [{sku: 'A', quantity: 'two'}]}"));
    raw.insertOne(
        BsonDocument.parse("{_id: {$oid: '65f0a1b2c3d4e5f601234503'}, customer: 'third'}"));
    CastException e = assertThrows(CastException.class, () -> orders.find(Filter.empty()).list());
    assertEquals("Order", e.modelName());
    assertEquals(bad, e.documentId());
    assertEquals("items.0.quantity", e.path());
    assertEquals(
        "Cast to Integer failed for value \"two\" (type string) at path \"items.0.quantity\""
            + " for model \"Order\" (_id: "
            + bad.toHexString()
            + ")",
        e.getMessage());
    assertEquals(
        List.of("first", "third"),
        orders.find(Filter.raw(new Document("_id", new Document("$ne", bad)))).list().stream()
            .map(Order::customer)
            .toList(),
        "the other documents read once the bad one is left out");
  }

  @Test
  void aTopLevelIdThatDoesNotCastNamesItself() {
    raw.insertOne(BsonDocument.parse("{_id: 7, customer: 'numeric id'}"));
    CastException e = assertThrows(CastException.class, () -> orders.find(Filter.empty()).first());
    assertEquals("_id", e.path());
    assertEquals(7, e.documentId());
    assertEquals(
        "Cast to ObjectId failed for value 7 (type int) at path \"_id\" for model \"Order\" (_id: 7)",
        e.getMessage());
  }
}
