package dev.meerkat.it.casting.edge;

import dev.meerkat.it.casting.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBoolean;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The rows of {@link ReadEdgesTest}: stored values at the edges of the cast table, with what each
 * reads as ({@link #conversions}) or the {@code CastException} it gives ({@link #failures}).
 */
final class ReadEdgeRows {
  private static final long TWO_POW_53 = 1L << 53;
  private static final long TWO_POW_60 = 1L << 60;
  private static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
  private static final String UPPER_ID = ID.toString().toUpperCase(java.util.Locale.ROOT);

  private ReadEdgeRows() {}

  static Stream<Arguments> conversions() {
    return Stream.of(
        // int at its range from both sides
        row("num", new BsonInt64(Integer.MAX_VALUE), Integer.MAX_VALUE),
        row("num", new BsonInt64(Integer.MIN_VALUE), Integer.MIN_VALUE),
        row("num", new BsonDouble(-0.0), 0),
        row("num", decimal("12.0"), 12),
        row("num", decimal("1.2E+1"), 12),
        row("num", decimal("-0"), 0),
        row("num", decimal("-0.00"), 0),
        row("num", new BsonString("+1"), 1),
        row("num", new BsonString("1e3"), 1000),
        row("num", new BsonString(" 42\t"), 42),
        // long: a double's exact value, never its shortest decimal form
        row("big", new BsonDouble(TWO_POW_53), TWO_POW_53),
        row("big", new BsonDouble(TWO_POW_60), TWO_POW_60),
        row("big", new BsonDouble(-0x1p63), Long.MIN_VALUE),
        row("big", new BsonDouble(0x1.fffffffffffffp62), 0x7ffffffffffffc00L),
        row("big", new BsonString("9223372036854775807"), Long.MAX_VALUE),
        row("big", decimal("-0"), 0L),
        // double
        row("dbl", decimal("-0"), -0.0),
        row("dbl", decimal("0.1"), 0.1),
        row("dbl", new BsonInt64(-(TWO_POW_53 - 1)), (double) -(TWO_POW_53 - 1)),
        row("dbl", new BsonString("1e300"), 1e300),
        // float: a stored double is rounded (documented); other types only when a float holds them
        row("flt", new BsonDouble(0.1), 0.1f),
        row("flt", new BsonInt32(16_777_216), 16_777_216f),
        row("flt", decimal("0.1"), 0.1f),
        row("flt", new BsonDouble(Float.MAX_VALUE), Float.MAX_VALUE),
        row("flt", new BsonDouble(Double.POSITIVE_INFINITY), Float.POSITIVE_INFINITY),
        row("flt", new BsonDouble(0.0), 0f),
        // BigDecimal and Decimal128
        row("dec", new BsonDouble(0.1), new BigDecimal("0.1")),
        row("dec", new BsonDouble(1e300), new BigDecimal("1.0E+300")),
        row("dec", decimal("-0"), BigDecimal.ZERO),
        row("dec", decimal("-0.00"), new BigDecimal("0.00")),
        row("dec", new BsonString("1e3"), new BigDecimal("1e3")),
        row("d128", new BsonDouble(1e300), Decimal128.parse("1.0E+300")),
        row("d128", decimal("-0"), Decimal128.NEGATIVE_ZERO),
        // String: numbers as JavaScript prints them
        row("text", new BsonDouble(1e20), "100000000000000000000"),
        row("text", new BsonDouble(-1e20), "-100000000000000000000"),
        row("text", new BsonDouble(-0.0), "0"),
        row("text", new BsonDouble(9007199254740993.0), "9007199254740992"),
        row("text", decimal("-0"), "-0"),
        // Boolean
        row("flag", new BsonInt64(1), true),
        row("flag", new BsonDouble(0.0), false),
        row("flag", new BsonString("no"), false),
        // dates before 1970 and far ahead, with and without a zone
        row("at", new BsonString("1969-07-20T20:17:40Z"), Instant.parse("1969-07-20T20:17:40Z")),
        row("at", new BsonString("-1000"), Instant.ofEpochMilli(-1000)),
        row("at", new BsonInt64(Long.MAX_VALUE), Instant.ofEpochMilli(Long.MAX_VALUE)),
        row(
            "at",
            new BsonString("+20000-01-01T00:00:00Z"),
            Instant.parse("+20000-01-01T00:00:00Z")),
        row("day", new BsonString("1900-01-01"), LocalDate.of(1900, 1, 1)),
        row("day", new BsonString("2024-02-29T23:30:00-01:00"), LocalDate.of(2024, 3, 1)),
        row(
            "local",
            new BsonString("2024-02-29T12:00:00+02:00"),
            LocalDateTime.of(2024, 2, 29, 10, 0)),
        row(
            "offset",
            new BsonString("2024-02-29T12:00:00+02:00"),
            OffsetDateTime.of(2024, 2, 29, 10, 0, 0, 0, ZoneOffset.UTC)),
        row(
            "zoned",
            new BsonString("2024-02-29T10:00:00"),
            ZonedDateTime.of(2024, 2, 29, 10, 0, 0, 0, ZoneOffset.UTC)),
        // UUID
        row("uuid", new BsonString(ID.toString().toUpperCase()), ID),
        // Optional, nested arrays, enums and maps, with nulls kept
        row("maybe", BsonNull.VALUE, Optional.empty()),
        row("maybe", new BsonDouble(3.0), Optional.of(3)),
        row(
            "grid",
            array(array(new BsonInt32(1), new BsonDouble(2.0)), BsonNull.VALUE, array()),
            Arrays.asList(List.of(1, 2), null, List.of())),
        row("tiers", array(new BsonString("GOLD"), BsonNull.VALUE), Arrays.asList(Tier.GOLD, null)),
        row(
            "prices",
            array(decimal("-0"), new BsonDouble(0.1)),
            List.of(BigDecimal.ZERO, BigDecimal.valueOf(0.1))),
        row(
            "buckets",
            new BsonDocument("a", array(new BsonString("1"))).append("b", BsonNull.VALUE),
            mapOf("a", List.of(1), "b", null)),
        row("byTier", new BsonDocument("GOLD", new BsonInt32(1)), Map.of(Tier.GOLD, 1)),
        row("byUuid", new BsonDocument(ID.toString(), new BsonString("x")), Map.of(ID, "x")),
        row("byUuid", new BsonDocument(UPPER_ID, new BsonString("x")), Map.of(ID, "x")),
        row(
            "numbers",
            array(new BsonInt32(1), new BsonString("2"), new BsonDouble(3), BsonNull.VALUE),
            new LinkedHashSet<>(Arrays.asList(1, 2, 3, null))),
        row(
            "byId",
            new BsonDocument("65f0a1b2c3d4e5f601234567", new BsonInt32(1)),
            Map.of(new ObjectId("65f0a1b2c3d4e5f601234567"), 1)),
        row(
            "other",
            new BsonString("65F0A1B2C3D4E5F601234567"),
            new ObjectId("65f0a1b2c3d4e5f601234567")));
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        fails("num", new BsonInt64(Integer.MAX_VALUE + 1L), "num", "Integer", BsonType.INT64),
        fails("num", new BsonInt64(Integer.MIN_VALUE - 1L), "num", "Integer", BsonType.INT64),
        fails("num", new BsonDouble(Double.NaN), "num", "Integer", BsonType.DOUBLE),
        fails("num", new BsonDouble(Double.POSITIVE_INFINITY), "num", "Integer", BsonType.DOUBLE),
        fails("num", new BsonDouble(1e300), "num", "Integer", BsonType.DOUBLE),
        fails("num", decimal("NaN"), "num", "Integer", BsonType.DECIMAL128),
        fails("num", decimal("-Infinity"), "num", "Integer", BsonType.DECIMAL128),
        fails("num", decimal("12.5"), "num", "Integer", BsonType.DECIMAL128),
        fails("num", new BsonString("0x10"), "num", "Integer", BsonType.STRING),
        fails("num", new BsonString(""), "num", "Integer", BsonType.STRING),
        fails("num", new BsonString("1".repeat(400)), "num", "Integer", BsonType.STRING),
        fails("big", new BsonDouble(0x1p63), "big", "Long", BsonType.DOUBLE),
        fails("big", new BsonDouble(1e19), "big", "Long", BsonType.DOUBLE),
        fails("big", new BsonString("9223372036854775808"), "big", "Long", BsonType.STRING),
        fails("big", decimal("Infinity"), "big", "Long", BsonType.DECIMAL128),
        fails("dbl", decimal("1E+400"), "dbl", "Double", BsonType.DECIMAL128),
        fails("dbl", decimal("1E-400"), "dbl", "Double", BsonType.DECIMAL128),
        fails("dbl", new BsonInt64(TWO_POW_53 + 1), "dbl", "Double", BsonType.INT64),
        fails("flt", new BsonInt32(16_777_217), "flt", "Float", BsonType.INT32),
        fails("flt", new BsonString("0.1000000001"), "flt", "Float", BsonType.STRING),
        fails("flt", new BsonDouble(1e300), "flt", "Float", BsonType.DOUBLE),
        fails("flt", new BsonDouble(-1e300), "flt", "Float", BsonType.DOUBLE),
        fails("flt", new BsonDouble(1e-300), "flt", "Float", BsonType.DOUBLE),
        fails("dec", new BsonDouble(Double.NaN), "dec", "BigDecimal", BsonType.DOUBLE),
        fails("dec", decimal("-Infinity"), "dec", "BigDecimal", BsonType.DECIMAL128),
        fails(
            "d128",
            new BsonString("1" + "0".repeat(40) + ".5"),
            "d128",
            "Decimal128",
            BsonType.STRING),
        fails("flag", new BsonString("TRUE"), "flag", "Boolean", BsonType.STRING),
        fails("flag", new BsonDouble(0.5), "flag", "Boolean", BsonType.DOUBLE),
        fails("at", new BsonString("+999999999-12-31T23:59:59Z"), "at", "Instant", BsonType.STRING),
        fails("day", new BsonString("+999999999-12-31"), "day", "LocalDate", BsonType.STRING),
        fails("at", new BsonString("2024-02-30"), "at", "Instant", BsonType.STRING),
        fails("at", new BsonDouble(1.5), "at", "Instant", BsonType.DOUBLE),
        fails("offset", new BsonString("yesterday"), "offset", "OffsetDateTime", BsonType.STRING),
        fails("zoned", BsonBoolean.TRUE, "zoned", "ZonedDateTime", BsonType.BOOLEAN),
        fails("local", new BsonString("noon"), "local", "LocalDateTime", BsonType.STRING),
        fails("uuid", new BsonString("1-2-3-4-5"), "uuid", "UUID", BsonType.STRING),
        fails("maybe", new BsonDouble(12.7), "maybe", "Integer", BsonType.DOUBLE),
        fails(
            "grid",
            array(array(new BsonInt32(1)), array(new BsonInt32(3), new BsonDouble(4.5))),
            "grid.1.1",
            "Integer",
            BsonType.DOUBLE),
        fails("grid", array(new BsonInt32(1)), "grid.0", "List", BsonType.INT32),
        fails("grid", new BsonInt32(1), "grid", "List", BsonType.INT32),
        fails(
            "tiers",
            array(new BsonString("GOLD"), new BsonString("gold")),
            "tiers.1",
            "Tier",
            BsonType.STRING),
        fails("tiers", array(new BsonInt32(0)), "tiers.0", "Tier", BsonType.INT32),
        fails(
            "prices",
            array(new BsonInt32(1), decimal("NaN")),
            "prices.1",
            "BigDecimal",
            BsonType.DECIMAL128),
        fails("floats", array(new BsonInt32(16_777_217)), "floats.0", "Float", BsonType.INT32),
        fails(
            "buckets",
            new BsonDocument("a", array(new BsonInt32(1)))
                .append("b", array(new BsonInt32(2), new BsonString("x"))),
            "buckets.b.1",
            "Integer",
            BsonType.STRING),
        fails(
            "items",
            array(
                new BsonDocument("sku", new BsonString("a")),
                new BsonDocument("quantity", new BsonDouble(1.5))),
            "items.1.quantity",
            "Integer",
            BsonType.DOUBLE),
        fails("items", array(new BsonString("a")), "items.0", "LineItem", BsonType.STRING),
        fails(
            "items",
            new BsonDocument("sku", new BsonString("a")),
            "items",
            "List",
            BsonType.DOCUMENT),
        fails("text", new BsonDocument("a", new BsonInt32(1)), "text", "String", BsonType.DOCUMENT),
        fails(
            "byTier",
            new BsonDocument("PLATINUM", new BsonInt32(1)),
            "byTier.PLATINUM",
            "Tier",
            BsonType.STRING),
        fails(
            "byTier",
            new BsonDocument("gold", new BsonInt32(1)),
            "byTier.gold",
            "Tier",
            BsonType.STRING),
        fails(
            "byUuid",
            new BsonDocument("nope", new BsonString("x")),
            "byUuid.nope",
            "UUID",
            BsonType.STRING),
        fails(
            "byUuid",
            new BsonDocument("1-2-3-4-5", new BsonString("x")),
            "byUuid.1-2-3-4-5",
            "UUID",
            BsonType.STRING),
        fails(
            "byId",
            new BsonDocument("xyz", new BsonInt32(1)),
            "byId.xyz",
            "ObjectId",
            BsonType.STRING),
        // Two stored keys or elements that read as one: the map or Set would keep one, and a save
        // would store one.
        fails(
            "byUuid",
            new BsonDocument(ID.toString(), new BsonString("x"))
                .append(UPPER_ID, new BsonString("y")),
            "byUuid." + UPPER_ID,
            "UUID key that differs from the earlier ones",
            BsonType.STRING),
        fails(
            "byId",
            new BsonDocument("65f0a1b2c3d4e5f601234567", new BsonInt32(1))
                .append("65F0A1B2C3D4E5F601234567", new BsonInt32(2)),
            "byId.65F0A1B2C3D4E5F601234567",
            "ObjectId key that differs from the earlier ones",
            BsonType.STRING),
        fails(
            "numbers",
            array(new BsonInt32(1), new BsonString("1")),
            "numbers.1",
            "a Set element that differs from the earlier ones",
            BsonType.STRING),
        fails(
            "numbers",
            array(new BsonInt32(7), new BsonInt32(8), new BsonInt64(7)),
            "numbers.2",
            "a Set element that differs from the earlier ones",
            BsonType.INT64),
        fails(
            "numbers",
            array(BsonNull.VALUE, BsonNull.VALUE),
            "numbers.1",
            "a Set element that differs from the earlier ones",
            BsonType.NULL),
        fails(
            "byTier",
            new BsonDocument("GOLD", new BsonDouble(1.5)),
            "byTier.GOLD",
            "Integer",
            BsonType.DOUBLE),
        fails("num", new BsonString("\u0661\u0662"), "num", "Integer", BsonType.STRING),
        fails("num", new BsonString("\uff11\uff12"), "num", "Integer", BsonType.STRING),
        fails("dec", new BsonString("\u0661.5"), "dec", "BigDecimal", BsonType.STRING),
        fails(
            "other",
            new BsonString("65f0a1b2c3d4e5f60123456"),
            "other",
            "ObjectId",
            BsonType.STRING),
        fails(
            "other",
            new BsonString("65f0a1b2c3d4e5f6012345678"),
            "other",
            "ObjectId",
            BsonType.STRING),
        fails(
            "other",
            new BsonString(" 65f0a1b2c3d4e5f601234567"),
            "other",
            "ObjectId",
            BsonType.STRING),
        fails("parent", new BsonDouble(1.5), "parent", "Ref", BsonType.DOUBLE),
        fails("parent", new BsonBinary(new byte[16]), "parent", "Ref", BsonType.BINARY),
        fails(
            "links",
            array(new BsonObjectId(), new BsonDocument("a", new BsonInt32(1))),
            "links.1",
            "Ref",
            BsonType.DOCUMENT));
  }

  private static Arguments row(String key, BsonValue stored, Object expected) {
    return Arguments.of(key, stored, expected);
  }

  private static Arguments fails(
      String key, BsonValue stored, String path, String expectedType, BsonType found) {
    return Arguments.of(key, stored, path, expectedType, found);
  }

  private static BsonDecimal128 decimal(String text) {
    return new BsonDecimal128(Decimal128.parse(text));
  }

  private static BsonArray array(BsonValue... values) {
    return new BsonArray(List.of(values));
  }

  private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }
}
