package dev.meerkat.internal.generated;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.codecs.DecoderContext;
import org.bson.io.BsonInput;

/**
 * Reads a whole map field with string keys (a subdocument) straight from a {@link BsonInput}
 * positioned after the field's name, into a new {@code LinkedHashMap}; the generated decoders call
 * one method per field. Each returns null for a BSON null and throws a {@link CastFailure} for any
 * other non-document value. A value that cannot be cast fails with its key added to the path; null
 * values are kept. As {@link RawCollections}, the scalar readers are static and non-generic so the
 * JIT inlines them. May change at any time. Stateless and thread-safe.
 */
public final class RawMaps {
  private RawMaps() {}

  /** A {@code Map<String, String>}. */
  public static Map<String, String> stringMap(BsonInput input, byte type) {
    if (type == RawBson.NULL) {
      return null;
    }
    RawBson.requireDocument(input, type, "Map");
    Map<String, String> map = new LinkedHashMap<>();
    int end = RawBson.startDocument(input);
    String key = null;
    try {
      while (input.getPosition() < end) {
        byte valueType = input.readByte();
        key = input.readCString();
        map.put(key, RawBson.readString(input, valueType));
      }
    } catch (CastFailure failure) {
      throw failure.at(key);
    }
    RawBson.endDocument(input);
    return map;
  }

  /** A {@code Map<String, Integer>}. */
  public static Map<String, Integer> intMap(BsonInput input, byte type) {
    if (type == RawBson.NULL) {
      return null;
    }
    RawBson.requireDocument(input, type, "Map");
    Map<String, Integer> map = new LinkedHashMap<>();
    int end = RawBson.startDocument(input);
    String key = null;
    try {
      while (input.getPosition() < end) {
        byte valueType = input.readByte();
        key = input.readCString();
        map.put(key, valueType == RawBson.NULL ? null : RawBson.readInt(input, valueType));
      }
    } catch (CastFailure failure) {
      throw failure.at(key);
    }
    RawBson.endDocument(input);
    return map;
  }

  /** A {@code Map<String, Long>}. */
  public static Map<String, Long> longMap(BsonInput input, byte type) {
    if (type == RawBson.NULL) {
      return null;
    }
    RawBson.requireDocument(input, type, "Map");
    Map<String, Long> map = new LinkedHashMap<>();
    int end = RawBson.startDocument(input);
    String key = null;
    try {
      while (input.getPosition() < end) {
        byte valueType = input.readByte();
        key = input.readCString();
        map.put(key, valueType == RawBson.NULL ? null : RawBson.readLong(input, valueType));
      }
    } catch (CastFailure failure) {
      throw failure.at(key);
    }
    RawBson.endDocument(input);
    return map;
  }

  /** A {@code Map<String, Double>}. */
  public static Map<String, Double> doubleMap(BsonInput input, byte type) {
    if (type == RawBson.NULL) {
      return null;
    }
    RawBson.requireDocument(input, type, "Map");
    Map<String, Double> map = new LinkedHashMap<>();
    int end = RawBson.startDocument(input);
    String key = null;
    try {
      while (input.getPosition() < end) {
        byte valueType = input.readByte();
        key = input.readCString();
        map.put(key, valueType == RawBson.NULL ? null : RawBson.readDouble(input, valueType));
      }
    } catch (CastFailure failure) {
      throw failure.at(key);
    }
    RawBson.endDocument(input);
    return map;
  }

  /** A {@code Map<String, Boolean>}. */
  public static Map<String, Boolean> booleanMap(BsonInput input, byte type) {
    if (type == RawBson.NULL) {
      return null;
    }
    RawBson.requireDocument(input, type, "Map");
    Map<String, Boolean> map = new LinkedHashMap<>();
    int end = RawBson.startDocument(input);
    String key = null;
    try {
      while (input.getPosition() < end) {
        byte valueType = input.readByte();
        key = input.readCString();
        map.put(key, valueType == RawBson.NULL ? null : RawBson.readBoolean(input, valueType));
      }
    } catch (CastFailure failure) {
      throw failure.at(key);
    }
    RawBson.endDocument(input);
    return map;
  }

  /** A map of values {@code value} reads (it reads a BSON null as null). */
  public static <V> Map<String, V> map(
      BsonInput input, byte type, RawCollections.Element<V> value) {
    if (type == RawBson.NULL) {
      return null;
    }
    RawBson.requireDocument(input, type, "Map");
    Map<String, V> map = new LinkedHashMap<>();
    int end = RawBson.startDocument(input);
    String key = null;
    try {
      while (input.getPosition() < end) {
        byte valueType = input.readByte();
        key = input.readCString();
        map.put(key, value.read(input, valueType));
      }
    } catch (CastFailure failure) {
      throw failure.at(key);
    }
    RawBson.endDocument(input);
    return map;
  }

  /**
   * A map of embedded documents of the type {@code name}s, each read by {@code decoder} (a
   * generated {@code decodeRaw}).
   */
  public static <T> Map<String, T> documentMap(
      BsonInput input,
      byte type,
      String name,
      Decoding.RawDecoder<T> decoder,
      DecoderContext context) {
    if (type == RawBson.NULL) {
      return null;
    }
    RawBson.requireDocument(input, type, "Map");
    Map<String, T> map = new LinkedHashMap<>();
    int end = RawBson.startDocument(input);
    String key = null;
    try {
      while (input.getPosition() < end) {
        byte valueType = input.readByte();
        key = input.readCString();
        map.put(
            key,
            RawBson.isDocument(input, valueType, name) ? decoder.decode(input, context) : null);
      }
    } catch (CastFailure failure) {
      throw failure.at(key);
    }
    RawBson.endDocument(input);
    return map;
  }
}
