package dev.meerkat.internal.generated;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.UUID;
import org.bson.BsonBinary;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinarySubType;
import org.bson.BsonSerializationException;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.io.BsonInput;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * Reads BSON values straight from a {@link BsonInput}, for the generated codecs' fast path over a
 * {@code BsonBinaryReader}. Each reader takes the element's type byte; the type the field is
 * written with is read directly (the fast path), any other goes through {@link Casts} (the slow
 * path), which converts without loss or throws {@link CastFailure}. The readers of reference types
 * return null for a BSON null; those of primitives take the value a null leaves in place. May
 * change at any time. Stateless and thread-safe.
 */
public final class RawBson {
  private RawBson() {}

  /** The type byte of BSON DOUBLE. */
  public static final byte DOUBLE = 1;

  /** The type byte of BSON STRING. */
  public static final byte STRING = 2;

  /** The type byte of BSON DOCUMENT. */
  public static final byte DOCUMENT = 3;

  /** The type byte of BSON ARRAY. */
  public static final byte ARRAY = 4;

  /** The type byte of BSON BINARY. */
  public static final byte BINARY = 5;

  /** The type byte of BSON OBJECT_ID. */
  public static final byte OBJECT_ID = 7;

  /** The type byte of BSON BOOLEAN. */
  public static final byte BOOLEAN = 8;

  /** The type byte of BSON DATE_TIME. */
  public static final byte DATE_TIME = 9;

  /** The type byte of BSON NULL. */
  public static final byte NULL = 10;

  /** The type byte of BSON INT32. */
  public static final byte INT32 = 16;

  /** The type byte of BSON INT64. */
  public static final byte INT64 = 18;

  /** The type byte of BSON DECIMAL128. */
  public static final byte DECIMAL128 = 19;

  /** Reads a document's length and returns the position of its terminating zero byte. */
  public static int startDocument(BsonInput input) {
    int start = input.getPosition();
    return start + input.readInt32() - 1;
  }

  /** Consumes the terminating zero byte of a document or array. */
  public static void endDocument(BsonInput input) {
    if (input.readByte() != 0) {
      throw new BsonSerializationException("document or array does not end with a zero byte");
    }
  }

  /** The slow path: the stored value of another type, read whole, for {@link Casts}. */
  static BsonValue other(BsonInput input, byte type) {
    return RawValues.read(input, type);
  }

  /** Reads a STRING; other types as {@link Casts#toText}; null for NULL. */
  public static String readString(BsonInput input, byte type) {
    return type == STRING
        ? input.readString()
        : type == NULL ? null : Casts.toText(other(input, type));
  }

  /** Reads a one-character STRING. */
  public static char readChar(BsonInput input, byte type) {
    return Casts.toChar(other(input, type));
  }

  /** Reads a one-character STRING; {@code ifNull} for NULL. */
  public static char readChar(BsonInput input, byte type, char ifNull) {
    return type == NULL ? ifNull : readChar(input, type);
  }

  /** Reads a BOOLEAN; other types as {@link Casts#toBoolean}. */
  public static boolean readBoolean(BsonInput input, byte type) {
    return type == BOOLEAN ? input.readByte() != 0 : Casts.toBoolean(other(input, type));
  }

  /** Reads a BOOLEAN, or another type as {@link Casts#toBoolean}; {@code ifNull} for NULL. */
  public static boolean readBoolean(BsonInput input, byte type, boolean ifNull) {
    return type == BOOLEAN
        ? input.readByte() != 0
        : type == NULL ? ifNull : readBoolean(input, type);
  }

  /** Reads an INT32 or another number as {@link #readInt}; {@code ifNull} for NULL. */
  public static int readInt(BsonInput input, byte type, int ifNull) {
    return type == INT32 ? input.readInt32() : type == NULL ? ifNull : readInt(input, type);
  }

  /** Reads a {@code short} as {@link #readShort}; {@code ifNull} for NULL. */
  public static short readShort(BsonInput input, byte type, short ifNull) {
    return type == NULL ? ifNull : readShort(input, type);
  }

  /** Reads a {@code byte} as {@link #readByte}; {@code ifNull} for NULL. */
  public static byte readByte(BsonInput input, byte type, byte ifNull) {
    return type == NULL ? ifNull : readByte(input, type);
  }

  /** Reads an INT64 or another number as {@link #readLong}; {@code ifNull} for NULL. */
  public static long readLong(BsonInput input, byte type, long ifNull) {
    return type == INT64 ? input.readInt64() : type == NULL ? ifNull : readLong(input, type);
  }

