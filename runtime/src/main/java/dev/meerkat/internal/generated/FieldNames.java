package dev.meerkat.internal.generated;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bson.io.BsonInput;
import org.bson.io.ByteBufferBsonInput;

/**
 * Matches a field name on the raw bytes of a BSON document, without creating a {@code String} for
 * it: the generated codecs' fast path when they read from a {@code BsonBinaryReader}. Immutable and
 * thread-safe.
 *
 * <p>Documents written by the same codec store their fields in declaration order, so each name is
 * first compared with the one expected next. On a mismatch the bytes read so far are a prefix of
 * the name being compared, so matching goes on against another name with that same prefix and the
 * differing byte: nothing is copied or allocated, whatever the order.
 *
 * <p>When the caller knows where the document ends, the expected name is compared eight bytes at a
 * time ({@link #match(BsonInput, int, int)}): a name and its terminating zero read as little-endian
 * words and compared with the key's pre-encoded words, which costs a few reads instead of one per
 * byte. A mismatch moves the input back and matches byte by byte as above.
 */
public final class FieldNames {
  /** Returned by {@link #match} for a name the schema does not declare. */
  public static final int UNKNOWN = -1;

  private static final byte[] EMPTY = new byte[0];

  private final String[] keys;
  private final byte[][] names;

  /** Per first byte, the first key starting with it; {@link #sameFirst} chains the others. */
  private final int[] byFirst = new int[256];

  private final int[] sameFirst;
  private final int empty;

  /**
   * Per key: its bytes and terminating zero as little-endian words of eight bytes, then one of four
   * bytes where {@link #hasInt} says so, then the {@link #tails} one by one.
   */
  private final long[][] longs;

  private final int[] ints;
  private final boolean[] hasInt;
  private final byte[][] tails;

  /** A matcher for the stored keys, in the order the codec expects them. */
  public FieldNames(String... keys) {
    this.keys = keys.clone();
    names = new byte[keys.length][];
    sameFirst = new int[keys.length];
    Arrays.fill(byFirst, UNKNOWN);
    int emptyKey = UNKNOWN;
    for (int i = keys.length - 1; i >= 0; i--) {
      names[i] = keys[i].getBytes(StandardCharsets.UTF_8);
      if (names[i].length == 0) {
        emptyKey = i;
      } else {
        sameFirst[i] = byFirst[names[i][0] & 0xFF];
        byFirst[names[i][0] & 0xFF] = i;
      }
    }
    empty = emptyKey;
    longs = new long[keys.length][];
    ints = new int[keys.length];
    hasInt = new boolean[keys.length];
    tails = new byte[keys.length][];
    for (int i = 0; i < keys.length; i++) {
      byte[] terminated = Arrays.copyOf(names[i], names[i].length + 1);
      int words = terminated.length / 8;
      longs[i] = new long[words];
      for (int w = 0; w < words; w++) {
        longs[i][w] = littleEndian(terminated, w * 8, 8);
      }
      int at = words * 8;
      hasInt[i] = terminated.length - at >= 4;
      if (hasInt[i]) {
        ints[i] = (int) littleEndian(terminated, at, 4);
        at += 4;
      }
      tails[i] = Arrays.copyOfRange(terminated, at, terminated.length);
    }
  }

  private static long littleEndian(byte[] bytes, int from, int count) {
    long word = 0;
    for (int b = count - 1; b >= 0; b--) {
      word = (word << 8) | (bytes[from + b] & 0xFFL);
    }
    return word;
  }

  /**
   * As {@link #match(BsonInput, int)}, faster: {@code end} is the position of the zero byte that
   * ends the document being read, so the expected name can be read a word at a time without reading
   * past it.
   *
   * @param expected the index of the key the codec expects next; may be out of range
   * @param end the position of the terminating zero of the enclosing document
   */
  public int match(BsonInput input, int expected, int end) {
    if (expected >= 0
        && expected < names.length
        && input instanceof ByteBufferBsonInput
        && input.getPosition() + names[expected].length <= end) {
      int read = matchWords(input, expected);
      if (read == 0) {
        return expected;
      }
      input.skip(-read); // ByteBufferBsonInput moves its position by any amount, back included
    }
    return match(input, expected);
  }

