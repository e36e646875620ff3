package dev.meerkat.internal.generated;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.codecs.DecoderContext;
import org.bson.io.BsonInput;

/**
 * Reads a whole array field straight from a {@link BsonInput} positioned after the field's name,
 * into a new {@code ArrayList} or {@code LinkedHashSet}; the generated decoders call one method per
 * field. Each returns null for a BSON null (the decoder then gives the absent-array empty list),
 * and throws a {@link CastFailure} for any other non-array value. An element that cannot be cast
 * fails with its index added to the path; null elements are kept. The scalar readers are static,
 * non-generic and small, so the JIT inlines them into the generated decoder as it would the same
 * loop written there. May change at any time. Stateless and thread-safe.
 */
public final class RawCollections {
  private RawCollections() {}

  /** Reads one array element or map value, given its type byte; null for a BSON null. */
  @FunctionalInterface
  public interface Element<E> {
    /** Reads the value at the input's position, whose BSON type is {@code type}. */
    E read(BsonInput input, byte type);
  }

  /**
   * Adds an element read from the stored type {@code type}; one a Set already holds is a {@link
   * CastFailure#duplicate} (a List adds every element).
   */
  private static <E> void add(Collection<E> values, byte type, E element) {
    if (!values.add(element)) {
      throw CastFailure.duplicate(type, element);
    }
  }

  /** A {@code List<String>}. */
  public static List<String> stringList(BsonInput input, byte type) {
    return type == RawBson.NULL ? null : strings(input, type, "List", new ArrayList<>());
  }

  /** A {@code Set<String>}. */
  public static Set<String> stringSet(BsonInput input, byte type) {
    return type == RawBson.NULL ? null : strings(input, type, "Set", new LinkedHashSet<>());
  }

  private static <C extends Collection<String>> C strings(
      BsonInput input, byte type, String expected, C values) {
    RawBson.requireArray(input, type, expected);
    int end = RawBson.startDocument(input);
    int index = 0;
    try {
      while (input.getPosition() < end) {
        byte elementType = input.readByte();
        input.skipCString();
        add(values, elementType, RawBson.readString(input, elementType));
        index++;
      }
    } catch (CastFailure failure) {
      throw failure.at(index);
    }
    RawBson.endDocument(input);
    return values;
  }

  /** A {@code List<Integer>}. */
  public static List<Integer> intList(BsonInput input, byte type) {
    return type == RawBson.NULL ? null : ints(input, type, "List", new ArrayList<>());
  }

  /** A {@code Set<Integer>}. */
  public static Set<Integer> intSet(BsonInput input, byte type) {
    return type == RawBson.NULL ? null : ints(input, type, "Set", new LinkedHashSet<>());
  }

  private static <C extends Collection<Integer>> C ints(
      BsonInput input, byte type, String expected, C values) {
    RawBson.requireArray(input, type, expected);
    int end = RawBson.startDocument(input);
    int index = 0;
    try {
      while (input.getPosition() < end) {
        byte elementType = input.readByte();
        input.skipCString();
        add(
            values,
            elementType,
            elementType == RawBson.NULL ? null : RawBson.readInt(input, elementType));
        index++;
      }
    } catch (CastFailure failure) {
      throw failure.at(index);
    }
    RawBson.endDocument(input);
    return values;
  }

  /** A {@code List<Long>}. */
  public static List<Long> longList(BsonInput input, byte type) {
    return type == RawBson.NULL ? null : longs(input, type, "List", new ArrayList<>());
  }

  /** A {@code Set<Long>}. */
  public static Set<Long> longSet(BsonInput input, byte type) {
    return type == RawBson.NULL ? null : longs(input, type, "Set", new LinkedHashSet<>());
  }

  private static <C extends Collection<Long>> C longs(
      BsonInput input, byte type, String expected, C values) {
    RawBson.requireArray(input, type, expected);
    int end = RawBson.startDocument(input);
    int index = 0;
    try {
      while (input.getPosition() < end) {
        byte elementType = input.readByte();
        input.skipCString();
        add(
            values,
            elementType,
            elementType == RawBson.NULL ? null : RawBson.readLong(input, elementType));
        index++;
      }
    } catch (CastFailure failure) {
      throw failure.at(index);
    }
    RawBson.endDocument(input);
    return values;
  }

  /** A {@code List<Double>}. */
  public static List<Double> doubleList(BsonInput input, byte type) {
    return type == RawBson.NULL ? null : doubles(input, type, "List", new ArrayList<>());
  }

