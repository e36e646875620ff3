package dev.meerkat.internal.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.bson.ByteBufNIO;
import org.bson.io.BsonInput;
import org.bson.io.ByteBufferBsonInput;
import org.junit.jupiter.api.Test;

class FieldNamesTest {
  private final FieldNames names = new FieldNames("_id", "name", "a", "ab", "", "ünï");

  private static BsonInput cstrings(String... values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String value : values) {
      out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
      out.write(0);
    }
    out.write(42);
    return new ByteBufferBsonInput(new ByteBufNIO(ByteBuffer.wrap(out.toByteArray())));
  }

  @Test
  void matchesNamesInTheExpectedOrder() {
    BsonInput input = cstrings("_id", "name", "a", "ab", "", "ünï");
    for (int i = 0; i < 6; i++) {
      assertEquals(i, names.match(input, i));
    }
    assertEquals(42, input.readByte());
  }

  @Test
  void matchesNamesOutOfOrderAndConsumesExactlyTheName() {
    BsonInput input = cstrings("ab", "a", "ünï", "_id", "", "name");
    assertEquals(3, names.match(input, 2));
    assertEquals(2, names.match(input, 3));
    assertEquals(5, names.match(input, 0));
    assertEquals(0, names.match(input, 99));
    assertEquals(4, names.match(input, -1));
    assertEquals(1, names.match(input, 4));
    assertEquals(42, input.readByte());
  }

  @Test
  void unknownNamesIncludingPrefixesAndLongOnesAreUnknown() {
    String longName = "x".repeat(300);
    BsonInput input = cstrings("abc", "nam", "names", longName, "_ID");
    assertEquals(FieldNames.UNKNOWN, names.match(input, 2));
    assertEquals(FieldNames.UNKNOWN, names.match(input, 1));
    assertEquals(FieldNames.UNKNOWN, names.match(input, 1));
    assertEquals(FieldNames.UNKNOWN, names.match(input, 0));
    assertEquals(FieldNames.UNKNOWN, names.match(input, 0));
    assertEquals(42, input.readByte());
  }

  @Test
  void switchesBetweenNamesThatShareAPrefixWhereverTheyDiffer() {
    FieldNames shared = new FieldNames("status", "stat", "statusCode", "st", "stop", "s", "stats");
    BsonInput input =
        cstrings(
            "statusCode", "stat", "stats", "s", "stop", "st", "status", "statu", "statusCodes");
    assertEquals(2, shared.match(input, 0));
    assertEquals(1, shared.match(input, 0));
    assertEquals(6, shared.match(input, 2));
    assertEquals(5, shared.match(input, 0));
    assertEquals(4, shared.match(input, 1));
    assertEquals(3, shared.match(input, 4));
    assertEquals(0, shared.match(input, 2));
    assertEquals(FieldNames.UNKNOWN, shared.match(input, 0));
    assertEquals(FieldNames.UNKNOWN, shared.match(input, 2));
    assertEquals(42, input.readByte());
  }

  @Test
  void matchesNamesShorterOrLongerThanTheExpectedOne() {
    BsonInput input = cstrings("a", "ab", "", "name", "_id");
    assertEquals(2, names.match(input, 3));
    assertEquals(3, names.match(input, 2));
    assertEquals(4, names.match(input, 0));
    assertEquals(1, names.match(input, 4));
    assertEquals(0, names.match(input, 1));
    assertEquals(42, input.readByte());
  }

  @Test
  void matchesNonAsciiNamesThatShareTheirFirstBytes() {
    // "ü" and "ü" + "b" share the two-byte sequence of U+00FC; "ü" and "û" share its first byte.
    FieldNames accented = new FieldNames("ünï", "üb", "û", "ü", "名前", "名字");
    BsonInput input = cstrings("名字", "û", "ü", "üb", "ünï", "名前", "ünü", "名");
    assertEquals(5, accented.match(input, 0));
    assertEquals(2, accented.match(input, 4));
    assertEquals(3, accented.match(input, 0));
    assertEquals(1, accented.match(input, 0));
    assertEquals(0, accented.match(input, 1));
    assertEquals(4, accented.match(input, 5));
    assertEquals(FieldNames.UNKNOWN, accented.match(input, 0));
    assertEquals(FieldNames.UNKNOWN, accented.match(input, 4));
    assertEquals(42, input.readByte());
  }

  @Test
  void aSchemaWithoutKeysFindsNothing() {
    FieldNames none = new FieldNames();
    BsonInput input = cstrings("a", "");
    assertEquals(FieldNames.UNKNOWN, none.match(input, 0));
    assertEquals(FieldNames.UNKNOWN, none.match(input, 0));
    assertEquals(42, input.readByte());
  }

  /**
   * Names of every length from 0 to 20: each combination of eight-byte, four-byte and single reads.
   */
  private static String[] lengths() {
    String[] keys = new String[21];
    for (int n = 0; n < keys.length; n++) {
      StringBuilder key = new StringBuilder();
      for (int c = 0; c < n; c++) {
        key.append((char) ('a' + (n + c) % 26));
      }
      keys[n] = key.toString();
    }
    return keys;
  }

  private static int endOf(BsonInput input, int bytesLeft) {
    return input.getPosition() + bytesLeft;
  }

  @Test
  void matchesByWordsInOrderForEveryLengthAndConsumesExactlyTheName() {
    String[] keys = lengths();
    FieldNames byLength = new FieldNames(keys);
    BsonInput input = cstrings(keys);
    int total = 0;
    for (String key : keys) {
      total += key.length() + 1;
    }
    int end = endOf(input, total);
    for (int i = 0; i < keys.length; i++) {
      assertEquals(i, byLength.match(input, i, end));
    }
    assertEquals(42, input.readByte());
  }

  @Test
  void aMismatchReadByWordsMovesBackAndMatchesTheActualName() {
    String[] keys = lengths();
    FieldNames byLength = new FieldNames(keys);
    // Each name is read where a longer or shorter one was expected, and one that differs in its
    // last byte only: the word read overruns into the next names and must be given back.
    BsonInput input =
        cstrings(keys[3], keys[17], keys[0], keys[9], "bcdefghijklmnopqrsu", keys[20]);
    int end = endOf(input, 200);
    assertEquals(3, byLength.match(input, 16, end));
    assertEquals(17, byLength.match(input, 4, end));
    assertEquals(0, byLength.match(input, 18, end));
    assertEquals(9, byLength.match(input, 8, end));
    assertEquals(FieldNames.UNKNOWN, byLength.match(input, 19, end));
    assertEquals(20, byLength.match(input, 20, end));
    assertEquals(42, input.readByte());
  }

  @Test
  void neverReadsByWordsPastTheEndOfTheDocument() {
    // "_id" expected, "a" present, then only the document's terminating zero: reading four bytes
    // for "_id\0" would overrun the buffer.
    byte[] bytes = {'a', 0, 0};
    BsonInput input = new ByteBufferBsonInput(new ByteBufNIO(ByteBuffer.wrap(bytes)));
    assertEquals(2, names.match(input, 0, 2));
    assertEquals(0, input.readByte());
    // At the boundary: the expected name and its zero end exactly at the document's end...
    BsonInput exact =
        new ByteBufferBsonInput(new ByteBufNIO(ByteBuffer.wrap(new byte[] {'a', 'b', 0})));
    assertEquals(3, names.match(exact, 3, 2));
    // ...and one byte short of it: still matched, byte by byte.
    BsonInput shortOne =
        new ByteBufferBsonInput(new ByteBufNIO(ByteBuffer.wrap(new byte[] {'a', 'b', 0})));
    assertEquals(3, names.match(shortOne, 3, 1));
    assertEquals(false, shortOne.hasRemaining());
  }
}