  /** Reads a DOUBLE or another number as {@link #readDouble}; {@code ifNull} for NULL. */
  public static double readDouble(BsonInput input, byte type, double ifNull) {
    return type == DOUBLE ? input.readDouble() : type == NULL ? ifNull : readDouble(input, type);
  }

  /** Reads a {@code float} as {@link #readFloat}; {@code ifNull} for NULL. */
  public static float readFloat(BsonInput input, byte type, float ifNull) {
    return type == NULL ? ifNull : readFloat(input, type);
  }

  /** Reads an INT32; other numbers and numeric strings when exact ({@link Casts#toInt}). */
  public static int readInt(BsonInput input, byte type) {
    return type == INT32 ? input.readInt32() : Casts.toInt(other(input, type));
  }

  /** Reads a {@code short} from an INT32 in range, or as {@link Casts#toShort}. */
  public static short readShort(BsonInput input, byte type) {
    return type == INT32 ? Casts.toShort(input.readInt32()) : Casts.toShort(other(input, type));
  }

  /** Reads a {@code byte} from an INT32 in range, or as {@link Casts#toByte}. */
  public static byte readByte(BsonInput input, byte type) {
    return type == INT32 ? Casts.toByte(input.readInt32()) : Casts.toByte(other(input, type));
  }

  /** Reads an INT64; other numbers and numeric strings when exact ({@link Casts#toLong}). */
  public static long readLong(BsonInput input, byte type) {
    return type == INT64 ? input.readInt64() : Casts.toLong(other(input, type));
  }

  /** Reads a DOUBLE; other numbers and numeric strings when exact ({@link Casts#toDouble}). */
  public static double readDouble(BsonInput input, byte type) {
    return type == DOUBLE ? input.readDouble() : Casts.toDouble(other(input, type));
  }

  /**
   * Reads a DOUBLE rounded to a float (one beyond a float's range fails); other numbers as {@link
   * Casts#toFloat}.
   */
  public static float readFloat(BsonInput input, byte type) {
    return type == DOUBLE ? Casts.toFloat(input.readDouble()) : Casts.toFloat(other(input, type));
  }

  /** Reads an OBJECT_ID; a 24-digit hex string too; null for NULL. */
  public static ObjectId readObjectId(BsonInput input, byte type) {
    return type == OBJECT_ID
        ? input.readObjectId()
        : type == NULL ? null : Casts.toObjectId(other(input, type));
  }

  /**
   * Reads a DATE_TIME in epoch milliseconds; other types as {@link DateCasts#toMillis}, for a field
   * of type {@code expected}.
   */
  public static long readDateTime(BsonInput input, byte type, String expected) {
    return type == DATE_TIME ? input.readInt64() : DateCasts.toMillis(other(input, type), expected);
  }

  /** Reads a DATE_TIME as an Instant; null for NULL. */
  public static Instant readInstant(BsonInput input, byte type) {
    return type == NULL ? null : Instant.ofEpochMilli(readDateTime(input, type, "Instant"));
  }

  /** Reads a DATE_TIME as a Date; null for NULL. */
  public static Date readDate(BsonInput input, byte type) {
    return type == NULL ? null : new Date(readDateTime(input, type, "Date"));
  }

  /** Reads a DATE_TIME as an OffsetDateTime at UTC; null for NULL. */
  public static OffsetDateTime readOffsetDateTime(BsonInput input, byte type) {
    return type == NULL
        ? null
        : Instant.ofEpochMilli(readDateTime(input, type, "OffsetDateTime"))
            .atOffset(ZoneOffset.UTC);
  }

  /** Reads a DATE_TIME as a ZonedDateTime in zone UTC; null for NULL. */
  public static ZonedDateTime readZonedDateTime(BsonInput input, byte type) {
    return type == NULL
        ? null
        : Instant.ofEpochMilli(readDateTime(input, type, "ZonedDateTime")).atZone(ZoneOffset.UTC);
  }

  /** Reads a DATE_TIME as a UTC date; null for NULL. */
  public static LocalDate readLocalDate(BsonInput input, byte type) {
    return type == NULL
        ? null
        : Instant.ofEpochMilli(readDateTime(input, type, "LocalDate"))
            .atOffset(ZoneOffset.UTC)
            .toLocalDate();
  }

  /** Reads a DATE_TIME as a UTC local date-time; null for NULL. */
  public static LocalDateTime readLocalDateTime(BsonInput input, byte type) {
    return type == NULL
        ? null
        : LocalDateTime.ofInstant(
            Instant.ofEpochMilli(readDateTime(input, type, "LocalDateTime")), ZoneOffset.UTC);
  }

