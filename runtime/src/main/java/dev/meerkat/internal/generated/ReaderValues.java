package dev.meerkat.internal.generated;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * The generated codecs' reader path (a {@code BsonReader} that is not over raw bytes, or a schema
 * with {@code @ExtraFields}): each method reads the type the field is written with directly and any
 * other through {@link Casts}, as {@link RawBson} does on the fast path. The reader is on a value
 * that is not BSON null. May change at any time. Stateless and thread-safe.
 */
public final class ReaderValues {
  private ReaderValues() {}

  private static BsonType type(BsonReader reader) {
    return reader.getCurrentBsonType();
  }

  /** A string. */
  public static String readString(BsonReader reader) {
    return type(reader) == BsonType.STRING
        ? reader.readString()
        : Casts.toText(BsonValues.readBsonValue(reader));
  }

  /** A one-character string. */
  public static char readChar(BsonReader reader) {
    return Casts.toChar(BsonValues.readBsonValue(reader));
  }

  /** A boolean. */
  public static boolean readBoolean(BsonReader reader) {
    return type(reader) == BsonType.BOOLEAN
        ? reader.readBoolean()
        : Casts.toBoolean(BsonValues.readBsonValue(reader));
  }

  /** An int. */
  public static int readInt(BsonReader reader) {
    return type(reader) == BsonType.INT32
        ? reader.readInt32()
        : Casts.toInt(BsonValues.readBsonValue(reader));
  }

  /** A short. */
  public static short readShort(BsonReader reader) {
    return type(reader) == BsonType.INT32
        ? Casts.toShort(reader.readInt32())
        : Casts.toShort(BsonValues.readBsonValue(reader));
  }

  /** A byte. */
  public static byte readByte(BsonReader reader) {
    return type(reader) == BsonType.INT32
        ? Casts.toByte(reader.readInt32())
        : Casts.toByte(BsonValues.readBsonValue(reader));
  }

  /** A long. */
  public static long readLong(BsonReader reader) {
    return type(reader) == BsonType.INT64
        ? reader.readInt64()
        : Casts.toLong(BsonValues.readBsonValue(reader));
  }

  /** A double. */
  public static double readDouble(BsonReader reader) {
    return type(reader) == BsonType.DOUBLE
        ? reader.readDouble()
        : Casts.toDouble(BsonValues.readBsonValue(reader));
  }

  /** A float (a stored double rounded to the nearest float). */
  public static float readFloat(BsonReader reader) {
    return type(reader) == BsonType.DOUBLE
        ? Casts.toFloat(reader.readDouble())
        : Casts.toFloat(BsonValues.readBsonValue(reader));
  }

  /** An ObjectId. */
  public static ObjectId readObjectId(BsonReader reader) {
    return type(reader) == BsonType.OBJECT_ID
        ? reader.readObjectId()
        : Casts.toObjectId(BsonValues.readBsonValue(reader));
  }

  private static long readMillis(BsonReader reader, String expected) {
    return type(reader) == BsonType.DATE_TIME
        ? reader.readDateTime()
        : DateCasts.toMillis(BsonValues.readBsonValue(reader), expected);
  }

  /** An Instant. */
  public static Instant readInstant(BsonReader reader) {
    return readInstant(reader, "Instant");
  }

  private static Instant readInstant(BsonReader reader, String expected) {
    return Instant.ofEpochMilli(readMillis(reader, expected));
  }

  /** A Date. */
  public static Date readDate(BsonReader reader) {
    return new Date(readMillis(reader, "Date"));
  }

  /** A date-time as a UTC date. */
  public static LocalDate readLocalDate(BsonReader reader) {
    return Instant.ofEpochMilli(readMillis(reader, "LocalDate"))
        .atOffset(ZoneOffset.UTC)
        .toLocalDate();
  }

  /**
   * An OffsetDateTime stored as a BSON date (read back at UTC); other types as {@link
   * #readInstant}.
   */
  public static java.time.OffsetDateTime readOffsetDateTime(BsonReader reader) {
    return readInstant(reader, "OffsetDateTime").atOffset(ZoneOffset.UTC);
  }

  /**
   * A ZonedDateTime stored as a BSON date (read back in zone UTC); other types as {@link
   * #readInstant}.
   */
  public static java.time.ZonedDateTime readZonedDateTime(BsonReader reader) {
    return readInstant(reader, "ZonedDateTime").atZone(ZoneOffset.UTC);
  }

  /** A date-time as a UTC local date-time. */
  public static LocalDateTime readLocalDateTime(BsonReader reader) {
    return LocalDateTime.ofInstant(
        Instant.ofEpochMilli(readMillis(reader, "LocalDateTime")), ZoneOffset.UTC);
  }

  /** A Decimal128. */
  public static Decimal128 readDecimal128(BsonReader reader) {
    return type(reader) == BsonType.DECIMAL128
        ? reader.readDecimal128()
        : Casts.toDecimal128(BsonValues.readBsonValue(reader));
  }

  /** A BigDecimal (NaN and infinities fail; a negative zero is zero). */
  public static BigDecimal readBigDecimal(BsonReader reader) {
    if (type(reader) != BsonType.DECIMAL128) {
      return Casts.toBigDecimal(BsonValues.readBsonValue(reader));
    }
    return Casts.toBigDecimal(reader.readDecimal128());
  }

  /**
   * A UUID: binary subtype 4 or 3 of 16 bytes, or its text, as {@link RawBson#readUuid}; other
   * binaries fail.
   */
  public static UUID readUuid(BsonReader reader) {
    return BsonValues.readUuid(reader);
  }

  /** The bytes of a binary of any subtype. */
  public static byte[] readBytes(BsonReader reader) {
    if (type(reader) != BsonType.BINARY) {
      throw Casts.mismatch("byte[]", BsonValues.readBsonValue(reader));
    }
    return reader.readBinaryData().getData();
  }

  /** Checks that the value is an embedded document, for a field of type {@code expected}. */
  public static void requireDocument(BsonReader reader, String expected) {
    if (type(reader) != BsonType.DOCUMENT) {
      throw Casts.mismatch(expected, BsonValues.readBsonValue(reader));
    }
  }

  /** Checks that the value is an array, for a field of type {@code expected}. */
  public static void requireArray(BsonReader reader, String expected) {
    if (type(reader) != BsonType.ARRAY) {
      throw Casts.mismatch(expected, BsonValues.readBsonValue(reader));
    }
  }

  /**
   * Adds an element read from the stored type {@code type} to a Set; one it already holds is a
   * {@link CastFailure#duplicate}.
   */
  public static <E> void addDistinct(Set<E> values, BsonType type, E element) {
    if (!values.add(element)) {
      throw CastFailure.duplicate(type, element);
    }
  }
}
