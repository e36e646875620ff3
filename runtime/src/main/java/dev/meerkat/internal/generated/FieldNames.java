package dev.meerkat.internal.generated;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bson.io.BsonInput;

/**
 * Matches a field name on the raw bytes of a BSON document, without creating a {@code String} for
 * it: the generated codecs' fast path when they read from a {@code BsonBinaryReader}. Immutable and
 * thread-safe.
 *
 * <p>Documents written by the same codec store their fields in declaration order, so each name is
 * first compared with the one expected next, in a single pass that allocates nothing. Only a name
 * out of order (or unknown) is copied, hashed, looked up and compared in full.
 */
public final class FieldNames {
  /** Returned by {@link #match} for a name the schema does not declare. */
  public static final int UNKNOWN = -1;
  private static final byte[] EMPTY = new byte[0];

  private final byte[][] names;
  private final int[] hashes;
  private final int[] table;
  private final int mask;

  /** A matcher for the stored keys, in the order the codec expects them. */
  public FieldNames(String... keys) {
    names = new byte[keys.length][];
    hashes = new int[keys.length];
    int size = Integer.highestOneBit(Math.max(4, keys.length * 4) - 1) << 1;
    table = new int[size];
    Arrays.fill(table, UNKNOWN);
    mask = size - 1;
    for (int i = 0; i < keys.length; i++) {
      names[i] = keys[i].getBytes(StandardCharsets.UTF_8);
      hashes[i] = hash(names[i], names[i].length);
      int slot = hashes[i] & mask;
      while (table[slot] != UNKNOWN) {
        slot = (slot + 1) & mask;
      }
      table[slot] = i;
    }
  }

  private static int hash(byte[] bytes, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + bytes[i];
    }
    return h;
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
    // Out of order or unknown: the bytes read so far are hoped[0..matched) and b.
    byte[] name = Arrays.copyOf(hoped, Math.max(32, matched * 2));
    int length = matched;
    while (b != 0) {
      if (length == name.length) {
        name = Arrays.copyOf(name, length * 2);
      }
      name[length++] = b;
      b = input.readByte();
    }
    int h = hash(name, length);
    for (int slot = h & mask; table[slot] != UNKNOWN; slot = (slot + 1) & mask) {
      int candidate = table[slot];
      if (hashes[candidate] == h && Arrays.equals(names[candidate], 0, names[candidate].length, name, 0, length)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }
}