  /** A {@code Set<Double>}. */
  public static Set<Double> doubleSet(BsonInput input, byte type) {
    return type == RawBson.NULL ? null : doubles(input, type, "Set", new LinkedHashSet<>());
  }

  private static <C extends Collection<Double>> C doubles(
      BsonInput input, byte type, String expected, C values) {
    RawBson.requireArray(input, type, expected);
    int end = RawBson.startDocument(input);
    int index = 0;
    try {
      while (input.getPosition() < end) {
        byte elementType = input.readByte();
        input.skipCString();
        add(
            values,
            elementType,
            elementType == RawBson.NULL ? null : RawBson.readDouble(input, elementType));
        index++;
      }
    } catch (CastFailure failure) {
      throw failure.at(index);
    }
    RawBson.endDocument(input);
    return values;
  }

  /** A {@code List<Boolean>}. */
  public static List<Boolean> booleanList(BsonInput input, byte type) {
    return type == RawBson.NULL ? null : booleans(input, type, "List", new ArrayList<>());
  }

  /** A {@code Set<Boolean>}. */
  public static Set<Boolean> booleanSet(BsonInput input, byte type) {
    return type == RawBson.NULL ? null : booleans(input, type, "Set", new LinkedHashSet<>());
  }

  private static <C extends Collection<Boolean>> C booleans(
      BsonInput input, byte type, String expected, C values) {
    RawBson.requireArray(input, type, expected);
    int end = RawBson.startDocument(input);
    int index = 0;
    try {
      while (input.getPosition() < end) {
        byte elementType = input.readByte();
        input.skipCString();
        add(
            values,
            elementType,
            elementType == RawBson.NULL ? null : RawBson.readBoolean(input, elementType));
        index++;
      }
    } catch (CastFailure failure) {
      throw failure.at(index);
    }
    RawBson.endDocument(input);
    return values;
  }

  /** A {@code List} of values {@code element} reads (it reads a BSON null as null). */
  public static <E> List<E> list(BsonInput input, byte type, Element<E> element) {
    return type == RawBson.NULL ? null : elements(input, type, "List", new ArrayList<>(), element);
  }

  /** A {@code Set} of values {@code element} reads (it reads a BSON null as null). */
  public static <E> Set<E> set(BsonInput input, byte type, Element<E> element) {
    return type == RawBson.NULL
        ? null
        : elements(input, type, "Set", new LinkedHashSet<>(), element);
  }

  private static <E, C extends Collection<E>> C elements(
      BsonInput input, byte type, String expected, C values, Element<E> element) {
    RawBson.requireArray(input, type, expected);
    int end = RawBson.startDocument(input);
    int index = 0;
    try {
      while (input.getPosition() < end) {
        byte elementType = input.readByte();
        input.skipCString();
        add(values, elementType, element.read(input, elementType));
        index++;
      }
    } catch (CastFailure failure) {
      throw failure.at(index);
    }
    RawBson.endDocument(input);
    return values;
  }

  /**
   * A {@code List} of embedded documents of the type {@code name}s, each read by {@code decoder} (a
   * generated {@code decodeRaw}).
   */
  public static <T> List<T> documentList(
      BsonInput input,
      byte type,
      String name,
      Decoding.RawDecoder<T> decoder,
      DecoderContext context) {
    return type == RawBson.NULL
        ? null
        : documents(input, type, "List", new ArrayList<>(), name, decoder, context);
  }

  /** As {@link #documentList}, into a {@code Set}. */
  public static <T> Set<T> documentSet(
      BsonInput input,
      byte type,
      String name,
      Decoding.RawDecoder<T> decoder,
      DecoderContext context) {
    return type == RawBson.NULL
        ? null
        : documents(input, type, "Set", new LinkedHashSet<>(), name, decoder, context);
  }

  private static <T, C extends Collection<T>> C documents(
      BsonInput input,
      byte type,
      String expected,
      C values,
      String name,
      Decoding.RawDecoder<T> decoder,
      DecoderContext context) {
    RawBson.requireArray(input, type, expected);
    int end = RawBson.startDocument(input);
    int index = 0;
    try {
      while (input.getPosition() < end) {
        byte elementType = input.readByte();
        input.skipCString();
        add(
            values,
            elementType,
            RawBson.isDocument(input, elementType, name) ? decoder.decode(input, context) : null);
        index++;
      }
    } catch (CastFailure failure) {
      throw failure.at(index);
    }
    RawBson.endDocument(input);
    return values;
  }
}
