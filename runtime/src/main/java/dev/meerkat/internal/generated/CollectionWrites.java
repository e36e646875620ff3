package dev.meerkat.internal.generated;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.bson.BsonWriter;
import org.bson.codecs.EncoderContext;
import org.bson.types.ObjectId;

/**
 * Writes one named array or map field of a generated encoder: nothing for an absent array ({@link
 * AbsentArrays#isWritten}) or a null map, else the array or subdocument, with a BSON null for each
 * null element. One static, non-generic method per element kind, so the JIT inlines each as it
 * would the same loop written in the generated encoder. May change at any time. Stateless and
 * thread-safe.
 */
public final class CollectionWrites {
  private CollectionWrites() {}

  /** An array of strings. */
  public static void stringArray(BsonWriter writer, String name, Collection<String> values) {
    if (AbsentArrays.isWritten(values)) {
      writer.writeStartArray(name);
      for (String element : values) {
        if (element == null) {
          writer.writeNull();
        } else {
          writer.writeString(element);
        }
      }
      writer.writeEndArray();
    }
  }

  /** A map of strings, as a subdocument. */
  public static void stringMap(BsonWriter writer, String name, Map<String, String> values) {
    if (values != null) {
      writer.writeStartDocument(name);
      for (Map.Entry<String, String> entry : values.entrySet()) {
        writer.writeName(entry.getKey());
        String element = entry.getValue();
        if (element == null) {
          writer.writeNull();
        } else {
          writer.writeString(element);
        }
      }
      writer.writeEndDocument();
    }
  }

  /** An array of ints, shorts or bytes, as INT32s. */
  public static void int32Array(
      BsonWriter writer, String name, Collection<? extends Number> values) {
    if (AbsentArrays.isWritten(values)) {
      writer.writeStartArray(name);
      for (Number element : values) {
        if (element == null) {
          writer.writeNull();
        } else {
          writer.writeInt32(element.intValue());
        }
      }
      writer.writeEndArray();
    }
  }

  /** A map of ints, shorts or bytes, as INT32s, as a subdocument. */
  public static void int32Map(
      BsonWriter writer, String name, Map<String, ? extends Number> values) {
    if (values != null) {
      writer.writeStartDocument(name);
      for (Map.Entry<String, ? extends Number> entry : values.entrySet()) {
        writer.writeName(entry.getKey());
        Number element = entry.getValue();
        if (element == null) {
          writer.writeNull();
        } else {
          writer.writeInt32(element.intValue());
        }
      }
      writer.writeEndDocument();
    }
  }

  /** An array of longs, as INT64s. */
  public static void int64Array(BsonWriter writer, String name, Collection<Long> values) {
    if (AbsentArrays.isWritten(values)) {
      writer.writeStartArray(name);
      for (Long element : values) {
        if (element == null) {
          writer.writeNull();
        } else {
          writer.writeInt64(element);
        }
      }
      writer.writeEndArray();
    }
  }

  /** A map of longs, as INT64s, as a subdocument. */
  public static void int64Map(BsonWriter writer, String name, Map<String, Long> values) {
    if (values != null) {
      writer.writeStartDocument(name);
      for (Map.Entry<String, Long> entry : values.entrySet()) {
        writer.writeName(entry.getKey());
        Long element = entry.getValue();
        if (element == null) {
          writer.writeNull();
        } else {
          writer.writeInt64(element);
        }
      }
      writer.writeEndDocument();
    }
  }

  /** An array of doubles or floats, as DOUBLEs. */
  public static void float64Array(
      BsonWriter writer, String name, Collection<? extends Number> values) {
    if (AbsentArrays.isWritten(values)) {
      writer.writeStartArray(name);
      for (Number element : values) {
        if (element == null) {
          writer.writeNull();
        } else {
          writer.writeDouble(element.doubleValue());
        }
      }
      writer.writeEndArray();
    }
  }

  /** A map of doubles or floats, as DOUBLEs, as a subdocument. */
  public static void float64Map(
      BsonWriter writer, String name, Map<String, ? extends Number> values) {
    if (values != null) {
      writer.writeStartDocument(name);
      for (Map.Entry<String, ? extends Number> entry : values.entrySet()) {
        writer.writeName(entry.getKey());
        Number element = entry.getValue();
        if (element == null) {
          writer.writeNull();
        } else {
          writer.writeDouble(element.doubleValue());
        }
      }
      writer.writeEndDocument();
    }
  }

  /** An array of booleans. */
  public static void boolArray(BsonWriter writer, String name, Collection<Boolean> values) {
    if (AbsentArrays.isWritten(values)) {
      writer.writeStartArray(name);
      for (Boolean element : values) {
        if (element == null) {
          writer.writeNull();
        } else {
          writer.writeBoolean(element);
        }
      }
      writer.writeEndArray();
    }
  }

