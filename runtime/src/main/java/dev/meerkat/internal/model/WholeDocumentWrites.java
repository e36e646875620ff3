package dev.meerkat.internal.model;

import com.mongodb.MongoWriteException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.result.UpdateResult;
import dev.meerkat.MeerkatException;
import dev.meerkat.Schema;
import dev.meerkat.SchemaField;
import dev.meerkat.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWriter;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonValue;
import org.bson.codecs.DecoderContext;
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

  /**
   * How many times a replacement reads again after another writer moved the document's version
   * first; each miss means another write landed, so only a hot document reaches it.
   */
  private static final int REPLACE_ATTEMPTS = 100;

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
   * A replacement as it is sent, validated and stamped by {@code prepare}. A class instance without
   * an id is prepared as a copy: preparing gives it a fresh id, which the replaced document does
   * not get (it keeps its own), so a later {@code save} of the caller's instance would insert a
   * second document. Records are copied by preparing anyway.
   */
  BsonDocument encodeReplacement(T replacement, UnaryOperator<T> prepare) {
    T toPrepare = replacement;
    if (schema.idOf(replacement) == null && !schema.type().isRecord()) {
      toPrepare =
          schema
              .codec()
              .decode(
                  new BsonDocumentReader(encode(replacement)), DecoderContext.builder().build());
    }
    return encode(prepare.apply(toPrepare));
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
    boolean inPlace = next == prepared;
    if (inPlace) {
      // a class instance moves to the next version only once it is saved: a copy whose save
      // failed still names the version it was loaded at, so saving it again stays a conflict
      schema.withVersion(prepared, version);
    }
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
        return inPlace ? schema.withVersion(prepared, version + 1) : next;
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
   * another writer changed the version in between it reads again, as often as it takes (each miss
   * means another writer's write landed), so the write is never dropped and never puts back a
   * version it read before another writer raised it.
   *
   * @param insertWhenMissing whether to insert {@code replacement} (which then has an {@code _id})
   *     when nothing matches: {@code save}'s upsert
   */
  Function<MongoCollection<T>, UpdateResult> replace(
      Bson filter, BsonDocument replacement, boolean insertWhenMissing) {
    BsonDocument projection = storedKeys();
    return c -> {
      MongoCollection<BsonDocument> raw = c.withDocumentClass(BsonDocument.class);
      for (int attempt = 1; ; attempt++) {
        requireAttemptsLeft(attempt);
        BsonDocument stored = raw.find(filter).projection(projection).limit(1).first();
        if (stored == null) {
          if (!insertWhenMissing) {
            return raw.replaceOne(filter, replacement);
          }
          BsonDocument inserted = atVersionZero(replacement);
          try {
            raw.insertOne(inserted);
            return UpdateResult.acknowledged(0, 0L, inserted.get("_id"));
          } catch (MongoWriteException e) {
            if (!SafeInsert.isDuplicateId(e.getError().getCategory(), e.getError().getMessage())) {
              throw e;
            }
            continue; // inserted by another writer meanwhile: replace theirs, keeping its version
          }
        }
        UpdateResult result =
            raw.replaceOne(exactFilter(filter, stored, false), kept(replacement, stored));
        if (result.getMatchedCount() > 0) {
          return result;
        }
      }
    };
  }

  /**
   * Fails a replacement that found the document's version moved by another writer {@link
   * #REPLACE_ATTEMPTS} times: nothing of it was written.
   */
  private void requireAttemptsLeft(int attempt) {
    if (attempt > REPLACE_ATTEMPTS) {
      throw new MeerkatException(
          "A replacement in model "
              + schema.modelName()
              + " read the matched document "
              + REPLACE_ATTEMPTS
              + " times and each time another writer changed its version before the replacement"
              + " reached it; nothing was replaced. Retry later, or serialize the writers of this"
              + " document.");
    }
  }

  /**
   * The action of {@code findOneAndReplace}: as {@link #replace}, it reads the matched document's
   * {@code _id}, {@code __v} and {@code createdAt} (in the order of the options' sort) and replaces
   * exactly that document at that version, keeping them, reading again until it does. Without a
   * match it returns null, or with {@code upsert} inserts {@code withId}.
   *
   * @param withId the replacement with its {@code _id} (generated when the caller gave none)
   * @param callerId whether the caller gave the {@code _id}; if not, the stored one is kept
   * @return the document before or after the replacement, as the options ask; null if none
   */
  Function<MongoCollection<T>, T> findAndReplace(
      Bson filter, BsonDocument withId, boolean callerId, FindOneAndReplaceOptions options) {
    BsonDocument replacement = keepingStoredId(withId, callerId);
    BsonDocument projection = storedKeys();
    FindOneAndReplaceOptions exactOptions = exact(options);
    return c -> {
      MongoCollection<BsonDocument> raw = c.withDocumentClass(BsonDocument.class);
      for (int attempt = 1; ; attempt++) {
        requireAttemptsLeft(attempt);
        FindIterable<BsonDocument> find = raw.find(filter).projection(projection).limit(1);
        if (options.getSort() != null) {
          find = find.sort(options.getSort());
        }
        BsonDocument stored = find.first();
        if (stored == null) {
          return options.isUpsert()
              ? decode(c, raw.findOneAndReplace(filter, atVersionZero(withId), options))
              : null;
        }
        BsonDocument found =
            raw.findOneAndReplace(
                exactFilter(filter, stored, false), kept(replacement, stored), exactOptions);
        if (found != null) {
          return decode(c, found);
        }
      }
    };
  }

  /**
   * A bulk write's replacement, resolved when the bulk runs: it reads the matched document's {@code
   * _id}, {@code __v} and {@code createdAt} and replaces that document (by its {@code _id}) keeping
   * them. Within a bulk there is no retry: a writer that changes {@code __v} between the read and
   * the bulk has it overwritten with the value read. Without a match the replacement is sent as it
   * is ({@code withId}), so an upsert inserts it.
   */
  Function<MongoCollection<BsonDocument>, WriteModel<BsonDocument>> bulkReplace(
      Bson filter, BsonDocument withId, boolean callerId, ReplaceOptions options) {
    BsonDocument replacement = keepingStoredId(withId, callerId);
    BsonDocument projection = storedKeys();
    return raw -> {
      BsonDocument stored = raw.find(filter).projection(projection).limit(1).first();
      return stored == null
          ? new ReplaceOneModel<>(filter, atVersionZero(withId), options)
          : new ReplaceOneModel<>(
              exactFilter(filter, stored, true), kept(replacement, stored), options);
    };
  }

  /**
   * {@code replacement} as an upsert (or {@code save}'s insert) inserts it: a new document starts
   * at version 0, as {@code create} stores it, whatever version the caller's object names.
   */
  private BsonDocument atVersionZero(BsonDocument replacement) {
    if (!schema.options().versionKey()) {
      return replacement;
    }
    BsonDocument inserted = replacement.clone();
    BsonValue callers = replacement.get(VERSION_KEY);
    // the type the codec writes the @Version field with (a long field: int64), as create stores it
    inserted.put(
        VERSION_KEY, callers != null && callers.isInt64() ? new BsonInt64(0) : new BsonInt32(0));
    return inserted;
  }

  /**
   * The replacement sent over a matched document: without an {@code _id} when the caller gave none,
   * so the stored document keeps its own.
   */
  private static BsonDocument keepingStoredId(BsonDocument withId, boolean callerId) {
    BsonDocument replacement = withId.clone();
    if (!callerId) {
      replacement.remove("_id");
    }
    return replacement;
  }

  /** The caller's options, without upsert: the exact write must not insert a second document. */
  private static FindOneAndReplaceOptions exact(FindOneAndReplaceOptions options) {
    return new FindOneAndReplaceOptions()
        .projection(options.getProjection())
        .returnDocument(options.getReturnDocument())
        .maxTime(options.getMaxTime(TimeUnit.MILLISECONDS), TimeUnit.MILLISECONDS)
        .bypassDocumentValidation(options.getBypassDocumentValidation())
        .collation(options.getCollation())
        .hint(options.getHint())
        .hintString(options.getHintString())
        .comment(options.getComment())
        .let(options.getLet());
  }

  /**
   * Reads the document {@code findOneAndReplace} returned, after its write: a cast failure says the
   * write was applied ({@link ReturningWrites}).
   */
  private static <T> T decode(MongoCollection<T> c, BsonDocument document) {
    if (document == null) {
      return null;
    }
    return ReturningWrites.read(
        "findOneAndReplace",
        () ->
            c.getCodecRegistry()
                .get(c.getDocumentClass())
                .decode(new BsonDocumentReader(document), DecoderContext.builder().build()));
  }

  /** The keys a whole-document write keeps from the stored document. */
  private BsonDocument storedKeys() {
    BsonDocument projection =
        new BsonDocument("_id", new BsonInt32(1)).append(VERSION_KEY, new BsonInt32(1));
    if (createdAtKey != null) {
      projection.append(createdAtKey, new BsonInt32(1));
    }
    return projection;
  }

  /** {@code replacement} with the stored {@code __v} and {@code createdAt}. */
  private BsonDocument kept(BsonDocument replacement, BsonDocument stored) {
    BsonDocument kept = replacement.clone();
    BsonValue version = stored.get(VERSION_KEY);
    if (version != null && schema.options().versionKey()) {
      kept.put(VERSION_KEY, version);
    }
    if (createdAtKey != null && stored.containsKey(createdAtKey)) {
      kept.put(createdAtKey, stored.get(createdAtKey));
    }
    return kept;
  }

  /**
   * Exactly the stored document at its version; on the last attempt at any version, so the write is
   * never dropped.
   */
  private static Bson exactFilter(Bson filter, BsonDocument stored, boolean last) {
    Bson sameDocument = Filters.eq("_id", stored.get("_id"));
    if (last) {
      return Filters.and(filter, sameDocument);
    }
    BsonValue version = stored.get(VERSION_KEY);
    return Filters.and(
        filter,
        sameDocument,
        version == null ? Filters.exists(VERSION_KEY, false) : Filters.eq(VERSION_KEY, version));
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