  /**
   * Consumes the string at the input's position, of {@code length} bytes and a terminating zero,
   * when it is one of the keys, and returns that key's index; else reads nothing and returns {@link
   * #UNKNOWN}. For values whose length is known ({@link EnumNames}); compares a word at a time.
   */
  int matchOfLength(BsonInput input, int length) {
    if (!(input instanceof ByteBufferBsonInput)) {
      return UNKNOWN;
    }
    for (int key = 0; key < names.length; key++) {
      if (names[key].length == length) {
        int read = matchWords(input, key);
        if (read == 0) {
          return key;
        }
        input.skip(-read);
      }
    }
    return UNKNOWN;
  }

  /**
   * Reads the length of key {@code key} plus one bytes, or fewer up to the first word that differs;
   * returns 0 when they are the key and its terminating zero, else how many bytes were read.
   */
  private int matchWords(BsonInput input, int key) {
    int read = 0;
    for (long word : longs[key]) {
      read += 8;
      if (input.readInt64() != word) {
        return read;
      }
    }
    if (hasInt[key]) {
      read += 4;
      if (input.readInt32() != ints[key]) {
        return read;
      }
    }
    for (byte b : tails[key]) {
      read++;
      if (input.readByte() != b) {
        return read;
      }
    }
    return 0;
  }

  /**
   * Consumes the C string at the input's position and returns the index of the key it names, or
   * {@link #UNKNOWN}.
   *
   * @param expected the index of the key the codec expects next; may be out of range
   */
  public int match(BsonInput input, int expected) {
    boolean inRange = expected >= 0 && expected < names.length;
    byte[] hoped = inRange ? names[expected] : EMPTY;
    int matched = 0;
    byte b = input.readByte();
    while (matched < hoped.length && b == hoped[matched]) {
      matched++;
      b = input.readByte();
    }
    if (inRange && b == 0 && matched == hoped.length) {
      return expected;
    }
    return rematch(input, hoped, matched, b);
  }

  /** Goes on matching after {@code prefix[0..matched)} and then {@code b} were read. */
  private int rematch(BsonInput input, byte[] prefix, int matched, byte b) {
    while (true) {
      int candidate = find(prefix, matched, b);
      if (candidate == UNKNOWN) {
        if (b != 0) {
          input.skipCString();
        }
        return UNKNOWN;
      }
      if (b == 0) {
        return candidate;
      }
      byte[] name = names[candidate];
      matched++;
      b = input.readByte();
      while (matched < name.length && b == name[matched]) {
        matched++;
        b = input.readByte();
      }
      if (b == 0 && matched == name.length) {
        return candidate;
      }
      prefix = name;
    }
  }

  /**
   * The key that starts with {@code prefix[0..matched)} followed by {@code b}, where a zero {@code
   * b} means the key ends there; {@link #UNKNOWN} if there is none.
   */
  int find(byte[] prefix, int matched, byte b) {
    if (matched == 0) {
      return b == 0 ? empty : byFirst[b & 0xFF];
    }
    for (int i = byFirst[prefix[0] & 0xFF]; i != UNKNOWN; i = sameFirst[i]) {
      byte[] name = names[i];
      boolean next = b == 0 ? name.length == matched : name.length > matched && name[matched] == b;
      if (next && Arrays.equals(name, 1, matched, prefix, 1, matched)) {
        return i;
      }
    }
    return UNKNOWN;
  }

  /**
   * Key {@code index} as declared, or {@code null} for {@link #UNKNOWN} or another index out of
   * range.
   */
  public String key(int index) {
    return index >= 0 && index < keys.length ? keys[index] : null;
  }

  /** The encoded bytes of key {@code index}; not copied, never to be modified. */
  byte[] bytes(int index) {
    return names[index];
  }
}
