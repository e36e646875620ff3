package dev.meerkat.internal.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/**
 * An update given as an aggregation pipeline, with the schema's timestamps: a final {@code $set}
 * stage of {@code updatedAt} (the stage Mongoose appends), and for an upsert a {@code createdAt}
 * that only fills a missing one ({@code $ifNull}), since a pipeline has no {@code $setOnInsert}. As
 * for {@link StampedUpdate}, a key that a {@code $set}, {@code $addFields} or {@code $unset} stage
 * of the caller's pipeline names is left to the caller. Stateless.
 */
final class StampedPipeline {
  private StampedPipeline() {}

  /**
   * {@code pipeline}, rendered with {@code registry}, and the timestamps' stage when it has any key
   * to set.
   *
   * @param createdAtKey the {@code createdAt} key for an upsert, else null
   */
  static List<Bson> stamp(
      List<? extends Bson> pipeline,
      CodecRegistry registry,
      String updatedAtKey,
      String createdAtKey,
      Instant now) {
    List<Bson> stamped = new ArrayList<>(pipeline.size() + 1);
    List<BsonDocument> stages = new ArrayList<>(pipeline.size());
    for (Bson stage : pipeline) {
      BsonDocument rendered = stage.toBsonDocument(BsonDocument.class, registry);
      stages.add(rendered);
      stamped.add(rendered);
    }
    BsonDateTime time = new BsonDateTime(now.toEpochMilli());
    BsonDocument set = new BsonDocument();
    if (!names(stages, updatedAtKey)) {
      set.put(updatedAtKey, time);
    }
    if (createdAtKey != null && !names(stages, createdAtKey)) {
      set.put(
          createdAtKey,
          new BsonDocument(
              "$ifNull", new BsonArray(List.of(new BsonString("$" + createdAtKey), time))));
    }
    if (!set.isEmpty()) {
      stamped.add(new BsonDocument("$set", set));
    }
    return stamped;
  }

  /** Whether a stage sets, adds or unsets {@code key} or a path inside it. */
  private static boolean names(List<BsonDocument> stages, String key) {
    for (BsonDocument stage : stages) {
      for (Map.Entry<String, BsonValue> operator : stage.entrySet()) {
        String name = operator.getKey();
        BsonValue value = operator.getValue();
        if ((name.equals("$set") || name.equals("$addFields")) && value.isDocument()) {
          for (String path : value.asDocument().keySet()) {
            if (isOrInside(path, key)) {
              return true;
            }
          }
        } else if (name.equals("$unset")) {
          for (BsonValue path : value.isArray() ? value.asArray() : List.of(value)) {
            if (path.isString() && isOrInside(path.asString().getValue(), key)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Whether {@code path} is {@code key} or a path inside it. */
  static boolean isOrInside(String path, String key) {
    return path.equals(key) || path.startsWith(key + ".");
  }
}
