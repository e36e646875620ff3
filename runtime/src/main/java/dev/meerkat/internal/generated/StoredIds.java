package dev.meerkat.internal.generated;

import org.bson.BsonBinaryReader;
import org.bson.BsonBinarySubType;
import org.bson.BsonReader;
import org.bson.BsonReaderMark;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.io.BsonInput;
import org.bson.io.BsonInputMark;
import org.bson.io.ByteBufferBsonInput;

/**
 * Checks the stored {@code _id} of a top-level document against the BSON type its id field is
 * written with. A cast there would lose the document's identity: an ObjectId read into a {@code
 * String} id is written back (and queried) as a string, which matches no stored document, so {@code
 * findById} finds nothing and {@code save} (an upsert) inserts a second document. Such an {@code
 * _id} is a {@link CastFailure} at path {@code _id}; numbers of any numeric type match each other,
 * as MongoDB compares them by value. Only the first element is looked at: MongoDB stores {@code
 * _id} first, and a null {@code _id} reads as a null id, as before. May change at any time.
 * Stateless and thread-safe.
 */
public final class StoredIds {
  private StoredIds() {}

  /** No check: the schema has no id field, or its type is not one this class knows. */
  public static final int NONE = 0;

  private static final int NUMBER = -1;

  /**
   * The kind of stored {@code _id} a field of cast name {@code idType} ({@code "ObjectId"}, {@code
   * "String"}...) matches, for {@link #check}; {@link #NONE} for a null or unknown name.
   */
  public static int kind(String idType) {
    if (idType == null) {
      return NONE;
    }
    return switch (idType) {
      case "ObjectId" -> RawBson.OBJECT_ID;
      case "String", "Character" -> RawBson.STRING;
      case "UUID" -> RawBson.BINARY;
      case "Boolean" -> RawBson.BOOLEAN;
      case "Instant", "Date", "LocalDate", "LocalDateTime", "OffsetDateTime", "ZonedDateTime" ->
          RawBson.DATE_TIME;
      case "Integer", "Long", "Short", "Byte", "Double", "Float", "BigDecimal", "Decimal128" ->
          NUMBER;
      default -> NONE;
    };
  }

  /**
   * Checks the document at the reader's position, leaving the reader where it was.
   *
   * @throws dev.meerkat.CastException naming the model, the {@code _id} and the id's type
   */
  public static void check(BsonReader reader, int kind, String idType, String modelName) {
    if (kind == NONE) {
      return;
    }
    BsonValue mismatch =
        reader instanceof BsonBinaryReader binary && Decoding.atDocument(binary)
            ? mismatchRaw(binary.getBsonInput(), kind)
            : mismatch(reader, kind);
    if (mismatch != null) {
      throw new CastFailure(idType, mismatch)
          .at("_id")
          .toException(modelName, BsonValues.toJava(mismatch));
    }
  }

  /** The first element's value if it is an {@code _id} of another kind; the input is left as is. */
  private static BsonValue mismatchRaw(BsonInput input, int kind) {
    int start = input.getPosition();
    BsonInputMark mark =
        input instanceof ByteBufferBsonInput ? null : input.getMark(Integer.MAX_VALUE);
    try {
      input.skip(4);
      byte type = input.readByte();
      if (type == 0
          || input.readByte() != '_'
          || input.readByte() != 'i'
          || input.readByte() != 'd'
          || input.readByte() != 0) {
        return null;
      }
      if (matches(kind, type)) {
        if (type != RawBson.BINARY) {
          return null;
        }
        int valueStart = input.getPosition();
        input.skip(4);
        byte subtype = input.readByte();
        input.skip(valueStart - input.getPosition());
        if (subtype == BsonBinarySubType.UUID_STANDARD.getValue()) {
          return null;
        }
      }
      return RawValues.read(input, type);
    } finally {
      if (mark != null) {
        mark.reset();
      } else {
        input.skip(start - input.getPosition());
      }
    }
  }

  /** As {@link #mismatchRaw}, through any reader that can be marked. */
  private static BsonValue mismatch(BsonReader reader, int kind) {
    BsonReaderMark mark;
    try {
      mark = reader.getMark();
    } catch (UnsupportedOperationException | IllegalStateException cannotMark) {
      return null;
    }
    try {
      reader.readStartDocument();
      if (reader.readBsonType() == BsonType.END_OF_DOCUMENT || !reader.readName().equals("_id")) {
        return null;
      }
      byte type = (byte) reader.getCurrentBsonType().getValue();
      if (matches(kind, type)
          && (type != RawBson.BINARY
              || reader.peekBinarySubType() == BsonBinarySubType.UUID_STANDARD.getValue())) {
        return null;
      }
      return BsonValues.readBsonValue(reader);
    } finally {
      mark.reset();
    }
  }

  /** Whether a stored {@code _id} of BSON type {@code type} is one of {@code kind}, or null. */
  private static boolean matches(int kind, byte type) {
    if (type == RawBson.NULL) {
      return true;
    }
    return kind == NUMBER
        ? type == RawBson.INT32
            || type == RawBson.INT64
            || type == RawBson.DOUBLE
            || type == RawBson.DECIMAL128
        : type == kind;
  }
}
