package dev.meerkat.it.casting.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mongodb.client.MongoCollection;
import dev.meerkat.CastException;
import dev.meerkat.FieldPath;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.bson.BsonBoolean;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code distinct} reads stored values as the field's type with the same casts as a document read:
 * values convert when nothing is lost, and anything else is a {@link CastException} naming the
 * model and the path (there is no document, so no {@code _id}), never a truncated number.
 */
@MongoTest
class DistinctCastTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private ProbeModel probes;
  private MongoCollection<BsonDocument> raw;

  @BeforeEach
  void open(MongoServer server) {
    probes = ProbeModel.on(meerkat.connect(server.uri()).join());
    raw = probes.connection().db().getCollection(probes.collectionName(), BsonDocument.class);
    raw.deleteMany(new BsonDocument());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void twelvePointSevenIsAnErrorNeverTwelve() {
    store("num", new BsonInt32(1), new BsonDouble(12.7));
    fails(ProbeSchema.NUM, "num", "Integer", BsonType.DOUBLE);
  }

  @Test
  void anInt64BeyondAnIntIsAnErrorNeverWrappedAround() {
    store("num", new BsonInt64(Integer.MAX_VALUE), new BsonInt64(Integer.MAX_VALUE + 1L));
    fails(ProbeSchema.NUM, "num", "Integer", BsonType.INT64);
  }

  @Test
  void aFractionIntoALongIsAnError() {
    store("big", new BsonDouble(2.5));
    fails(ProbeSchema.BIG, "big", "Long", BsonType.DOUBLE);
  }

  @Test
  void aDocumentIntoAStringIsACastException() {
    store("text", new BsonDocument("a", new BsonInt32(1)));
    fails(ProbeSchema.TEXT, "text", "String", BsonType.DOCUMENT);
  }

  @Test
  void valuesThatConvertWithoutLossAreReadAsTheFieldsType() {
    store("num", new BsonInt32(1), new BsonDouble(2.0), new BsonString("3"), new BsonInt64(4));
    assertEquals(new HashSet<>(List.of(1, 2, 3, 4)), new HashSet<>(distinct(ProbeSchema.NUM)));
    raw.deleteMany(new BsonDocument());
    store("text", new BsonString("a"), new BsonInt32(42), BsonBoolean.TRUE);
    assertEquals(
        new HashSet<>(List.of("a", "42", "true")), new HashSet<>(distinct(ProbeSchema.TEXT)));
    raw.deleteMany(new BsonDocument());
    store(
        "dec",
        new BsonInt32(10),
        new BsonDouble(0.1),
        new BsonDecimal128(Decimal128.parse("-0")),
        new BsonDecimal128(Decimal128.parse("2.50")));
    assertEquals(
        new HashSet<>(
            List.of(
                new BigDecimal("10"),
                new BigDecimal("0.1"),
                BigDecimal.ZERO,
                new BigDecimal("2.50"))),
        new HashSet<>(distinct(ProbeSchema.DEC)));
    raw.deleteMany(new BsonDocument());
    UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    store("uuid", new BsonString(uuid.toString()));
    assertEquals(List.of(uuid), distinct(ProbeSchema.UUID));
    raw.deleteMany(new BsonDocument());
    store("at", new BsonString("2024-02-29T12:00:00+02:00"));
    assertEquals(List.of(Instant.parse("2024-02-29T10:00:00Z")), distinct(ProbeSchema.AT));
  }

  @Test
  void valuesThatCastToTheSameValueAreReturnedOnce() {
    store("num", new BsonInt32(7), new BsonString("7"), new BsonDouble(8.0));
    List<Integer> values = distinct(ProbeSchema.NUM);
    assertEquals(new HashSet<>(List.of(7, 8)), new HashSet<>(values));
    assertEquals(2, values.size(), values::toString);
  }

  private <V> List<V> distinct(FieldPath<Probe, V> path) {
    return probes.distinct(path, Filter.empty());
  }

  private void fails(FieldPath<Probe, ?> path, String key, String expectedType, BsonType found) {
    CastException e = assertThrows(CastException.class, () -> distinct(path));
    assertEquals("Probe", e.modelName(), e.getMessage());
    assertNull(e.documentId(), e.getMessage());
    assertEquals(key, e.path(), e.getMessage());
    assertEquals(expectedType, e.expectedType(), e.getMessage());
    assertEquals(found, e.foundType(), e.getMessage());
  }

  private void store(String key, BsonValue... values) {
    for (BsonValue value : values) {
      raw.insertOne(
          new BsonDocument("_id", new BsonObjectId())
              .append("num", new BsonInt32(0))
              .append("big", new BsonInt64(0))
              .append("dbl", new BsonDouble(0))
              .append("flt", new BsonDouble(0))
              .append(key, value));
    }
    assertEquals(
        values.length,
        raw.distinct(key, BsonValue.class).into(new java.util.ArrayList<>()).size(),
        () -> "the server keeps each of " + Arrays.toString(values));
  }
}