  /** A map of booleans, as a subdocument. */
  public static void boolMap(BsonWriter writer, String name, Map<String, Boolean> values) {
    if (values != null) {
      writer.writeStartDocument(name);
      for (Map.Entry<String, Boolean> entry : values.entrySet()) {
        writer.writeName(entry.getKey());
        Boolean element = entry.getValue();
        if (element == null) {
          writer.writeNull();
        } else {
          writer.writeBoolean(element);
        }
      }
      writer.writeEndDocument();
    }
  }

  /** An array of ObjectIds. */
  public static void objectIdArray(BsonWriter writer, String name, Collection<ObjectId> values) {
    if (AbsentArrays.isWritten(values)) {
      writer.writeStartArray(name);
      for (ObjectId element : values) {
        if (element == null) {
          writer.writeNull();
        } else {
          writer.writeObjectId(element);
        }
      }
      writer.writeEndArray();
    }
  }

  /** A map of ObjectIds, as a subdocument. */
  public static void objectIdMap(BsonWriter writer, String name, Map<String, ObjectId> values) {
    if (values != null) {
      writer.writeStartDocument(name);
      for (Map.Entry<String, ObjectId> entry : values.entrySet()) {
        writer.writeName(entry.getKey());
        ObjectId element = entry.getValue();
        if (element == null) {
          writer.writeNull();
        } else {
          writer.writeObjectId(element);
        }
      }
      writer.writeEndDocument();
    }
  }

  /** An array of Instants, as dates in epoch milliseconds. */
  public static void instantArray(BsonWriter writer, String name, Collection<Instant> values) {
    if (AbsentArrays.isWritten(values)) {
      writer.writeStartArray(name);
      for (Instant element : values) {
        if (element == null) {
          writer.writeNull();
        } else {
          writer.writeDateTime(element.toEpochMilli());
        }
      }
      writer.writeEndArray();
    }
  }

  /** A map of Instants, as dates in epoch milliseconds, as a subdocument. */
  public static void instantMap(BsonWriter writer, String name, Map<String, Instant> values) {
    if (values != null) {
      writer.writeStartDocument(name);
      for (Map.Entry<String, Instant> entry : values.entrySet()) {
        writer.writeName(entry.getKey());
        Instant element = entry.getValue();
        if (element == null) {
          writer.writeNull();
        } else {
          writer.writeDateTime(element.toEpochMilli());
        }
      }
      writer.writeEndDocument();
    }
  }

  /** An array of enum constants, by name. */
  public static void enumNameArray(
      BsonWriter writer, String name, Collection<? extends Enum<?>> values) {
    if (AbsentArrays.isWritten(values)) {
      writer.writeStartArray(name);
      for (Enum<?> element : values) {
        if (element == null) {
          writer.writeNull();
        } else {
          writer.writeString(element.name());
        }
      }
      writer.writeEndArray();
    }
  }

  /** A map of enum constants, by name, as a subdocument. */
  public static void enumNameMap(
      BsonWriter writer, String name, Map<String, ? extends Enum<?>> values) {
    if (values != null) {
      writer.writeStartDocument(name);
      for (Map.Entry<String, ? extends Enum<?>> entry : values.entrySet()) {
        writer.writeName(entry.getKey());
        Enum<?> element = entry.getValue();
        if (element == null) {
          writer.writeNull();
        } else {
          writer.writeString(element.name());
        }
      }
      writer.writeEndDocument();
    }
  }

  /** An array of embedded documents, each written by {@code encoder} (a generated codec). */
  public static <T> void documentArray(
      BsonWriter writer,
      String name,
      Collection<T> values,
      EmbeddedEncoder<? super T> encoder,
      EncoderContext context) {
    if (AbsentArrays.isWritten(values)) {
      writer.writeStartArray(name);
      for (T element : values) {
        if (element == null) {
          writer.writeNull();
        } else {
          encoder.writeEmbedded(writer, element, context);
        }
      }
      writer.writeEndArray();
    }
  }

  /** A map of embedded documents, as a subdocument; each written by {@code encoder}. */
  public static <T> void documentMap(
      BsonWriter writer,
      String name,
      Map<String, T> values,
      EmbeddedEncoder<? super T> encoder,
      EncoderContext context) {
    if (values != null) {
      writer.writeStartDocument(name);
      for (Map.Entry<String, T> entry : values.entrySet()) {
        writer.writeName(entry.getKey());
        T element = entry.getValue();
        if (element == null) {
          writer.writeNull();
        } else {
          encoder.writeEmbedded(writer, element, context);
        }
      }
      writer.writeEndDocument();
    }
  }
}
