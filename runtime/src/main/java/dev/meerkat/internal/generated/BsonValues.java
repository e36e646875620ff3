package dev.meerkat.internal.generated;

import com.mongodb.MongoClientSettings;
import dev.meerkat.ValidationError;
import dev.meerkat.ValidationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.codecs.BsonTypeClassMap;
import org.bson.codecs.BsonValueCodec;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.Encoder;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.types.Decimal128;

/**
 * Support for generated codecs: date and UUID conversions, reading any value, and the values of
 * {@code Document} fields and extra fields. May change at any time. Stateless and thread-safe.
 */
public final class BsonValues {
  private BsonValues() {}

  private static final CodecRegistry REGISTRY = MongoClientSettings.getDefaultCodecRegistry();
  private static final BsonTypeClassMap TYPE_CLASSES = new BsonTypeClassMap();
  private static final BsonValueCodec BSON_VALUES = new BsonValueCodec();

  /** The codec for {@code org.bson.Document} fields: the driver's, with standard UUIDs. */
  public static final Codec<Document> DOCUMENT_CODEC =
      new DocumentCodec(REGISTRY, TYPE_CLASSES).withUuidRepresentation(UuidRepresentation.STANDARD);

  /**
   * Midnight UTC of {@code date} in epoch milliseconds, as the driver's LocalDateCodec stores it.
   */
  public static long toMillis(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /**
   * {@code dateTime} read as UTC, in epoch milliseconds, as the driver's LocalDateTimeCodec stores
   * it.
   */
  public static long toMillis(LocalDateTime dateTime) {
    return dateTime.toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  /** {@code uuid} as binary subtype 4 (the standard representation). */
  public static BsonBinary uuidBinary(UUID uuid) {
    return new BsonBinary(uuid, UuidRepresentation.STANDARD);
  }

  /** Writes {@code uuid} as binary subtype 4. */
  public static void writeUuid(BsonWriter writer, UUID uuid) {
    writer.writeBinaryData(uuidBinary(uuid));
  }

  /**
   * Reads a UUID stored as binary subtype 4 (standard) or 3 (the Java driver's legacy byte order).
   */
  static UUID readUuid(BsonReader reader) {
    return Casts.toUuid(readBsonValue(reader));
  }

  /** Reads the current value, of any type, as a {@code BsonValue}. */
  public static BsonValue readBsonValue(BsonReader reader) {
    return BSON_VALUES.decode(reader, DecoderContext.builder().build());
  }

  /**
   * A stored {@code _id} as Java sees it: ObjectId, String, a boxed number, a Document, or the BSON
   * value itself.
   */
  public static Object toJava(BsonValue value) {
    return switch (value.getBsonType()) {
      case OBJECT_ID -> value.asObjectId().getValue();
      case STRING -> value.asString().getValue();
      case INT32 -> value.asInt32().getValue();
      case INT64 -> value.asInt64().getValue();
      case DOUBLE -> value.asDouble().getValue();
      case DECIMAL128 -> value.asDecimal128().getValue();
      case BOOLEAN -> value.asBoolean().getValue();
      case NULL -> null;
      default -> value;
    };
  }

  /**
   * What the driver should encode for a collection or map element in a query value: enums by name,
   * UUIDs as subtype 4, collections and maps element by element; anything else as it is.
   */
  public static Object toBsonValue(Object value) {
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof UUID uuid) {
      return uuidBinary(uuid);
    }
    if (value instanceof Collection<?> collection) {
      List<Object> out = new ArrayList<>(collection.size());
      for (Object element : collection) {
        out.add(element == null ? null : toBsonValue(element));
      }
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Document out = new Document();
      map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : toBsonValue(v)));
      return out;
    }
    return value;
  }

  /**
   * Reads any value as the driver's Document codec would (subdocuments as Documents, standard
   * UUIDs).
   */
  public static Object readValue(BsonReader reader, DecoderContext context) {
    BsonType type = reader.getCurrentBsonType();
    switch (type) {
      case NULL:
        reader.readNull();
        return null;
      case DOCUMENT:
        return DOCUMENT_CODEC.decode(reader, context);
      case ARRAY:
        List<Object> list = new ArrayList<>();
        reader.readStartArray();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
          list.add(readValue(reader, context));
        }
        reader.readEndArray();
        return list;
      case BINARY:
        byte subtype = reader.peekBinarySubType();
        if (subtype == BsonBinarySubType.UUID_STANDARD.getValue()
            && reader.peekBinarySize() == 16) {
          return readUuid(reader);
        }
        return REGISTRY.get(TYPE_CLASSES.get(type)).decode(reader, context);
      case DECIMAL128:
        return reader.readDecimal128();
      default:
        return REGISTRY.get(TYPE_CLASSES.get(type)).decode(reader, context);
    }
  }

  /** Writes any value the driver's default registry can encode, UUIDs as subtype 4. */
  public static void writeValue(BsonWriter writer, Object value, EncoderContext context) {
    if (value == null) {
      writer.writeNull();
    } else if (value instanceof UUID uuid) {
      writeUuid(writer, uuid);
    } else if (value instanceof Document document) {
      DOCUMENT_CODEC.encode(writer, document, context);
    } else if (value instanceof Decimal128 decimal) {
      writer.writeDecimal128(decimal);
    } else {
      context.encodeWithChildContext(encoderFor(value), writer, value);
    }
  }

  @SuppressWarnings("unchecked")
  private static Encoder<Object> encoderFor(Object value) {
    return (Encoder<Object>) REGISTRY.get(value.getClass());
  }

  /**
   * Writes the entries of {@code extra} whose keys the schema does not declare; see the overload
   * naming the model.
   */
  public static void writeExtraFields(
      BsonWriter writer, Map<String, Object> extra, Set<String> knownKeys, EncoderContext context) {
    writeExtraFields(writer, extra, knownKeys, context, "document");
  }

  /**
   * Writes the entries of {@code extra} whose keys the schema does not declare, after checking
   * every key: one starting with {@code $} would be stored as (or read back as) an operator, and
   * one with a {@code .} could never be queried or updated by path, so either fails the write
   * before anything is sent.
   *
   * @throws ValidationException naming the model and every offending key
   */
  public static void writeExtraFields(
      BsonWriter writer,
      Map<String, Object> extra,
      Set<String> knownKeys,
      EncoderContext context,
      String modelName) {
    if (extra == null) {
      return;
    }
    List<ValidationError> errors = null;
    for (String key : extra.keySet()) {
      String problem = Validation.keyProblem(key);
      if (problem != null) {
        if (errors == null) {
          errors = new ArrayList<>();
        }
        errors.add(
            new ValidationError(
                Validation.printable(key),
                "Extra field `"
                    + Validation.printable(key)
                    + "` "
                    + problem
                    + "; rename or remove the key in the @ExtraFields map before saving"));
      }
    }
    if (errors != null) {
      throw new ValidationException(modelName, errors);
    }
    for (Map.Entry<String, Object> entry : extra.entrySet()) {
      if (!knownKeys.contains(entry.getKey())) {
        writer.writeName(entry.getKey());
        writeValue(writer, entry.getValue(), context);
      }
    }
  }
}
