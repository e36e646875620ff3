package dev.meerkat.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import org.bson.BsonSerializationException;
import org.bson.BsonType;
import org.bson.io.BsonInput;

/**
 * Reading BSON straight off a {@link BsonInput}, below {@code BsonBinaryReader}: field names are
 * compared as bytes instead of being decoded into {@code String}s, which the reader's {@code
 * readBsonType()} always does. Used by {@link RawNameCustomerCodec} and the raw floor to measure
 * what that technique is worth.
 */
final class RawBson {
  /** Returned by {@link #readName} when the name is longer than the scratch buffer. */
  static final int TOO_LONG = -1;

  private RawBson() {}

  /** The BSON type whose tag is {@code tag}, or an error naming the bad tag. */
  static BsonType type(byte tag) {
    BsonType type = BsonType.findByValue(tag);
    if (type == null) {
      throw new BsonSerializationException("Unknown BSON type tag " + tag);
    }
    return type;
  }

  /**
   * Reads a C string into {@code scratch} and returns its length in bytes, or {@link #TOO_LONG}
   * (having consumed it) when it does not fit: such a name cannot equal any mapped name.
   */
  static int readName(BsonInput in, byte[] scratch) {
    int n = 0;
    byte b;
    while ((b = in.readByte()) != 0) {
      if (n < scratch.length) {
        scratch[n] = b;
      }
      n++;
    }
    return n <= scratch.length ? n : TOO_LONG;
  }

  /** Whether the first {@code n} bytes of {@code scratch} are exactly {@code name}. */
  static boolean is(byte[] scratch, int n, byte[] name) {
    return n == name.length && Arrays.equals(scratch, 0, n, name, 0, n);
  }

  /** Skips a value of {@code type} whose name has been read. */
  static void skipValue(BsonInput in, BsonType type) {
    switch (type) {
      case DOUBLE, DATE_TIME, INT64, TIMESTAMP -> in.skip(8);
      case INT32 -> in.skip(4);
      case BOOLEAN -> in.skip(1);
      case OBJECT_ID -> in.skip(12);
      case DECIMAL128 -> in.skip(16);
      case STRING, JAVASCRIPT, SYMBOL -> in.skip(in.readInt32());
      case DOCUMENT, ARRAY, JAVASCRIPT_WITH_SCOPE -> in.skip(in.readInt32() - 4);
      case BINARY -> in.skip(in.readInt32() + 1);
      case REGULAR_EXPRESSION -> {
        in.skipCString();
        in.skipCString();
      }
      case DB_POINTER -> in.skip(in.readInt32() + 12);
      case NULL, UNDEFINED, MIN_KEY, MAX_KEY -> {}
      default -> throw new BsonSerializationException("Cannot skip a value of type " + type);
    }
  }

  /** Throws unless a field holds the BSON type its Java type needs. */
  static void expect(BsonType actual, BsonType expected, byte[] field) {
    if (actual != expected) {
      throw new BsonSerializationException(
          "Field '"
              + new String(field, UTF_8)
              + "' holds a "
              + actual
              + " where a "
              + expected
              + " was expected");
    }
  }
}
