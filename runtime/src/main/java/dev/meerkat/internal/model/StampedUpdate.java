package dev.meerkat.internal.model;

import java.time.Instant;
import java.util.Map;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/**
 * An update with the schema's timestamps, added when the driver renders it: {@code $set} of {@code
 * updatedAt}, and for an upsert {@code $setOnInsert} of {@code createdAt}, each only when the
 * caller's update does not name that key itself (with any operator). So a caller's explicit value
 * is kept rather than silently replaced, and the update never names a key twice, which the server
 * refuses as a conflict. Rendering copies the caller's operator documents and never changes them.
 * Immutable and thread-safe.
 */
final class StampedUpdate implements Bson {
  private final Bson update;
  private final String updatedAtKey;
  private final String createdAtKey;
  private final BsonDateTime now;

  /**
   * Creates the update.
   *
   * @param createdAtKey the {@code createdAt} key for an upsert, else null
   */
  StampedUpdate(Bson update, String updatedAtKey, String createdAtKey, Instant now) {
    this.update = update;
    this.updatedAtKey = updatedAtKey;
    this.createdAtKey = createdAtKey;
    this.now = new BsonDateTime(now.toEpochMilli());
  }

  @Override
  public <D> BsonDocument toBsonDocument(Class<D> documentClass, CodecRegistry codecRegistry) {
    BsonDocument rendered = update.toBsonDocument(documentClass, codecRegistry);
    BsonDocument stamped = new BsonDocument();
    for (Map.Entry<String, BsonValue> operator : rendered.entrySet()) {
      BsonValue value = operator.getValue();
      if (value.isDocument()) {
        BsonDocument copy = new BsonDocument();
        copy.putAll(value.asDocument());
        value = copy;
      }
      stamped.put(operator.getKey(), value);
    }
    if (!names(stamped, updatedAtKey)) {
      operator(stamped, "$set").put(updatedAtKey, now);
    }
    if (createdAtKey != null && !names(stamped, createdAtKey)) {
      operator(stamped, "$setOnInsert").put(createdAtKey, now);
    }
    return stamped;
  }

  /** Whether any operator of {@code update} writes {@code key} or a path inside it. */
  private static boolean names(BsonDocument update, String key) {
    for (BsonValue operator : update.values()) {
      if (operator.isDocument()) {
        for (String path : operator.asDocument().keySet()) {
          if (StampedPipeline.isOrInside(path, key)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static BsonDocument operator(BsonDocument update, String name) {
    BsonValue existing = update.get(name);
    if (existing != null && existing.isDocument()) {
      return existing.asDocument();
    }
    BsonDocument created = new BsonDocument();
    update.put(name, created);
    return created;
  }

  @Override
  public String toString() {
    return update
        + " with timestamps "
        + updatedAtKey
        + (createdAtKey == null ? "" : ", " + createdAtKey);
  }
}
