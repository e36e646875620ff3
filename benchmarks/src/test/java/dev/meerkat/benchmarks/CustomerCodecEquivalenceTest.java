package dev.meerkat.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBinaryReader;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonMinKey;
import org.bson.BsonNull;
import org.bson.BsonRegularExpression;
import org.bson.BsonSerializationException;
import org.bson.BsonString;
import org.bson.BsonTimestamp;
import org.bson.BsonType;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves the benchmark compares codecs that do the same work: every codec writes the same fields
 * with the same BSON types and values (the driver's Pojo codec sorts them by name; nothing else
 * differs: enums are strings, Instants are BSON dates, {@code id} is {@code _id}), and every codec
 * reads every other codec's bytes back to an equal {@link Customer}.
 */
class CustomerCodecEquivalenceTest {
  private static CustomerCodecs codecs;

  @BeforeAll
  static void createCodecs() {
    codecs = new CustomerCodecs();
  }

  @AfterAll
  static void closeCodecs() {
    codecs.close();
  }

  static Stream<Arguments> encoderDecoderPairs() {
    List<Arguments> pairs = new ArrayList<>();
    try (CustomerCodecs names = new CustomerCodecs()) {
      for (String encoder : names.all().keySet()) {
        for (String decoder : names.all().keySet()) {
          pairs.add(Arguments.of(encoder, decoder));
        }
      }
    }
    return pairs.stream().sorted((a, b) -> a.toString().compareTo(b.toString()));
  }

  @ParameterizedTest(name = "{0} bytes decoded by {1}")
  @MethodSource("encoderDecoderPairs")
  void everyCodecReadsEveryOthersBytes(String encoder, String decoder) {
    byte[] bytes = CodecBytes.encode(codecs.get(encoder), SampleCustomers.sample());

    Customer decoded = CodecBytes.decode(codecs.get(decoder), bytes);

    assertEquals(SampleCustomers.sample(), decoded);
  }

  @Test
  void everyCodecWritesTheSameDocumentAsTheHandWrittenOne() {
    BsonDocument expected = document(codecs.get(CustomerCodecs.HAND_WRITTEN));
    assertEquals(11, expected.size(), expected::toJson);
    assertTrue(expected.get("createdAt").isDateTime(), "Instant is a BSON date");
    assertTrue(expected.get("status").isString(), "enum is stored by name");

    for (var entry : codecs.all().entrySet()) {
      // BsonDocument equality ignores field order, which only the Pojo codec changes.
      assertEquals(expected, document(entry.getValue()), entry.getKey());
      assertEquals(
          bytes(codecs.get(CustomerCodecs.HAND_WRITTEN)).length,
          bytes(entry.getValue()).length,
          entry.getKey() + " writes as many bytes");
    }
  }

  @Test
  void floorsWalkTheWholeDocument() {
    byte[] bytes = bytes(codecs.get(CustomerCodecs.HAND_WRITTEN));

    assertEquals(11, Floors.skipEveryValue(new BsonBinaryReader(ByteBuffer.wrap(bytes))));
    assertEquals(11, Floors.walkRawBytes(new BsonBinaryReader(ByteBuffer.wrap(bytes))));
  }

