package dev.meerkat.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.meerkat.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.BsonArray;
import org.bson.BsonBinarySubType;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Round-trips every supported field type through the generated codecs. */
class CodecRoundTripTest {
  private static Loaded loaded;
  private static Schema<Object> everything;

  @BeforeAll
  static void compile() {
    loaded = Fixtures.shop();
    everything = loaded.schema("shop.EverythingSchema");
  }

  private static Object sample() {
    return loaded.call("shop.Everything", "sample");
  }

  @Test
  void encodesEveryTypeAsTheDriverStoresIt() {
    BsonDocument doc = Loaded.encode(everything, sample());

    assertThat(doc.getFirstKey()).isEqualTo("_id");
    assertThat(doc.getObjectId("_id").getValue())
        .isEqualTo(new ObjectId("65a000000000000000000001"));
    assertThat(doc.getString("name").getValue()).isEqualTo("Ada");
    assertThat(doc.get("a")).isEqualTo(new BsonInt32(36));
    assertThat(doc.containsKey("age")).isFalse();
    assertThat(doc.getBoolean("active").getValue()).isTrue();
    assertThat(doc.getBoolean("verified").getValue()).isFalse();
    assertThat(doc.get("b")).isEqualTo(new BsonInt32(7));
    assertThat(doc.get("s")).isEqualTo(new BsonInt32(300));
    assertThat(doc.getString("c").getValue()).isEqualTo("x");
    assertThat(doc.get("l")).isEqualTo(new BsonInt64(1L << 40));
    assertThat(doc.getDouble("f").getValue()).isEqualTo(1.5);
    assertThat(doc.getDouble("d").getValue()).isEqualTo(2.25);
    assertThat(doc.get("boxedLong")).isEqualTo(new BsonInt64(43));
    assertThat(doc.get("instant")).isEqualTo(new BsonDateTime(1_700_000_000_123L));
    assertThat(doc.get("date")).isEqualTo(new BsonDateTime(1_600_000_000_000L));
    assertThat(doc.getDateTime("localDate").getValue())
        .isEqualTo(Instant.parse("2024-02-29T00:00:00Z").toEpochMilli());
    assertThat(doc.getDateTime("localDateTime").getValue())
        .isEqualTo(Instant.parse("2024-01-02T03:04:05Z").toEpochMilli());
    assertThat(doc.getDecimal128("price").getValue()).isEqualTo(Decimal128.parse("12.50"));
    assertThat(doc.getDecimal128("decimal").getValue()).isEqualTo(Decimal128.parse("3.14"));
    assertThat(doc.getBinary("uuid").getType())
        .isEqualTo(BsonBinarySubType.UUID_STANDARD.getValue());
    assertThat(doc.getBinary("bytes").getData()).isEqualTo(new byte[] {1, 2, 3});
    assertThat(doc.getString("color").getValue()).isEqualTo("GREEN");
    assertThat(doc.getArray("tags"))
        .isEqualTo(
            new BsonArray(List.of(new BsonString("a"), BsonNull.VALUE, new BsonString("b"))));
    assertThat(doc.getArray("numbers").getValues())
        .containsExactly(new BsonInt32(3), new BsonInt32(1), new BsonInt32(2))
        .inOrder();
    assertThat(doc.getArray("colors").get(0)).isEqualTo(new BsonString("RED"));
    assertThat(doc.getArray("matrix").get(0).asArray().get(0)).isEqualTo(new BsonString("x"));
    assertThat(doc.getDocument("scores").getDouble("math").getValue()).isEqualTo(9.5);
    assertThat(doc.getDocument("addresses").getDocument("home").getString("city").getValue())
        .isEqualTo("Paris");
    BsonDocument address = doc.getDocument("address");
    assertThat(address.getString("postcode").getValue()).isEqualTo("75001");
    assertThat(address.getDocument("parent").getString("city").getValue()).isEqualTo("France");
    assertThat(address.getDocument("parent").containsKey("postcode")).isFalse();
    assertThat(doc.getArray("history").get(0).asDocument().getString("city").getValue())
        .isEqualTo("Rome");
    assertThat(doc.getDocument("raw")).isEqualTo(BsonDocument.parse("{k: 'v', n: 1}"));
    assertThat(doc.containsKey("ignored")).isFalse();
    assertThat(doc.get("__v")).isEqualTo(new BsonInt32(0));
  }

