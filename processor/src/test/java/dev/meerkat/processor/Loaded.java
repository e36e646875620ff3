package dev.meerkat.processor;

import com.mongodb.MongoClientSettings;
import dev.meerkat.Schema;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import org.bson.BsonBinaryReader;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWriter;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.conversions.Bson;

/** Reflection over classes compiled in a test, so tests can drive generated code. */
final class Loaded {
  private final ClassLoader loader;

  Loaded(ClassLoader loader) {
    this.loader = loader;
  }

  Class<?> type(String name) {
    try {
      return Class.forName(name, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  Schema<Object> schema(String schemaClass) {
    return (Schema<Object>) staticField(schemaClass, "INSTANCE");
  }

  Object staticField(String className, String field) {
    try {
      return type(className).getField(field).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  Object call(String className, String method) {
    try {
      return type(className).getMethod(method).invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object invoke(Object target, String method, Object... args) {
    try {
      for (var m : target.getClass().getMethods()) {
        if (m.getName().equals(method) && m.getParameterCount() == args.length) {
          return m.invoke(target, args);
        }
      }
      throw new AssertionError("no method " + method + " on " + target.getClass());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A copy of {@code record} with component {@code name} set to {@code value}. */
  static Object with(Object record, String name, Object value) {
    try {
      RecordComponent[] components = record.getClass().getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] =
            components[i].getName().equals(name)
                ? value
                : components[i].getAccessor().invoke(record);
      }
      Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object component(Object record, String name) {
    return invoke(record, name);
  }

  static BsonDocument encode(Schema<Object> schema, Object value) {
    BsonDocument document = new BsonDocument();
    schema
        .codec()
        .encode(new BsonDocumentWriter(document), value, EncoderContext.builder().build());
    return document;
  }

  static Object decode(Schema<Object> schema, BsonDocument document) {
    return schema
        .codec()
        .decode(new BsonDocumentReader(document), DecoderContext.builder().build());
  }

  /** Decodes through the raw-bytes reader the driver uses for server replies. */
  static Object decodeRaw(Schema<Object> schema, BsonDocument document) {
    RawBsonDocument raw = new RawBsonDocument(document, new BsonDocumentCodec());
    ByteBuffer bytes = raw.getByteBuffer().asNIO();
    try (BsonBinaryReader reader = new BsonBinaryReader(bytes)) {
      return schema.codec().decode(reader, DecoderContext.builder().build());
    }
  }

  static BsonDocument render(Bson bson) {
    return bson.toBsonDocument(BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry());
  }
}