  @Test
  void unknownFieldsOfEveryTypeAreSkippedAndNullsReadAlike() {
    BsonDocument doc = document(codecs.get(CustomerCodecs.HAND_WRITTEN));
    doc.put("email", BsonNull.VALUE);
    doc.getDocument("address").put("city", BsonNull.VALUE);
    doc.getDocument("address").put("country", new BsonString("UK"));
    doc.put("agE", new BsonInt64(1)); // same length as a mapped name, different bytes
    doc.put("aVeryLongUnmappedFieldNameThatOverflowsTheScratchBuffer", new BsonInt32(1));
    doc.put("nested", new BsonDocument("x", new BsonArray(List.of(new BsonDouble(1)))));
    doc.put("bin", new BsonBinary(new byte[] {1, 2, 3}));
    doc.put("re", new BsonRegularExpression("^a", "i"));
    doc.put("dec", new BsonDecimal128(Decimal128.parse("1.5")));
    doc.put("ts", new BsonTimestamp(1, 2));
    doc.put("min", new BsonMinKey());
    byte[] bytes = bytes(doc);

    Customer expected = SampleCustomers.sample();
    expected.setEmail(null);
    expected.getAddress().setCity(null);
    assertEquals(expected, CodecBytes.decode(codecs.get(CustomerCodecs.HAND_WRITTEN), bytes));
    assertEquals(expected, CodecBytes.decode(codecs.get(CustomerCodecs.RAW_NAMES), bytes));
    assertEquals(expected, CodecBytes.decode(codecs.get(CustomerCodecs.GENERATED), bytes));
    assertEquals(11 + 8, Floors.walkRawBytes(new BsonBinaryReader(ByteBuffer.wrap(bytes))));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {CustomerCodecs.GENERATED, CustomerCodecs.RAW_NAMES})
  void byteMatchingCodecsFallBackToThePlainPathForOtherReaders(String codec) {
    BsonDocument doc = document(codecs.get(CustomerCodecs.HAND_WRITTEN));

    Customer decoded =
        codecs.get(codec).decode(new BsonDocumentReader(doc), DecoderContext.builder().build());

    assertEquals(SampleCustomers.sample(), decoded);
  }

  /** As the driver reads a cursor batch: each document is a value inside an array. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {CustomerCodecs.GENERATED, CustomerCodecs.RAW_NAMES, CustomerCodecs.HAND_WRITTEN})
  void byteMatchingCodecsLeaveTheReaderReadyForTheNextValue(String codec) {
    BsonDocument one = document(codecs.get(CustomerCodecs.HAND_WRITTEN));
    BsonDocument batch =
        new BsonDocument("firstBatch", new BsonArray(List.of(one, one)))
            .append("after", new BsonString("end"));
    BsonBinaryReader reader = new BsonBinaryReader(ByteBuffer.wrap(bytes(batch)));
    DecoderContext context = DecoderContext.builder().build();

    List<Customer> decoded = new ArrayList<>();
    reader.readStartDocument();
    reader.readName("firstBatch");
    reader.readStartArray();
    while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
      decoded.add(codecs.get(codec).decode(reader, context));
    }
    reader.readEndArray();
    assertEquals("end", reader.readString("after"));
    reader.readEndDocument();

    assertEquals(List.of(SampleCustomers.sample(), SampleCustomers.sample()), decoded);
  }

  @Test
  void rawNameCodecRejectsAWronglyTypedField() {
    BsonDocument doc = document(codecs.get(CustomerCodecs.HAND_WRITTEN));
    doc.put("age", new BsonString("36"));

    BsonSerializationException e =
        assertThrows(
            BsonSerializationException.class,
            () -> CodecBytes.decode(codecs.get(CustomerCodecs.RAW_NAMES), bytes(doc)));
    assertEquals("Field 'age' holds a STRING where a INT32 was expected", e.getMessage());
  }

  @Test
  void theCastingBenchmarkReadsOtherTypesIntoAnEqualCustomer() {
    byte[] handWritten = bytes(codecs.get(CustomerCodecs.HAND_WRITTEN));
    byte[] casting = CastingBytes.otherTypes(handWritten);
    BsonDocument stored = CodecBytes.decode(new BsonDocumentCodec(), casting);
    assertEquals(BsonType.INT64, stored.get("age").getBsonType());
    assertEquals(BsonType.STRING, stored.get("balance").getBsonType());
    assertEquals(BsonType.INT64, stored.get("createdAt").getBsonType());
    assertEquals(BsonType.DOUBLE, stored.getDocument("counters").get("logins").getBsonType());
    assertEquals(
        SampleCustomers.sample(), CodecBytes.decode(codecs.get(CustomerCodecs.GENERATED), casting));
  }

  private static byte[] bytes(BsonDocument doc) {
    return CodecBytes.encode(new BsonDocumentCodec(), doc);
  }

  private static byte[] bytes(Codec<Customer> codec) {
    return CodecBytes.encode(codec, SampleCustomers.sample());
  }

  private static BsonDocument document(Codec<Customer> codec) {
    return CodecBytes.decode(new BsonDocumentCodec(), bytes(codec));
  }
}