  @Test
  void decodesWhatItEncodes_withDocumentAndBinaryReaders() {
    BsonDocument encoded = Loaded.encode(everything, sample());
    for (Object decoded :
        List.of(Loaded.decode(everything, encoded), Loaded.decodeRaw(everything, encoded))) {
      assertThat(Loaded.encode(everything, decoded)).isEqualTo(encoded);
      assertThat(Loaded.component(decoded, "age")).isEqualTo(36);
      assertThat(Loaded.component(decoded, "c")).isEqualTo('x');
      assertThat(Loaded.component(decoded, "f")).isEqualTo(1.5f);
      assertThat(Loaded.component(decoded, "b")).isEqualTo((byte) 7);
      assertThat(Loaded.component(decoded, "localDate")).isEqualTo(LocalDate.of(2024, 2, 29));
      assertThat(Loaded.component(decoded, "localDateTime"))
          .isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5));
      assertThat(Loaded.component(decoded, "date")).isEqualTo(new Date(1_600_000_000_000L));
      assertThat(Loaded.component(decoded, "price")).isEqualTo(new BigDecimal("12.50"));
      assertThat(Loaded.component(decoded, "uuid"))
          .isEqualTo(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
      assertThat(Loaded.component(decoded, "color").toString()).isEqualTo("GREEN");
      assertThat(Loaded.component(decoded, "tags"))
          .isEqualTo(java.util.Arrays.asList("a", null, "b"));
      assertThat(Loaded.component(decoded, "numbers")).isEqualTo(java.util.Set.of(1, 2, 3));
      assertThat(Loaded.component(decoded, "scores")).isEqualTo(Map.of("math", 9.5));
      assertThat(Loaded.component(decoded, "raw")).isEqualTo(new Document("k", "v").append("n", 1));
      assertThat(Loaded.component(decoded, "ignored")).isNull();
      Object address = Loaded.component(decoded, "address");
      assertThat(Loaded.component(Loaded.component(address, "parent"), "city")).isEqualTo("France");
    }
  }

  @Test
  void omitsNullsAndLeavesMissingPrimitivesAtTheirDefault() {
    BsonDocument empty = new BsonDocument();
    Object decoded = Loaded.decode(everything, empty);
    assertThat(Loaded.component(decoded, "age")).isEqualTo(0);
    assertThat(Loaded.component(decoded, "active")).isEqualTo(false);
    assertThat(Loaded.component(decoded, "name")).isNull();

    BsonDocument encoded = Loaded.encode(everything, decoded);
    assertThat(encoded.keySet())
        .containsExactly("a", "active", "b", "s", "c", "l", "f", "d", "__v")
        .inOrder();
  }

  @Test
  void readsNullsAndOtherNumberTypesWhenNothingIsLost() {
    BsonDocument stored =
        BsonDocument.parse(
            "{_id: null, name: null, a: {$numberLong: '41'}, d: 3, l: 2.0, boxedInt: null, tags: null}");
    Object decoded = Loaded.decodeRaw(everything, stored);
    assertThat(Loaded.component(decoded, "id")).isNull();
    assertThat(Loaded.component(decoded, "age")).isEqualTo(41);
    assertThat(Loaded.component(decoded, "d")).isEqualTo(3.0);
    assertThat(Loaded.component(decoded, "l")).isEqualTo(2L);
    assertThat((List<?>) Loaded.component(decoded, "tags")).isEmpty();
    // A null or missing array reads as [] and is not written back.
    assertThat(Loaded.encode(everything, decoded).containsKey("tags")).isFalse();
  }

  @Test
  void skipsUnknownKeysAndTheVersionKeyWhenStrict() {
    Schema<Object> strict = loaded.schema("shop.Outer_StrictSchema");
    BsonDocument stored =
        BsonDocument.parse("{_id: 'k1', name: 'n', extra: {deep: [1, 2]}, __v: 3, other: 1}");
    Object decoded = Loaded.decodeRaw(strict, stored);
    BsonDocument encoded = Loaded.encode(strict, decoded);
    assertThat(encoded).isEqualTo(BsonDocument.parse("{_id: 'k1', name: 'n', __v: 0}"));
  }

  @Test
  void keepsUnknownKeysInExtraFieldsWhenNotStrict() {
    Schema<Object> person = loaded.schema("shop.PersonSchema");
    BsonDocument stored =
        BsonDocument.parse(
            "{_id: {$oid: '65a000000000000000000002'}, name: 'Grace', "
                + "admin: true, score: 7, nicknames: ['g'], legacy: {since: 1999}, tags: ['x', 'y'], "
                + "uid: {$binary: {base64: 'EjRWeJASNFZ4kBI0VniQEg==', subType: '04'}}}");
    Object decoded = Loaded.decodeRaw(person, stored);
    assertThat(Loaded.invoke(decoded, "getName")).isEqualTo("Grace");
    assertThat(Loaded.invoke(decoded, "isAdmin")).isEqualTo(true);
    Document extra = (Document) Loaded.invoke(decoded, "getExtra");
    assertThat(extra.keySet()).containsExactly("legacy", "tags", "uid").inOrder();
    assertThat(extra.get("legacy")).isEqualTo(new Document("since", 1999));
    assertThat(extra.get("uid")).isInstanceOf(UUID.class);

    BsonDocument encoded = Loaded.encode(person, decoded);
    assertThat(encoded).isEqualTo(stored);
  }

  @Test
  void extraFieldsNeverOverrideDeclaredKeys() throws Exception {
    Schema<Object> person = loaded.schema("shop.PersonSchema");
    Object value = loaded.type("shop.Person").getConstructor().newInstance();
    Loaded.invoke(value, "setName", "Ann");
    Loaded.invoke(value, "setExtra", new Document("name", "shadow").append("kept", List.of(1)));
    BsonDocument encoded = Loaded.encode(person, value);
    assertThat(encoded.getString("name").getValue()).isEqualTo("Ann");
    assertThat(encoded.getArray("kept").get(0)).isEqualTo(new BsonInt32(1));
    assertThat(encoded.keySet().stream().filter("name"::equals).count()).isEqualTo(1);
    assertThat(encoded.containsKey("__v")).isFalse();
  }

  @Test
  void roundTripsRecursiveSchemas() {
    Schema<Object> category = loaded.schema("shop.CategorySchema");
    BsonDocument stored =
        BsonDocument.parse(
            "{_id: 'c1', slug: 'root', children: [{slug: 'a', children: "
                + "[{slug: 'a1'}]}, null], parent: {slug: 'top', parent: {slug: 'universe'}}}");
    Object decoded = Loaded.decodeRaw(category, stored);
    List<?> children = (List<?>) Loaded.component(decoded, "children");
    assertThat(children).hasSize(2);
    List<?> grandChildren = (List<?>) Loaded.component(children.get(0), "children");
    assertThat(Loaded.component(grandChildren.get(0), "slug")).isEqualTo("a1");
    BsonDocument encoded = Loaded.encode(category, decoded);
    BsonDocument expected = stored.clone();
    expected.put("__v", new BsonInt32(0));
    assertThat(encoded).isEqualTo(expected); // __v on the top-level document only
    assertThat(new ArrayList<>(encoded.keySet()))
        .containsExactly("_id", "slug", "children", "parent", "__v")
        .inOrder();
  }

  @Test
  void fastPathLeavesABinaryReaderRightAfterTheDocument() {
    BsonDocument user = Loaded.encode(everything, sample());
    BsonDocument wrapper =
        new BsonDocument("before", new BsonString("b"))
            .append("user", user)
            .append("list", new BsonArray(List.of(user, user)))
            .append("after", new BsonInt32(1));
    org.bson.RawBsonDocument raw =
        new org.bson.RawBsonDocument(wrapper, new org.bson.codecs.BsonDocumentCodec());
    try (org.bson.BsonBinaryReader reader =
        new org.bson.BsonBinaryReader(raw.getByteBuffer().asNIO())) {
      org.bson.codecs.DecoderContext context = org.bson.codecs.DecoderContext.builder().build();
      reader.readStartDocument();
      assertThat(reader.readString("before")).isEqualTo("b");
      reader.readName("user");
      assertThat(Loaded.encode(everything, everything.codec().decode(reader, context)))
          .isEqualTo(user);
      reader.readName("list");
      reader.readStartArray();
      while (reader.readBsonType() != org.bson.BsonType.END_OF_DOCUMENT) {
        assertThat(Loaded.encode(everything, everything.codec().decode(reader, context)))
            .isEqualTo(user);
      }
      reader.readEndArray();
      assertThat(reader.readInt32("after")).isEqualTo(1);
      reader.readEndDocument();
    }
  }

  @Test
  void bothPathsRejectAValueOfTheWrongTypeNamingIt() {
    BsonDocument stored =
        BsonDocument.parse("{_id: {$oid: '65f0a1b2c3d4e5f601234567'}, name: {first: 'x'}}");
    Exception plain =
        org.junit.jupiter.api.Assertions.assertThrows(
            dev.meerkat.CastException.class, () -> Loaded.decode(everything, stored));
    Exception fast =
        org.junit.jupiter.api.Assertions.assertThrows(
            dev.meerkat.CastException.class, () -> Loaded.decodeRaw(everything, stored));
    assertThat(fast.getMessage()).isEqualTo(plain.getMessage());
    assertThat(fast.getMessage())
        .isEqualTo(
            "Cast to String failed for value {\"first\": \"x\"} (type object)"
                + " at path \"name\" for model \""
                + everything.modelName()
                + "\" (_id: 65f0a1b2c3d4e5f601234567)");
  }

  @Test
  void fastPathReadsFieldsInAnyOrderAmongUnknownKeysThatShareTheirPrefixes() {
    BsonDocument encoded = Loaded.encode(everything, sample());
    List<String> keys = new ArrayList<>(encoded.keySet());
    java.util.Collections.reverse(keys);
    BsonDocument shuffled = new BsonDocument();
    for (String key : keys) {
      shuffled
          .append(key + "x", new BsonInt32(1))
          .append(key.substring(0, key.length() - 1), BsonNull.VALUE);
      shuffled.append(key, encoded.get(key));
    }
    shuffled.append("naïve", new BsonString("ü")).append("colors2", new BsonArray());
    Object decoded = Loaded.decodeRaw(everything, shuffled);
    assertThat(Loaded.encode(everything, decoded)).isEqualTo(encoded);
  }

  @Test
  void bothPathsRejectAnUnknownEnumValueAsACastException() {
    Map<String, String> paths =
        Map.of(
            "{color: 'BLUE'}",
            "color",
            "{colors: ['RED', 'GREE']}",
            "colors.1",
            "{color: 'GREENER'}",
            "color");
    for (Map.Entry<String, String> stored : paths.entrySet()) {
      BsonDocument document = BsonDocument.parse(stored.getKey());
      dev.meerkat.CastException plain =
          org.junit.jupiter.api.Assertions.assertThrows(
              dev.meerkat.CastException.class, () -> Loaded.decode(everything, document));
      dev.meerkat.CastException fast =
          org.junit.jupiter.api.Assertions.assertThrows(
              dev.meerkat.CastException.class, () -> Loaded.decodeRaw(everything, document));
      assertThat(fast.getMessage()).isEqualTo(plain.getMessage());
      assertThat(fast.path()).isEqualTo(stored.getValue());
      assertThat(fast.expectedType()).isEqualTo("Color");
      assertThat(fast.documentId()).isNull();
    }
  }
}