  /**
   * Reads a DECIMAL128 (the fast path) or any exact number ({@link Casts#toDecimal128}); null for
   * NULL.
   */
  public static Decimal128 readDecimal128(BsonInput input, byte type) {
    if (type != DECIMAL128) {
      return type == NULL ? null : Casts.toDecimal128(other(input, type));
    }
    long low = input.readInt64();
    long high = input.readInt64();
    return Decimal128.fromIEEE754BIDEncoding(high, low);
  }

  /**
   * Reads a DECIMAL128 or any exact number as a BigDecimal; NaN and infinities fail, a negative
   * zero is zero; null for NULL.
   */
  public static BigDecimal readBigDecimal(BsonInput input, byte type) {
    if (type != DECIMAL128) {
      return type == NULL ? null : Casts.toBigDecimal(other(input, type));
    }
    return Casts.toBigDecimal(readDecimal128(input, type));
  }

  /** Reads a BINARY with its subtype. */
  public static BsonBinary readBinary(BsonInput input, byte type) {
    if (type != BINARY) {
      throw Casts.mismatch("byte[]", other(input, type));
    }
    int length = input.readInt32();
    byte subtype = input.readByte();
    if (subtype == BsonBinarySubType.OLD_BINARY.getValue()) {
      length = input.readInt32();
    }
    byte[] data = new byte[length];
    input.readBytes(data);
    return new BsonBinary(subtype, data);
  }

  /** Reads the data of a BINARY; null for NULL. */
  public static byte[] readBytes(BsonInput input, byte type) {
    return type == NULL ? null : readBinary(input, type).getData();
  }

  /**
   * Reads a UUID stored as binary subtype 4 (standard) or 3 (Java legacy), or as its text; null for
   * NULL.
   */
  public static UUID readUuid(BsonInput input, byte type) {
    return type == NULL ? null : Casts.toUuid(other(input, type));
  }

  /**
   * Reads an embedded document at the input's position through the driver's Document codec; null
   * for NULL.
   */
  public static Document readDocument(BsonInput input, byte type, DecoderContext context) {
    if (!isDocument(input, type, "Document")) {
      return null;
    }
    return BsonValues.DOCUMENT_CODEC.decode(new BsonBinaryReader(input), context);
  }

  /**
   * Whether the element is an embedded document (true) or NULL (false); any other type is a {@link
   * CastFailure} for a field of type {@code expected}.
   */
  public static boolean isDocument(BsonInput input, byte type, String expected) {
    if (type == DOCUMENT) {
      return true;
    }
    if (type == NULL) {
      return false;
    }
    throw Casts.mismatch(expected, other(input, type));
  }

  /** As {@link #isDocument}, for an array. */
  public static boolean isArray(BsonInput input, byte type, String expected) {
    if (type == ARRAY) {
      return true;
    }
    if (type == NULL) {
      return false;
    }
    throw Casts.mismatch(expected, other(input, type));
  }

  /** Checks that the element is an embedded document, for a field of type {@code expected}. */
  public static void requireDocument(BsonInput input, byte type, String expected) {
    if (type != DOCUMENT) {
      throw Casts.mismatch(expected, other(input, type));
    }
  }

  /** Checks that the element is an array, for a field of type {@code expected}. */
  public static void requireArray(BsonInput input, byte type, String expected) {
    if (type != ARRAY) {
      throw Casts.mismatch(expected, other(input, type));
    }
  }

  /** Skips a value of BSON type {@code type}. */
  public static void skip(BsonInput input, byte type) {
    BsonType bsonType = BsonType.findByValue(type);
    if (bsonType == null) {
      throw new BsonSerializationException("unknown BSON type " + type);
    }
    switch (bsonType) {
      case DOUBLE, DATE_TIME, INT64, TIMESTAMP -> input.skip(8);
      case STRING, JAVASCRIPT, SYMBOL -> input.skip(input.readInt32());
      case DOCUMENT, ARRAY, JAVASCRIPT_WITH_SCOPE -> input.skip(input.readInt32() - 4);
      case BINARY -> input.skip(input.readInt32() + 1);
      case OBJECT_ID -> input.skip(12);
      case BOOLEAN -> input.skip(1);
      case INT32 -> input.skip(4);
      case DECIMAL128 -> input.skip(16);
      case REGULAR_EXPRESSION -> {
        input.skipCString();
        input.skipCString();
      }
      case DB_POINTER -> input.skip(input.readInt32() + 12);
      default -> {} // NULL, UNDEFINED, MIN_KEY, MAX_KEY have no value bytes
    }
  }
}
