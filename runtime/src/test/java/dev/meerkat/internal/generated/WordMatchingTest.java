package dev.meerkat.internal.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bson.ByteBufNIO;
import org.bson.io.ByteBufferBsonInput;
import org.junit.jupiter.api.Test;

/**
 * The word-at-a-time matching is a speed contract that results alone cannot show (a failed word
 * compare falls back to byte-by-byte matching and finds the same name), so these tests count the
 * reads: an expected name is read in 8-byte and 4-byte words, then single bytes for the rest, and
 * never in words where they could pass the document's end.
 */
class WordMatchingTest {
  /** Counts the reads of each width. */
  static final class CountingInput extends ByteBufferBsonInput {
    int longs;
    int ints;
    int bytes;

    CountingInput(byte[] data) {
      super(new ByteBufNIO(ByteBuffer.wrap(data)));
    }

    @Override
    public long readInt64() {
      longs++;
      return super.readInt64();
    }

    @Override
    public int readInt32() {
      ints++;
      return super.readInt32();
    }

    @Override
    public byte readByte() {
      bytes++;
      return super.readByte();
    }

    String counts() {
      return longs + " long, " + ints + " int, " + bytes + " byte reads";
    }
  }

  private static byte[] cstring(String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(name.getBytes(StandardCharsets.UTF_8));
    out.write(0);
    out.write(42);
    return out.toByteArray();
  }

  @Test
  void anExpectedNameIsReadInWordsThenBytes() {
    // "createdAt" and its zero: 10 bytes, one 8-byte word and two single bytes.
    FieldNames names = new FieldNames("_id", "createdAt", "status");
    CountingInput input = new CountingInput(cstring("createdAt"));
    assertEquals(1, names.match(input, 1, 100));
    assertEquals("1 long, 0 int, 2 byte reads", input.counts());
    // "status" and its zero: 7 bytes, one 4-byte word and three single bytes.
    CountingInput status = new CountingInput(cstring("status"));
    assertEquals(2, names.match(status, 2, 100));
    assertEquals("0 long, 1 int, 3 byte reads", status.counts());
    // "_id" and its zero: one 4-byte word.
    CountingInput id = new CountingInput(cstring("_id"));
    assertEquals(0, names.match(id, 0, 100));
    assertEquals("0 long, 1 int, 0 byte reads", id.counts());
  }

  @Test
  void wordsAreReadOnlyWhenTheNameAndItsZeroEndAtOrBeforeTheDocumentsEnd() {
    FieldNames names = new FieldNames("abcdefgh");
    // The name and its zero take positions 0 to 8: with the document's end at 8 the word read is
    // safe...
    CountingInput fits = new CountingInput(cstring("abcdefgh"));
    assertEquals(0, names.match(fits, 0, 8));
    assertEquals("1 long, 0 int, 1 byte reads", fits.counts());
    // ...with it at 7 it is not, and the name is matched byte by byte.
    CountingInput tooLong = new CountingInput(cstring("abcdefgh"));
    assertEquals(0, names.match(tooLong, 0, 7));
    assertEquals("0 long, 0 int, 9 byte reads", tooLong.counts());
    // An expected index out of range never reads words.
    CountingInput outOfRange = new CountingInput(cstring("abcdefgh"));
    assertEquals(0, names.match(outOfRange, 1, 100));
    assertEquals(0, outOfRange.longs);
    CountingInput negative = new CountingInput(cstring("abcdefgh"));
    assertEquals(0, names.match(negative, -1, 100));
    assertEquals(0, negative.longs);
  }

  @Test
  void aWordMismatchGivesBackEveryByteItRead() {
    FieldNames names = new FieldNames("abcdefghijkl", "abcdefgh");
    // The name read is shorter than the expected one: the 4-byte word after the first 8 bytes
    // reads past the name into what follows it (here the marker and padding up to the end).
    byte[] data = Arrays.copyOf(cstring("abcdefgh"), 30);
    CountingInput input = new CountingInput(data);
    assertEquals(1, names.match(input, 0, 29));
    assertEquals(1, input.longs);
    assertEquals(1, input.ints);
    assertEquals(42, input.readByte(), "exactly the name and its zero were consumed");
  }

  @Test
  void anEnumNameIsComparedInWordsWithTheConstantsOfItsLength() {
    EnumNames<EnumNamesTest.Long> longs =
        new EnumNames<>(EnumNamesTest.Long.class, EnumNamesTest.Long.values());
    byte[] value = "ACCOUNT_SUSPENDED_PENDING".getBytes(StandardCharsets.UTF_8);
    ByteBuffer bson = ByteBuffer.allocate(4 + value.length + 2).order(ByteOrder.LITTLE_ENDIAN);
    bson.putInt(value.length + 1).put(value).put((byte) 0).put((byte) 42);
    CountingInput input = new CountingInput(bson.array());
    assertSame(EnumNamesTest.Long.ACCOUNT_SUSPENDED_PENDING, longs.read(input, RawBson.STRING));
    // 25 bytes and the zero: three 8-byte words, then two single bytes (plus the length's int).
    assertEquals("3 long, 1 int, 2 byte reads", input.counts());
    assertEquals(42, input.readByte());
  }
}
