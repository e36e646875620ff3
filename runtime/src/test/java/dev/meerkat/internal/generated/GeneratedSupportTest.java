package dev.meerkat.internal.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.SchemaOptions;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.bson.BsonBinaryReader;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWriter;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DecoderContext;
import org.bson.io.BsonInput;
import org.junit.jupiter.api.Test;

/** The runtime side of the generated codecs and schemas that the processor leans on. */
class GeneratedSupportTest {
  private static final DecoderContext CONTEXT = DecoderContext.builder().build();

  private static BsonInput input(String json) {
    RawBsonDocument raw = new RawBsonDocument(BsonDocument.parse(json), new BsonDocumentCodec());
    ByteBuffer bytes = raw.getByteBuffer().asNIO();
    return new BsonBinaryReader(bytes).getBsonInput();
  }

  @Test
  void optionsBuiltFromDefaultsEqualTheRecordsDefaultsAndSetOnlyWhatIsNamed() {
    assertEquals(SchemaOptions.DEFAULTS, SchemaOptionsBuilder.defaults().build());
    SchemaOptions all =
        SchemaOptionsBuilder.defaults()
            .bufferCommands(false)
            .autoCreate(true)
            .autoIndex(false)
            .capped(1024, 10)
            .collation("fr", 2, true, false)
            .timestamps(true)
            .versionKey(false)
            .strict(false)
            .updateValidators(true)
            .build();
    assertEquals(
        new SchemaOptions(
            false,
            true,
            false,
            1024,
            10,
            new SchemaOptions.CollationSpec("fr", 2, true, false),
            true,
            false,
            false,
            true),
        all);
  }

  @Test
  void referenceReadersReturnNullForNullAndPrimitiveReadersKeepTheValueInPlace() {
    BsonInput in = input("{s: null, i: null, j: 5, b: null, l: null, d: null, t: null, o: null}");
    RawBson.startDocument(in);
    assertNull(RawBson.readString(in, element(in)));
    assertEquals(42, RawBson.readInt(in, element(in), 42));
    assertEquals(5, RawBson.readInt(in, element(in), 42));
    assertTrue(RawBson.readBoolean(in, element(in), true));
    assertEquals(7L, RawBson.readLong(in, element(in), 7L));
    assertEquals(1.5, RawBson.readDouble(in, element(in), 1.5));
    assertNull(RawBson.readInstant(in, element(in)));
    assertNull(RawBson.readObjectId(in, element(in)));
  }

  @Test
  void isDocumentSaysWhetherToReadAndRejectsOtherTypesByName() {
    BsonInput in = input("{a: {x: 1}, b: null, c: 'text'}");
    RawBson.startDocument(in);
    byte document = element(in);
    assertTrue(RawBson.isDocument(in, document, "Address"));
    RawBson.skip(in, document);
    assertFalse(RawBson.isDocument(in, element(in), "Address"));
    CastFailure failure =
        assertThrows(CastFailure.class, () -> RawBson.isDocument(in, element(in), "Address"));
    assertTrue(failure.getMessage().contains("Address"), failure.getMessage());
  }

  @Test
  void writesNothingForANullValue() {
    BsonDocument written = new BsonDocument();
    BsonDocumentWriter writer = new BsonDocumentWriter(written);
    writer.writeStartDocument();
    Writes.string(writer, "a", null);
    Writes.string(writer, "b", "x");
    Writes.instant(writer, "c", null);
    Writes.instant(writer, "d", Instant.ofEpochMilli(5));
    Writes.enumName(writer, "e", Thread.State.NEW);
    Writes.int32(writer, "f", (Integer) null);
    writer.writeEndDocument();
    assertEquals(BsonDocument.parse("{b: 'x', d: {$date: 5}, e: 'NEW'}"), written);
  }

  @Test
  void aReaderThatIsNotOverBytesIsReadThroughACopyAndLeftAfterTheDocument() {
    BsonDocument outer = BsonDocument.parse("{inner: {a: 'x', b: 2}, after: true}");
    BsonDocumentReader reader = new BsonDocumentReader(outer);
    reader.readStartDocument();
    reader.readName("inner");
    String decoded =
        Decoding.embedded(
            reader,
            CONTEXT,
            (input, context) -> {
              int end = RawBson.startDocument(input);
              StringBuilder names = new StringBuilder();
              while (input.getPosition() < end) {
                byte type = input.readByte();
                names.append(input.readCString());
                RawBson.skip(input, type);
              }
              RawBson.endDocument(input);
              return names.toString();
            });
    assertEquals("ab", decoded);
    assertEquals("after", reader.readName());
    assertTrue(reader.readBoolean());
  }

  private static byte element(BsonInput input) {
    byte type = input.readByte();
    input.skipCString();
    return type;
  }
}
