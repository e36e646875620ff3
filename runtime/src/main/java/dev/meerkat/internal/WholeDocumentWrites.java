package dev.meerkat.internal;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import dev.meerkat.Schema;
import dev.meerkat.SchemaField;
import dev.meerkat.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWriter;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.codecs.EncoderContext;
import org.bson.conversions.Bson;

/**
 * How {@code save} and {@code replaceOne} write a whole document without taking from other writers
 * (a Mongoose service on the same collection) what they own: the stored version key is never
 * lowered and {@code createdAt} is kept.
 *
 * <ul>
 *   <li>{@code save} without {@code @Version} is an upsert that {@code $set}s every key the document
 *       has and {@code $unset}s the schema's keys it lacks; {@code __v} is only written on insert
 *       ({@code $setOnInsert: 0}), so the stored version stays as it is.
 *   <li>{@code save} with {@code @Version} (Mongoose's {@code optimisticConcurrency}) matches
 *       {@code _id} and {@code __v}, increments {@code __v}, and throws
 *       {@link VersionConflictException} when nothing matched; a copy at version 0 that matches
 *       nothing is new and is inserted (a duplicate {@code _id} is a conflict too).
 *   <li>{@code replaceOne} reads the matched document's {@code _id}, {@code __v} and
 *       {@code createdAt} and replaces exactly that document, version unchanged, keeping them.
 * </ul>
 *
 * Stateless apart from the schema's keys; thread-safe.
 *
 * @param <T> the mapped type
 */
final class WholeDocumentWrites<T> {
  static final String VERSION_KEY = "__v";
  private static final int REPLACE_ATTEMPTS = 3;

  private final Schema<T> schema;
  private final List<String> fieldKeys = new ArrayList<>();
  private final String createdAtKey;

  WholeDocumentWrites(Schema<T> schema) {
    this.schema = schema;
    String createdAt = null;
    for (SchemaField field : schema.fields()) {
      if (!field.id() && !field.key().equals(VERSION_KEY)) {
        fieldKeys.add(field.key());
      }
      if (field.name().equals("createdAt")) {
        createdAt = field.key();
      }
    }
    this.createdAtKey = schema.options().timestamps() ? createdAt == null ? "createdAt" : createdAt : null;
  }

  /** {@code document} as the driver would insert it. */
  BsonDocument encode(T document) {
    BsonDocument encoded = new BsonDocument();
    schema.codec().encode(new BsonDocumentWriter(encoded), document,
        EncoderContext.builder().isEncodingCollectibleDocument(true).build());
    return encoded;
  }

  /** The action saving {@code prepared} (validated, with an {@code _id}); returns the saved copy. */
  Function<MongoCollection<T>, T> save(String modelName, T prepared) {
    BsonDocument encoded = encode(prepared);
    BsonValue id = encoded.get("_id");
    BsonDocument set = new BsonDocument();
    BsonDocument unset = new BsonDocument();
    for (String key : encoded.keySet()) {
      if (!key.equals("_id") && !key.equals(VERSION_KEY) && !key.equals(createdAtKey)) {
        set.put(key, encoded.get(key));
      }
    }
    for (String key : fieldKeys) {
      if (!encoded.containsKey(key)) {
        unset.put(key, new BsonString(""));
      }
    }
    BsonDocument update = new BsonDocument();
    if (!set.isEmpty()) {
      update.put("$set", set);
    }
    if (!unset.isEmpty()) {
      update.put("$unset", unset);
    }
    if (schema.optimisticConcurrency()) {
      return versioned(modelName, prepared, id, update, new ArrayList<>(set.keySet()));
    }
    BsonDocument onInsert = new BsonDocument();
    if (schema.options().versionKey()) {
      onInsert.put(VERSION_KEY, new BsonInt32(0));
    }
    if (createdAtKey != null && encoded.containsKey(createdAtKey)) {
      onInsert.put(createdAtKey, encoded.get(createdAtKey));
    }
    if (!onInsert.isEmpty()) {
      update.put("$setOnInsert", onInsert);
    }
    if (update.isEmpty()) {
      update.put("$setOnInsert", new BsonDocument("_id", id));
    }
    return c -> {
      c.updateOne(new BsonDocument("_id", id), update, new UpdateOptions().upsert(true));
      return prepared;
    };
  }

  private Function<MongoCollection<T>, T> versioned(
      String modelName, T prepared, BsonValue id, BsonDocument update, List<String> modifiedPaths) {
    long version = schema.versionOf(prepared);
    update.put("$inc", new BsonDocument(VERSION_KEY, new BsonInt32(1)));
    Bson filter = Filters.and(Filters.eq("_id", id), Filters.eq(VERSION_KEY, version));
    return c -> {
      if (c.updateOne(filter, update).getMatchedCount() > 0) {
        return schema.withVersion(prepared, version + 1);
      }
      if (version == 0) {
        T inserted = schema.withVersion(prepared, 0);
        try {
          c.insertOne(inserted);
          return inserted;
        } catch (MongoWriteException e) {
          if (!SafeInsert.isDuplicateId(e.getError().getCategory(), e.getError().getMessage())) {
            throw e;
          }
        }
      }
      throw new VersionConflictException(modelName, display(id), version, modifiedPaths);
    };
  }

  /**
   * The action replacing the first document matching {@code filter} with {@code replacement} (encoded,
   * without {@code _id} when the caller gave none), keeping the stored {@code __v} and
   * {@code createdAt}. Retried (at most three times) when another writer changed the version between
   * the read and the replace.
   */
  Function<MongoCollection<T>, UpdateResult> replace(Bson filter, BsonDocument replacement) {
    BsonDocument projection = new BsonDocument("_id", new BsonInt32(1)).append(VERSION_KEY, new BsonInt32(1));
    if (createdAtKey != null) {
      projection.append(createdAtKey, new BsonInt32(1));
    }
    return c -> {
      MongoCollection<BsonDocument> raw = c.withDocumentClass(BsonDocument.class);
      UpdateResult result = null;
      for (int attempt = 0; attempt < REPLACE_ATTEMPTS; attempt++) {
        BsonDocument stored = raw.find(filter).projection(projection).limit(1).first();
        if (stored == null) {
          return raw.replaceOne(filter, replacement);
        }
        BsonDocument kept = replacement.clone();
        BsonValue version = stored.get(VERSION_KEY);
        if (version != null && schema.options().versionKey()) {
          kept.put(VERSION_KEY, version);
        }
        if (createdAtKey != null && stored.containsKey(createdAtKey)) {
          kept.put(createdAtKey, stored.get(createdAtKey));
        }
        Bson exact = Filters.and(filter, Filters.eq("_id", stored.get("_id")),
            version == null ? Filters.exists(VERSION_KEY, false) : Filters.eq(VERSION_KEY, version));
        result = raw.replaceOne(exact, kept);
        if (result.getMatchedCount() > 0) {
          return result;
        }
      }
      return result;
    };
  }

  /** The id as a message shows it: an ObjectId's hex string, a string or number as is. */
  private static Object display(BsonValue id) {
    return switch (id.getBsonType()) {
      case OBJECT_ID -> id.asObjectId().getValue().toHexString();
      case STRING -> id.asString().getValue();
      case INT32 -> id.asInt32().getValue();
      case INT64 -> id.asInt64().getValue();
      default -> id;
    };
  }
}
