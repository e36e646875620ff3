package dev.meerkat.it.casting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mongodb.client.MongoCollection;
import dev.meerkat.CastException;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonDocument;
import org.bson.BsonObjectId;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.UuidRepresentation;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the README's cast table, through the real driver and server: a document written as
 * another tool would (with the driver alone) is read through the generated model. A value converts
 * when nothing is lost, and is otherwise a {@link CastException} naming the model, the document's
 * {@code _id}, the path, the expected Java type and the stored BSON type.
 */
@MongoTest
class CastTableTest {
  private static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
  private static final long MILLIS = 1_709_200_800_000L; // 2024-02-29T10:00:00Z

  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private ReadingModel readings;
  private MongoCollection<BsonDocument> raw;

  @BeforeEach
  void open(MongoServer server) {
    readings = ReadingModel.on(meerkat.connect(server.uri()).join());
    raw = readings.connection().db().getCollection(readings.collectionName(), BsonDocument.class);
    raw.deleteMany(new BsonDocument());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  static Stream<Arguments> conversions() {
    return Stream.of(
        row("count", "{$numberLong: '42'}", Reading::count, 42),
        row("count", "12.0", Reading::count, 12),
        row("count", "{$numberDecimal: '12.00'}", Reading::count, 12),
        row("count", "'42'", Reading::count, 42),
        row("count", "' -7 '", Reading::count, -7),
        row("count", "true", Reading::count, 1),
        row("total", "5", Reading::total, 5L),
        row("total", "3.0", Reading::total, 3L),
        row("total", "'9007199254740993'", Reading::total, 9_007_199_254_740_993L),
        row("total", "{$numberDecimal: '10'}", Reading::total, 10L),
        row("ratio", "3", Reading::ratio, 3.0),
        row("ratio", "{$numberLong: '4503599627370496'}", Reading::ratio, 4503599627370496.0),
        row("ratio", "{$numberDecimal: '0.1'}", Reading::ratio, 0.1),
        row("ratio", "'2.5'", Reading::ratio, 2.5),
        row("weight", "2", Reading::weight, 2.0f),
        row("price", "10", Reading::price, new BigDecimal("10")),
        row("price", "{$numberLong: '-3'}", Reading::price, new BigDecimal("-3")),
        row("price", "12.7", Reading::price, new BigDecimal("12.7")),
        row("price", "'19.99'", Reading::price, new BigDecimal("19.99")),
        row("amount", "10", Reading::amount, Decimal128.parse("10")),
        row("amount", "0.5", Reading::amount, Decimal128.parse("0.5")),
        row("amount", "'1.25'", Reading::amount, Decimal128.parse("1.25")),
        row("label", "42", Reading::label, "42"),
        row("label", "12.0", Reading::label, "12"),
        row("label", "12.5", Reading::label, "12.5"),
        row("label", "{$numberDecimal: '1.10'}", Reading::label, "1.10"),
        row(
            "label",
            "{$oid: '65f0a1b2c3d4e5f601234567'}",
            Reading::label,
            "65f0a1b2c3d4e5f601234567"),
        row("label", "false", Reading::label, "false"),
        row("initial", "'x'", Reading::initial, 'x'),
        row("flag", "'yes'", Reading::flag, true),
        row("flag", "'true'", Reading::flag, true),
        row("flag", "'0'", Reading::flag, false),
        row("flag", "1", Reading::flag, true),
        row("flag", "0.0", Reading::flag, false),
        row(
            "ref",
            "'65f0a1b2c3d4e5f601234567'",
            Reading::ref,
            new ObjectId("65f0a1b2c3d4e5f601234567")),
        row("at", "{$numberLong: '" + MILLIS + "'}", Reading::at, Instant.ofEpochMilli(MILLIS)),
        row("at", "'" + MILLIS + "'", Reading::at, Instant.ofEpochMilli(MILLIS)),
        row("at", "'2024-02-29T10:00:00Z'", Reading::at, Instant.ofEpochMilli(MILLIS)),
        row("at", "'2024-02-29T12:00:00+02:00'", Reading::at, Instant.ofEpochMilli(MILLIS)),
        row("at", "'2024-02-29T10:00:00'", Reading::at, Instant.ofEpochMilli(MILLIS)),
        row("at", "'2024-02-29'", Reading::at, Instant.parse("2024-02-29T00:00:00Z")),
        row("date", "{$numberLong: '" + MILLIS + "'}", Reading::date, new Date(MILLIS)),
        row("day", "'2024-02-29'", Reading::day, LocalDate.of(2024, 2, 29)),
        row("uuid", "'" + ID + "'", Reading::uuid, ID),
        row("uuid", "'" + ID.toString().toUpperCase() + "'", Reading::uuid, ID),
        row("tier", "'GOLD'", Reading::tier, Tier.GOLD),
        row("small", "7.0", Reading::small, (short) 7),
        row("small", "{$numberLong: '-32768'}", Reading::small, Short.MIN_VALUE),
        row("tiny", "'127'", Reading::tiny, (byte) 127),
        row(
            "scores",
            "[1, 2.0, '3', {$numberLong: '4'}, null]",
            Reading::scores,
            java.util.Arrays.asList(1, 2, 3, 4, null)),
        row("scores", "null", Reading::scores, List.of()),
        row("tags", "['a', 1, true]", Reading::tags, Set.of("a", "1", "true")),
        row("counters", "{a: 1.0, b: '2'}", r -> r.counters(), java.util.Map.of("a", 1, "b", 2)));
  }

  private static Arguments row(
      String key, String storedJson, Function<Reading, Object> field, Object expected) {
    return Arguments.of(key, storedJson, field, expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("conversions")
  void convertsWhenNothingIsLost(
      String key, String storedJson, Function<Reading, Object> field, Object expected) {
    ObjectId id = insert(key, value(storedJson));
    assertEquals(expected, field.apply(readings.findById(id).orElseThrow()));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("conversions")
  void convertsAlikeWhenTheReaderIsNotOverRawBytes(
      String key, String storedJson, Function<Reading, Object> field, Object expected) {
    BsonDocument stored =
        new BsonDocument("_id", new BsonObjectId())
            .append("qty", value("1"))
            .append(key, value(storedJson));
    Reading read =
        ReadingSchema.INSTANCE
            .codec()
            .decode(
                new org.bson.BsonDocumentReader(stored),
                org.bson.codecs.DecoderContext.builder().build());
    assertEquals(expected, field.apply(read));
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        fails("qty", "12.7", "qty", "Integer", BsonType.DOUBLE),
        fails("count", "'abc'", "count", "Integer", BsonType.STRING),
        fails("count", "''", "count", "Integer", BsonType.STRING),
        fails("count", "{$numberLong: '2147483648'}", "count", "Integer", BsonType.INT64),
        fails("count", "{$numberDecimal: '1.5'}", "count", "Integer", BsonType.DECIMAL128),
        fails("count", "{$date: '2024-02-29T10:00:00Z'}", "count", "Integer", BsonType.DATE_TIME),
        fails("total", "2.5", "total", "Long", BsonType.DOUBLE),
        fails("total", "'1e400'", "total", "Long", BsonType.STRING),
        fails("ratio", "{$numberLong: '9007199254740993'}", "ratio", "Double", BsonType.INT64),
        fails(
            "ratio",
            "{$numberDecimal: '0.12345678901234567890'}",
            "ratio",
            "Double",
            BsonType.DECIMAL128),
        fails("ratio", "'NaN'", "ratio", "Double", BsonType.STRING),
        fails("price", "{$numberDecimal: 'NaN'}", "price", "BigDecimal", BsonType.DECIMAL128),
        fails("price", "true", "price", "BigDecimal", BsonType.BOOLEAN),
        fails("amount", "'twelve'", "amount", "Decimal128", BsonType.STRING),
        fails("label", "{first: 'a'}", "label", "String", BsonType.DOCUMENT),
        fails("label", "['a']", "label", "String", BsonType.ARRAY),
        fails("initial", "'xy'", "initial", "Character", BsonType.STRING),
        fails("flag", "'maybe'", "flag", "Boolean", BsonType.STRING),
        fails("flag", "2", "flag", "Boolean", BsonType.INT32),
        fails("ref", "'xyz'", "ref", "ObjectId", BsonType.STRING),
        fails("ref", "42", "ref", "ObjectId", BsonType.INT32),
        fails("at", "'not a date'", "at", "Instant", BsonType.STRING),
        fails("at", "1.5", "at", "Instant", BsonType.DOUBLE),
        fails("date", "true", "date", "Date", BsonType.BOOLEAN),
        fails("day", "'29/02/2024'", "day", "LocalDate", BsonType.STRING),
        fails("uuid", "'nope'", "uuid", "UUID", BsonType.STRING),
        fails("tier", "'PLATINUM'", "tier", "Tier", BsonType.STRING),
        fails("tier", "2", "tier", "Tier", BsonType.INT32),
        fails("small", "40000", "small", "Short", BsonType.INT32),
        fails("tiny", "128", "tiny", "Byte", BsonType.INT32),
        fails("bytes", "'AQID'", "bytes", "byte[]", BsonType.STRING),
        fails("address", "'1 Main St'", "address", "Address", BsonType.STRING),
        fails(
            "address",
            "{street: 'Main', zip: {code: 1}}",
            "address.zip",
            "String",
            BsonType.DOCUMENT),
        fails("scores", "[1, 2, 3, 4.5]", "scores.3", "Integer", BsonType.DOUBLE),
        fails("scores", "'1,2'", "scores", "List", BsonType.STRING),
        fails("tags", "['a', {b: 1}]", "tags.1", "String", BsonType.DOCUMENT),
        fails("counters", "{a: 1, b: 'x'}", "counters.b", "Integer", BsonType.STRING),
        fails("counters", "[1]", "counters", "Map", BsonType.ARRAY));
  }

  private static Arguments fails(
      String key, String storedJson, String path, String expectedType, BsonType found) {
    return Arguments.of(key, storedJson, path, expectedType, found);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("failures")
  void failsNamingModelIdPathAndTypes(
      String key, String storedJson, String path, String expectedType, BsonType found) {
    ObjectId id = insert(key, value(storedJson));
    CastException e = assertThrows(CastException.class, () -> readings.findById(id));
    assertEquals("Reading", e.modelName());
    assertEquals(id, e.documentId());
    assertEquals(path, e.path());
    assertEquals(expectedType, e.expectedType());
    assertEquals(found, e.foundType());
    assertEquals(
        "Cast to "
            + expectedType
            + " failed for value "
            + e.value()
            + " (type "
            + CastException.typeName(found)
            + ") at path \""
            + path
            + "\" for model \"Reading\" (_id: "
            + id.toHexString()
            + ")",
        e.getMessage());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("failures")
  void failsAlikeWhenTheReaderIsNotOverRawBytes(
      String key, String storedJson, String path, String expectedType, BsonType found) {
    BsonDocument stored =
        new BsonDocument("_id", new BsonObjectId())
            .append("qty", value("1"))
            .append(key, value(storedJson));
    CastException e =
        assertThrows(
            CastException.class,
            () ->
                ReadingSchema.INSTANCE
                    .codec()
                    .decode(
                        new org.bson.BsonDocumentReader(stored),
                        org.bson.codecs.DecoderContext.builder().build()));
    assertEquals(stored.getObjectId("_id").getValue(), e.documentId());
    assertEquals(path, e.path());
    assertEquals(expectedType, e.expectedType());
    assertEquals(found, e.foundType());
  }

  @org.junit.jupiter.api.Test
  void twelvePointSevenIntoAnIntIsAnErrorNeverTwelve() {
    ObjectId id = insert("qty", value("12.7"));
    CastException e = assertThrows(CastException.class, () -> readings.findById(id));
    assertEquals(
        "Cast to Integer failed for value 12.7 (type double) at path \"qty\" for model \"Reading\" (_id: "
            + id.toHexString()
            + ")",
        e.getMessage());
    assertEquals(
        12,
        readings.findById(insert("qty", value("12.0"))).orElseThrow().qty(),
        "12.0 is exactly 12");
  }

  @org.junit.jupiter.api.Test
  void legacyUuidsAndBinaryReadAsBefore() {
    BsonBinary legacy = new BsonBinary(ID, UuidRepresentation.JAVA_LEGACY);
    assertEquals(BsonBinarySubType.UUID_LEGACY.getValue(), legacy.getType());
    assertEquals(ID, readings.findById(insert("uuid", legacy)).orElseThrow().uuid());
    byte[] bytes = {1, 2, 3};
    assertArrayEquals(
        bytes, readings.findById(insert("bytes", new BsonBinary(bytes))).orElseThrow().bytes());
  }

  private ObjectId insert(String key, BsonValue value) {
    ObjectId id = new ObjectId();
    BsonDocument document = new BsonDocument("_id", new BsonObjectId(id));
    if (!key.equals("qty")) {
      document.append("qty", value("1"));
    }
    raw.insertOne(document.append(key, value));
    return id;
  }

  private static BsonValue value(String json) {
    return BsonDocument.parse("{v: " + json + "}").get("v");
  }
}
