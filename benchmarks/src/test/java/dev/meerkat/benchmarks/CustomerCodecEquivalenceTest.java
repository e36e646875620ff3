package dev.meerkat.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bson.BsonBinaryReader;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
      assertEquals(bytes(codecs.get(CustomerCodecs.HAND_WRITTEN)).length,
          bytes(entry.getValue()).length, entry.getKey() + " writes as many bytes");
    }
  }

  @Test
  void floorsWalkTheWholeDocument() {
    byte[] bytes = bytes(codecs.get(CustomerCodecs.HAND_WRITTEN));

    assertEquals(11, Floors.skipEveryValue(new BsonBinaryReader(ByteBuffer.wrap(bytes))));
  }

  private static byte[] bytes(Codec<Customer> codec) {
    return CodecBytes.encode(codec, SampleCustomers.sample());
  }

  private static BsonDocument document(Codec<Customer> codec) {
    return new RawBsonDocument(bytes(codec)).toBsonDocument();
  }
}
