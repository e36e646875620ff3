package dev.meerkat.internal.generated;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.bson.BsonReader;
import org.bson.BsonSerializationException;
import org.bson.BsonString;
import org.bson.BsonType;
import org.bson.io.BsonInput;

/**
 * Reads an enum stored as its constant's name straight from a {@link BsonInput}, comparing the
 * string's UTF-8 bytes with each constant's pre-encoded name, so a known value creates no {@code
 * String}. An unknown value, or a value that is not a string, is a {@link CastFailure} (Mongoose's
 * CastError), whichever path read it. For the generated codecs' fast path; may change at any time.
 * Immutable and thread-safe.
 *
 * @param <E> the enum type
 */
public final class EnumNames<E extends Enum<E>> {
  private static final byte[] EMPTY = new byte[0];

  private final Class<E> type;
  private final E[] constants;
  private final FieldNames names;
  private final Map<String, E> byName;

  /** Matches the names of {@code constants}, which are all of {@code type}'s constants. */
  public EnumNames(Class<E> type, E[] constants) {
    this.type = type;
    this.constants = constants.clone();
    String[] keys = new String[constants.length];
    for (int i = 0; i < constants.length; i++) {
      keys[i] = constants[i].name();
    }
    this.names = new FieldNames(keys);
    Map<String, E> constantsByName = new HashMap<>();
    for (E constant : constants) {
      constantsByName.put(constant.name(), constant);
    }
    this.byName = Map.copyOf(constantsByName);
  }

  /**
   * Reads a STRING naming one of the constants; null for NULL; any other name or type is a {@link
   * CastFailure}.
   */
  public E read(BsonInput input, byte bsonType) {
    if (bsonType != RawBson.STRING) {
      if (bsonType == RawBson.NULL) {
        return null;
      }
      throw Casts.mismatch(type.getSimpleName(), RawBson.other(input, bsonType));
    }
    int size = input.readInt32();
    if (size <= 0) {
      throw new BsonSerializationException(
          "While decoding a BSON string found a size that is not a positive number: " + size);
    }
    int length = size - 1;
    int exact = names.matchOfLength(input, length);
    if (exact != FieldNames.UNKNOWN) {
      return constants[exact];
    }
    int candidate = FieldNames.UNKNOWN;
    byte[] name = EMPTY;
    for (int i = 0; i < length; i++) {
      byte b = input.readByte();
      if (i < name.length && name[i] == b) {
        continue;
      }
      // The bytes read so far are name[0..i); a zero inside the string never names a constant.
      candidate = b == 0 ? FieldNames.UNKNOWN : names.find(name, i, b);
      if (candidate == FieldNames.UNKNOWN) {
        return unknown(input, name, i, b, length);
      }
      name = names.bytes(candidate);
    }
    if (candidate == FieldNames.UNKNOWN || name.length != length) {
      candidate = names.find(name, length, (byte) 0);
    }
    endString(input);
    if (candidate == FieldNames.UNKNOWN) {
      return byName(new String(name, 0, length, StandardCharsets.UTF_8));
    }
    return constants[candidate];
  }

  /**
   * Reads the rest of an unknown value so that {@code Enum.valueOf} reports it, as the reader path
   * does.
   */
  private E unknown(BsonInput input, byte[] prefix, int read, byte last, int length) {
    byte[] value = new byte[length];
    System.arraycopy(prefix, 0, value, 0, read);
    value[read] = last;
    input.readBytes(value, read + 1, length - read - 1);
    endString(input);
    return byName(new String(value, StandardCharsets.UTF_8));
  }

  /**
   * Reads a STRING naming one of the constants from a reader (the generated codecs' reader path).
   */
  public E read(BsonReader reader) {
    if (reader.getCurrentBsonType() != BsonType.STRING) {
      throw Casts.mismatch(type.getSimpleName(), BsonValues.readBsonValue(reader));
    }
    return byName(reader.readString());
  }

  /** The constant named {@code name}; any other name is a {@link CastFailure}. */
  private E byName(String name) {
    E constant = byName.get(name);
    if (constant == null) {
      throw Casts.mismatch(type.getSimpleName(), new BsonString(name));
    }
    return constant;
  }

  private static void endString(BsonInput input) {
    if (input.readByte() != 0) {
      throw new BsonSerializationException("Found a BSON string that is not null-terminated");
    }
  }
}
