package dev.meerkat.internal.generated;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.bson.BsonBinary;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinarySubType;
import org.bson.BsonInvalidOperationException;
import org.bson.BsonSerializationException;
import org.bson.BsonType;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.codecs.DecoderContext;
import org.bson.AbstractBsonReader.State;
import org.bson.io.BsonInput;
import org.bson.io.BsonInputMark;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * Reads BSON values straight from a {@link BsonInput}, for the generated codecs' fast path over a
 * {@code BsonBinaryReader}. Each reader takes the element's type byte and rejects a type it cannot
 * convert, as {@code BsonReader} does. May change at any time. Stateless and thread-safe.
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

  /** Reads one document from the input at its position; implemented by the generated codecs. */
  @FunctionalInterface
  public interface RawDecoder<T> {
    /** Decodes the document whose length is at the input's position, consuming it. */
    T decode(BsonInput input, DecoderContext context);
  }

  /** Whether {@code reader} is positioned at the start of a document value (where the fast path can begin). */
  public static boolean atDocument(BsonBinaryReader reader) {
    State state = reader.getState();
    return state == State.INITIAL || (state == State.VALUE && reader.getCurrentBsonType() == BsonType.DOCUMENT);
  }

  /**
   * Decodes the document at the reader's position with {@code decoder} straight from the reader's
   * input, then moves the reader past the document, as if it had read it itself.
   */
  public static <T> T decode(BsonBinaryReader reader, DecoderContext context, RawDecoder<T> decoder) {
    BsonInput input = reader.getBsonInput();
    int start = input.getPosition();
    BsonInputMark mark = input.getMark(Integer.MAX_VALUE);
    T value = decoder.decode(input, context);
    int length = input.getPosition() - start;
    mark.reset();
    reader.readStartDocument();
    input.skip(length - 5);
    reader.readEndDocument();
    return value;
  }

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

  static BsonInvalidOperationException mismatch(String expected, byte type) {
    return new BsonInvalidOperationException("expected " + expected + " but found BSON type "
        + BsonType.findByValue(type));
  }

  /** Reads a STRING. */
  public static String readString(BsonInput input, byte type) {
    if (type != STRING) {
      throw mismatch("STRING", type);
    }
    return input.readString();
  }

  /** Reads a one-character STRING. */
  public static char readChar(BsonInput input, byte type) {
    String value = readString(input, type);
    if (value.length() != 1) {
      throw new IllegalArgumentException("expected a one-character string for a char field but found \"" + value
          + "\"");
    }
    return value.charAt(0);
  }

  /** Reads a BOOLEAN. */
  public static boolean readBoolean(BsonInput input, byte type) {
    if (type != BOOLEAN) {
      throw mismatch("BOOLEAN", type);
    }
    return input.readByte() != 0;
  }

  /** Reads an INT32; accepts INT64, DOUBLE and DECIMAL128 as Mongoose's Number cast does. */
  public static int readInt(BsonInput input, byte type) {
    return type == INT32 ? input.readInt32() : (int) readOtherNumber(input, type);
  }

  /** Reads an INT64; accepts INT32, DOUBLE and DECIMAL128. */
  public static long readLong(BsonInput input, byte type) {
    return type == INT64 ? input.readInt64() : (long) readOtherNumber(input, type);
  }

  /** Reads a DOUBLE; accepts INT32, INT64 and DECIMAL128. */
  public static double readDouble(BsonInput input, byte type) {
    return type == DOUBLE ? input.readDouble() : readOtherNumber(input, type);
  }

  private static double readOtherNumber(BsonInput input, byte type) {
    if (type == INT32) {
      return input.readInt32();
    } else if (type == INT64) {
      return input.readInt64();
    } else if (type == DOUBLE) {
      return input.readDouble();
    } else if (type == DECIMAL128) {
      return readDecimal128(input, type).doubleValue();
    }
    throw mismatch("a number", type);
  }

  /** Reads an OBJECT_ID. */
  public static ObjectId readObjectId(BsonInput input, byte type) {
    if (type != OBJECT_ID) {
      throw mismatch("OBJECT_ID", type);
    }
    return input.readObjectId();
  }

  /** Reads a DATE_TIME in epoch milliseconds. */
  public static long readDateTime(BsonInput input, byte type) {
    if (type != DATE_TIME) {
      throw mismatch("DATE_TIME", type);
    }
    return input.readInt64();
  }

  /** Reads a DATE_TIME as an Instant. */
  public static Instant readInstant(BsonInput input, byte type) {
    return Instant.ofEpochMilli(readDateTime(input, type));
  }

  /** Reads a DATE_TIME as a UTC date. */
  public static LocalDate readLocalDate(BsonInput input, byte type) {
    return Instant.ofEpochMilli(readDateTime(input, type)).atOffset(ZoneOffset.UTC).toLocalDate();
  }

  /** Reads a DATE_TIME as a UTC local date-time. */
  public static LocalDateTime readLocalDateTime(BsonInput input, byte type) {
    return LocalDateTime.ofInstant(Instant.ofEpochMilli(readDateTime(input, type)), ZoneOffset.UTC);
  }

  /** Reads a DECIMAL128. */
  public static Decimal128 readDecimal128(BsonInput input, byte type) {
    if (type != DECIMAL128) {
      throw mismatch("DECIMAL128", type);
    }
    long low = input.readInt64();
    long high = input.readInt64();
    return Decimal128.fromIEEE754BIDEncoding(high, low);
  }

  /** Reads a BINARY with its subtype. */
  public static BsonBinary readBinary(BsonInput input, byte type) {
    if (type != BINARY) {
      throw mismatch("BINARY", type);
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

  /** Reads the data of a BINARY. */
  public static byte[] readBytes(BsonInput input, byte type) {
    return readBinary(input, type).getData();
  }

  /** Reads a UUID stored as binary subtype 4 (standard) or 3 (Java legacy). */
  public static UUID readUuid(BsonInput input, byte type) {
    BsonBinary binary = readBinary(input, type);
    byte subtype = binary.getType();
    if (subtype == BsonBinarySubType.UUID_STANDARD.getValue()) {
      return binary.asUuid(UuidRepresentation.STANDARD);
    }
    if (subtype == BsonBinarySubType.UUID_LEGACY.getValue()) {
      return binary.asUuid(UuidRepresentation.JAVA_LEGACY);
    }
    throw new IllegalArgumentException("expected a UUID (binary subtype 4) but found binary subtype " + subtype);
  }

  /** Reads an embedded document at the input's position through the driver's Document codec. */
  public static Document readDocument(BsonInput input, byte type, DecoderContext context) {
    if (type != DOCUMENT) {
      throw mismatch("DOCUMENT", type);
    }
    return BsonValues.DOCUMENT_CODEC.decode(new BsonBinaryReader(input), context);
  }

  /** Checks that the element is an embedded document. */
  public static void requireDocument(byte type) {
    if (type != DOCUMENT) {
      throw mismatch("DOCUMENT", type);
    }
  }

  /** Checks that the element is an array. */
  public static void requireArray(byte type) {
    if (type != ARRAY) {
      throw mismatch("ARRAY", type);
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
      default -> { } // NULL, UNDEFINED, MIN_KEY, MAX_KEY have no value bytes
    }
  }
}
