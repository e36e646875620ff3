package dev.meerkat.internal.model;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
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
import org.bson.BsonValue;
import org.bson.codecs.EncoderContext;
import org.bson.conversions.Bson;

/**
 * How {@code save} and {@code replaceOne} write a whole document without taking from other writers
 * (a Mongoose service on the same collection) what they own: the stored version key is never
 * lowered and {@code createdAt} is kept.
 *
 * <ul>
 *   <li>{@code replaceOne}, and {@code save} without {@code @Version}, read the matched document's
 *       {@code _id}, {@code __v} and {@code createdAt} and replace exactly that document, keeping
 *       them; {@code save} inserts (at version 0) when no document has its {@code _id}.
 *   <li>{@code save} with {@code @Version} (Mongoose's {@code optimisticConcurrency}) replaces the
 *       document whose {@code _id} and {@code __v} equal the copy's, with {@code __v} incremented,
 *       and throws {@link VersionConflictException} when nothing matched; a copy at version 0 that
 *       matches nothing is new and is inserted (a duplicate {@code _id} is a conflict too).
 * </ul>
 *
 * Stateless apart from the schema's {@code createdAt} key; thread-safe.
 *
 * @param <T> the mapped type
 */
final class WholeDocumentWrites<T> {
  static final String VERSION_KEY = "__v";
  private static final int REPLACE_ATTEMPTS = 5;

  private final Schema<T> schema;
  private final String createdAtKey;

  WholeDocumentWrites(Schema<T> schema) {
    this.schema = schema;
    String createdAt = null;
    for (SchemaField field : schema.fields()) {
      if (field.name().equals("createdAt")) {
        createdAt = field.key();
      }
    }
    this.createdAtKey =
        schema.options().timestamps() ? createdAt == null ? "createdAt" : createdAt : null;
  }

  /** {@code document} as the driver would insert it. */
  BsonDocument encode(T document) {
    BsonDocument encoded = new BsonDocument();
    schema
        .codec()
        .encode(
            new BsonDocumentWriter(encoded),
            document,
            EncoderContext.builder().isEncodingCollectibleDocument(true).build());
    return encoded;
  }

  /**
   * The action saving {@code prepared} (validated, with an {@code _id}); returns the saved copy.
   */
  Function<MongoCollection<T>, T> save(String modelName, T prepared) {
    if (schema.optimisticConcurrency()) {
      return versioned(modelName, prepared);
    }
    BsonDocument encoded = encode(prepared);
    Function<MongoCollection<T>, UpdateResult> replace =
        replace(Filters.eq("_id", encoded.get("_id")), encoded, true);
    return c -> {
      replace.apply(c);
      return prepared;
    };
  }

  private Function<MongoCollection<T>, T> versioned(String modelName, T prepared) {
    long version = schema.versionOf(prepared);
    T next = schema.withVersion(prepared, version + 1);
    BsonDocument encoded = encode(next);
    BsonValue id = encoded.get("_id");
    List<String> modifiedPaths = new ArrayList<>();
    for (String key : encoded.keySet()) {
      if (!key.equals("_id") && !key.equals(VERSION_KEY)) {
        modifiedPaths.add(key);
      }
    }
    Bson filter = Filters.and(Filters.eq("_id", id), Filters.eq(VERSION_KEY, version));
    return c -> {
      if (c.withDocumentClass(BsonDocument.class).replaceOne(filter, encoded).getMatchedCount()
          > 0) {
        return next;
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
   * The action replacing the first document matching {@code filter} with {@code replacement}
   * (encoded, without {@code _id} when the caller gave none), keeping the stored {@code __v} and
   * {@code createdAt}: it reads them, then replaces exactly that document at that version. When
   * another writer changed the version in between it reads again; the last attempt replaces by
   * {@code _id} alone, so the write is never dropped.
   *
   * @param insertWhenMissing whether to insert {@code replacement} (which then has an {@code _id})
   *     when nothing matches: {@code save}'s upsert
   */
  Function<MongoCollection<T>, UpdateResult> replace(
      Bson filter, BsonDocument replacement, boolean insertWhenMissing) {
    BsonDocument projection =
        new BsonDocument("_id", new BsonInt32(1)).append(VERSION_KEY, new BsonInt32(1));
    if (createdAtKey != null) {
      projection.append(createdAtKey, new BsonInt32(1));
    }
    return c -> {
      MongoCollection<BsonDocument> raw = c.withDocumentClass(BsonDocument.class);
      for (int attempt = 1; ; attempt++) {
        boolean last = attempt == REPLACE_ATTEMPTS;
        BsonDocument stored = raw.find(filter).projection(projection).limit(1).first();
        if (stored == null) {
          if (!insertWhenMissing) {
            return raw.replaceOne(filter, replacement);
          }
          BsonDocument inserted = replacement.clone();
          if (schema.options().versionKey() && !inserted.containsKey(VERSION_KEY)) {
            inserted.put(VERSION_KEY, new BsonInt32(0));
          }
          try {
            raw.insertOne(inserted);
            return UpdateResult.acknowledged(0, 0L, inserted.get("_id"));
          } catch (MongoWriteException e) {
            if (last
                || !SafeInsert.isDuplicateId(
                    e.getError().getCategory(), e.getError().getMessage())) {
              throw e;
            }
            continue; // inserted by another writer meanwhile: replace theirs, keeping its version
          }
        }
        BsonDocument kept = replacement.clone();
        BsonValue version = stored.get(VERSION_KEY);
        if (version != null && schema.options().versionKey()) {
          kept.put(VERSION_KEY, version);
        }
        if (createdAtKey != null && stored.containsKey(createdAtKey)) {
          kept.put(createdAtKey, stored.get(createdAtKey));
        }
        Bson sameDocument = Filters.eq("_id", stored.get("_id"));
        Bson exact =
            last
                ? Filters.and(filter, sameDocument)
                : Filters.and(
                    filter,
                    sameDocument,
                    version == null
                        ? Filters.exists(VERSION_KEY, false)
                        : Filters.eq(VERSION_KEY, version));
        UpdateResult result = raw.replaceOne(exact, kept);
        if (result.getMatchedCount() > 0 || last) {
          return result;
        }
      }
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
