package dev.meerkat.internal.connection;

import dev.meerkat.IndexSpec;
import dev.meerkat.Schema;
import dev.meerkat.SchemaField;
import dev.meerkat.SchemaOptions;
import dev.meerkat.ValidationError;
import java.time.Instant;
import java.util.List;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.types.ObjectId;

/**
 * A test document: what the processor would generate for {@code record Item(ObjectId id, String
 * name)}, by hand.
 */
record Item(ObjectId id, String name) {

  /** The hand-written schema, with configurable options and one index on {@code name}. */
  static final class ItemSchema implements Schema<Item> {
    static final ItemSchema INSTANCE = new ItemSchema("Item", SchemaOptions.DEFAULTS);
    private final String modelName;
    private final SchemaOptions options;

    ItemSchema(String modelName, SchemaOptions options) {
      this.modelName = modelName;
      this.options = options;
    }

    static ItemSchema bufferCommands(Boolean bufferCommands) {
      return new ItemSchema(
          "Item", new SchemaOptions(bufferCommands, null, null, 0, 0, null, false, true, true));
    }

    @Override
    public Class<Item> type() {
      return Item.class;
    }

    @Override
    public String modelName() {
      return modelName;
    }

    @Override
    public String collectionName() {
      return modelName.toLowerCase(java.util.Locale.ROOT) + "s";
    }

    @Override
    public SchemaOptions options() {
      return options;
    }

    @Override
    public Codec<Item> codec() {
      return CODEC;
    }

    @Override
    public List<SchemaField> fields() {
      return List.of(
          new SchemaField("id", "_id", "org.bson.types.ObjectId", true, false),
          new SchemaField("name", "name", "java.lang.String", false, true));
    }

    @Override
    public List<IndexSpec> indexes() {
      return List.of(new IndexSpec(List.of(new IndexSpec.Key("name", 1)), false, false, 0, null));
    }

    @Override
    public List<ValidationError> validate(Item document) {
      return document.name() == null
          ? List.of(new ValidationError("name", "Path `name` is required."))
          : List.of();
    }

    @Override
    public Object idOf(Item document) {
      return document.id();
    }

    @Override
    public Item prepareInsert(Item document, Instant now) {
      return document.id() != null ? document : new Item(new ObjectId(), document.name());
    }
  }

  static final Codec<Item> CODEC =
      new Codec<>() {
        @Override
        public void encode(BsonWriter writer, Item value, EncoderContext context) {
          writer.writeStartDocument();
          if (value.id() != null) {
            writer.writeObjectId("_id", value.id());
          }
          if (value.name() != null) {
            writer.writeString("name", value.name());
          }
          writer.writeEndDocument();
        }

        @Override
        public Item decode(BsonReader reader, DecoderContext context) {
          ObjectId id = null;
          String name = null;
          reader.readStartDocument();
          while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String field = reader.readName();
            if (field.equals("_id") && reader.getCurrentBsonType() == BsonType.OBJECT_ID) {
              id = reader.readObjectId();
            } else if (field.equals("name") && reader.getCurrentBsonType() == BsonType.STRING) {
              name = reader.readString();
            } else {
              reader.skipValue();
            }
          }
          reader.readEndDocument();
          return new Item(id, name);
        }

        @Override
        public Class<Item> getEncoderClass() {
          return Item.class;
        }
      };
}
