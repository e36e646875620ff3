package dev.meerkat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.bson.BsonType;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** The message is Mongoose's CastError, with the document's {@code _id} when there is one. */
class CastExceptionTest {

  @Test
  void namesTheModelThePathAndTheDocument() {
    ObjectId id = new ObjectId("65f0a1b2c3d4e5f601234567");
    CastException e = new CastException("User", id, "age", "Integer", BsonType.DOUBLE, "12.7");
    assertEquals(
        "Cast to Integer failed for value 12.7 (type double) at path \"age\" for model \"User\""
            + " (_id: 65f0a1b2c3d4e5f601234567)",
        e.getMessage());
    assertEquals(id, e.documentId());
    assertEquals(BsonType.DOUBLE, e.foundType());
  }

  @Test
  void quotesStringIdsAndLeavesOutAMissingOne() {
    assertEquals(
        "Cast to Tier failed for value \"PLATINUM\" (type string) at path \"tier\" for model \"Customer\""
            + " (_id: \"c-1\")",
        new CastException("Customer", "c-1", "tier", "Tier", BsonType.STRING, "\"PLATINUM\"")
            .getMessage());
    CastException noId =
        new CastException("Address", null, "zip", "String", BsonType.DOCUMENT, "{\"a\": 1}");
    assertEquals(
        "Cast to String failed for value {\"a\": 1} (type object) at path \"zip\" for model \"Address\"",
        noId.getMessage());
    assertNull(noId.documentId());
    assertEquals(
        42, new CastException("M", 42, "p", "Long", BsonType.STRING, "\"x\"").documentId());
  }

  @Test
  void typeNamesAreThoseOfTheTypeOperator() {
    assertEquals("int", CastException.typeName(BsonType.INT32));
    assertEquals("long", CastException.typeName(BsonType.INT64));
    assertEquals("decimal", CastException.typeName(BsonType.DECIMAL128));
    assertEquals("bool", CastException.typeName(BsonType.BOOLEAN));
    assertEquals("objectId", CastException.typeName(BsonType.OBJECT_ID));
    assertEquals("object", CastException.typeName(BsonType.DOCUMENT));
  }
}
