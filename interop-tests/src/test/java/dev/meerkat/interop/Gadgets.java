package dev.meerkat.interop;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWriter;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.codecs.EncoderContext;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/** Sample gadgets and their BSON, shared by the interop tests. */
final class Gadgets {
  private Gadgets() {}

  /** Every field set, to values that show each type's edge: no id and no timestamps yet. */
  static Gadget full() {
    return new Gadget(
        null,
        "Widget",
        "WX100",
        "live",
        7,
        -123_456,
        9_007_199_254_740_993L,
        30.5,
        30.0,
        true,
        Decimal128.parse("-0.001"),
        new BigDecimal("12345.6789"),
        Instant.ofEpochMilli(1_700_000_000_123L),
        LocalDate.of(2024, 2, 29),
        new ObjectId("65f0a1b2c3d4e5f6a7b8c9d0"),
        UUID.fromString("123e4567-e89b-42d3-a456-426614174000"),
        new byte[] {1, 2, 3, (byte) 0xff},
        List.of("a", "b"),
        Map.of("x", 1, "y", -2),
        new Dimensions(640, 480),
        List.of(new Part("left", 1.25), new Part("right", 2.0)),
        Gadget.Tier.PRO,
        (short) -300,
        'λ',
        1.5f,
        new Date(1_600_000_000_000L),
        LocalDateTime.of(2024, 2, 29, 13, 14, 15, 16_000_000),
        Set.of("x", "y"),
        Map.of("home", new Dimensions(1, 2)),
        new Document("free", "form").append("n", 1),
        null,
        null);
  }

  /** Only the required name: every other field absent. */
  static Gadget minimal(String name) {
    return new Gadget(
        null, name, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null);
  }

  /** What Meerkat's codec writes for {@code gadget}. */
  static BsonDocument encode(Gadget gadget) {
    BsonDocument doc = new BsonDocument();
    GadgetSchema.INSTANCE
        .codec()
        .encode(new BsonDocumentWriter(doc), gadget, EncoderContext.builder().build());
    return doc;
  }

  /**
   * The values of {@code gadget} as input for {@code new Model(...)} in Mongoose: Meerkat's BSON
   * without nulls, {@code __v} or a missing {@code _id}, as application code would pass them.
   */
  static BsonDocument mongooseInput(Gadget gadget) {
    BsonDocument doc = withoutNulls(encode(gadget));
    doc.remove("__v");
    return doc;
  }

  private static BsonDocument withoutNulls(BsonDocument doc) {
    BsonDocument result = new BsonDocument();
    doc.forEach(
        (key, value) -> {
          if (!value.isNull() && !key.equals("__v")) {
            result.put(key, withoutNulls(value));
          }
        });
    return result;
  }

  private static BsonValue withoutNulls(BsonValue value) {
    if (value.isDocument()) {
      return withoutNulls(value.asDocument());
    }
    if (value.isArray()) {
      return new org.bson.BsonArray(value.asArray().stream().map(Gadgets::withoutNulls).toList());
    }
    return value;
  }
}
