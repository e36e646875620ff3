package dev.meerkat.internal.connection;

import dev.meerkat.IndexSpec;
import dev.meerkat.NumberPath;
import dev.meerkat.Schema;
import dev.meerkat.SchemaField;
import dev.meerkat.SchemaOptions;
import dev.meerkat.StringPath;
import dev.meerkat.ValidationError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.types.ObjectId;

/**
 * A hand-written schema, shaped like the processor's output, so the model runtime is tested on its
 * own; the processor's generated schemas are tested end to end in integration-tests.
 */
public final class PersonSchema implements Schema<Person> {
  public static final PersonSchema INSTANCE = new PersonSchema();
  public static final StringPath<Person> NAME = new StringPath<>("name");
  public static final NumberPath<Person, Integer> AGE = new NumberPath<>("age");

  private static final Codec<Person> CODEC =
      new Codec<>() {
        @Override
        public void encode(BsonWriter writer, Person value, EncoderContext context) {
          writer.writeStartDocument();
          if (value.id() != null) {
            writer.writeObjectId("_id", value.id());
          }
          if (value.name() != null) {
            writer.writeString("name", value.name());
          }
          writer.writeInt32("age", value.age());
          writer.writeEndDocument();
        }

        @Override
        public Person decode(BsonReader reader, DecoderContext context) {
          ObjectId id = null;
          String name = null;
          int age = 0;
          reader.readStartDocument();
          while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            switch (reader.readName()) {
              case "_id" -> id = reader.readObjectId();
              case "name" -> name = reader.readString();
              case "age" -> age = reader.readInt32();
              default -> reader.skipValue();
            }
          }
          reader.readEndDocument();
          return new Person(id, name, age);
        }

        @Override
        public Class<Person> getEncoderClass() {
          return Person.class;
        }
      };

  @Override
  public Class<Person> type() {
    return Person.class;
  }

  @Override
  public String modelName() {
    return "Person";
  }

  @Override
  public String collectionName() {
    return "people";
  }

  @Override
  public SchemaOptions options() {
    return SchemaOptions.DEFAULTS;
  }

  @Override
  public Codec<Person> codec() {
    return CODEC;
  }

  @Override
  public List<SchemaField> fields() {
    return List.of(
        new SchemaField("id", "_id", ObjectId.class.getName(), true, false),
        new SchemaField("name", "name", String.class.getName(), false, true),
        new SchemaField("age", "age", "int", false, false));
  }

  @Override
  public List<IndexSpec> indexes() {
    return List.of(new IndexSpec(List.of(new IndexSpec.Key("name", 1)), true, false, -1, null));
  }

  @Override
  public List<ValidationError> validate(Person document) {
    List<ValidationError> errors = new ArrayList<>();
    if (document.name() == null) {
      errors.add(new ValidationError("name", "Path `name` is required."));
    }
    if (document.age() < 0) {
      errors.add(
          new ValidationError(
              "age",
              "Path `age` (" + document.age() + ") is less than minimum allowed value (0)."));
    }
    return errors;
  }

  @Override
  public Object idOf(Person document) {
    return document.id();
  }

  @Override
  public Person prepareInsert(Person document, Instant now) {
    return document.id() != null
        ? document
        : new Person(new ObjectId(), document.name(), document.age());
  }
}
