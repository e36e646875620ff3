package dev.meerkat.internal.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import org.bson.BsonBinaryReader;
import org.bson.BsonDocument;
import org.bson.BsonType;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.io.BsonInput;
import org.junit.jupiter.api.Test;

class RawBsonTest {
  private static final BsonDocument EVERY_TYPE =
      BsonDocument.parse(
          "{"
              + "d: 1.5, s: 'str', doc: {x: [1, {y: 2}]}, arr: [1, 'two', null], bin: {$binary: {base64: 'AQID', subType: '00'}},"
              + " undef: {$undefined: true}, oid: {$oid: '65a000000000000000000001'}, t: true, dt: {$date: 0}, n: null,"
              + " re: {$regularExpression: {pattern: 'a.*', options: 'i'}},"
              + " ptr: {\"$dbPointer\": {\"$ref\": 'c', \"$id\": {\"$oid\": \"65a000000000000000000001\"}}}, js: {$code: 'f()'},"
              + " sym: {$symbol: 'sym'}, jsScope: {$code: 'g()', $scope: {a: 1}}, i: 7, ts: {$timestamp: {t: 1, i: 2}},"
              + " l: {$numberLong: '8'}, dec: {$numberDecimal: '1.25'}, min: {$minKey: 1}, max: {$maxKey: 1}, last: 'end'}");

  private static BsonInput input(BsonDocument document) {
    RawBsonDocument raw = new RawBsonDocument(document, new BsonDocumentCodec());
    ByteBuffer bytes = raw.getByteBuffer().asNIO();
    return new BsonBinaryReader(bytes).getBsonInput();
  }

  @Test
  void skipsEveryBsonType() {
    BsonInput input = input(EVERY_TYPE);
    int end = RawBson.startDocument(input);
    int count = 0;
    String lastName = null;
    while (input.getPosition() < end) {
      byte type = input.readByte();
      lastName = input.readCString();
      if (lastName.equals("last")) {
        assertEquals("end", RawBson.readString(input, type));
      } else {
        RawBson.skip(input, type);
      }
      count++;
    }
    RawBson.endDocument(input);
    assertEquals(EVERY_TYPE.size(), count);
    assertEquals("last", lastName);
  }

  @Test
  void castsNumbersExactlyAndRejectsWhatWouldLoseInformation() {
    BsonInput input =
        input(
            BsonDocument.parse(
                "{a: 2.0, b: {$numberLong: '3'}, c: {$numberDecimal: '4'}, d: 'x', e: 2.5, f: 'next'}"));
    RawBson.startDocument(input);
    assertEquals(2, RawBson.readInt(input, readElement(input)));
    assertEquals(3.0, RawBson.readDouble(input, readElement(input)));
    assertEquals(4L, RawBson.readLong(input, readElement(input)));
    byte text = readElement(input);
    CastFailure notANumber = assertThrows(CastFailure.class, () -> RawBson.readInt(input, text));
    assertEquals(
        "Cast to Integer failed for value \"x\" (type string) at path \"d\" for model \"M\"",
        notANumber.at("d").toException("M", null).getMessage());
    byte fraction = readElement(input);
    CastFailure lossy = assertThrows(CastFailure.class, () -> RawBson.readLong(input, fraction));
    assertEquals(BsonType.DOUBLE, lossy.toException("M", null).foundType());
    assertEquals(
        "next",
        RawBson.readString(input, readElement(input)),
        "a failed value is consumed entirely");
  }

  private static byte readElement(BsonInput input) {
    byte type = input.readByte();
    input.skipCString();
    return type;
  }
}
