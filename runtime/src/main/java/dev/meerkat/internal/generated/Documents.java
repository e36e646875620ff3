package dev.meerkat.internal.generated;

import dev.meerkat.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWriter;
import org.bson.codecs.Encoder;
import org.bson.codecs.EncoderContext;

/**
 * Support for generated code: encoding values to documents, and preparing the subdocuments of a
 * document for a write (their generated {@code _id}s and timestamps). May change at any time.
 * Stateless and thread-safe.
 */
public final class Documents {
  private Documents() {}

  /**
   * Encodes {@code value} with {@code encoder} into a new {@link BsonDocument}, as a subdocument
   * (no {@code __v}) when the encoder is a generated codec: what a path's value is compared with.
   */
  @SuppressWarnings("unchecked")
  public static <T> BsonDocument toBsonDocument(Encoder<T> encoder, T value) {
    BsonDocument document = new BsonDocument();
    BsonDocumentWriter writer = new BsonDocumentWriter(document);
    if (encoder instanceof EmbeddedEncoder<?> embedded) {
      ((EmbeddedEncoder<T>) embedded)
          .writeEmbedded(writer, value, EncoderContext.builder().build());
    } else {
      encoder.encode(writer, value, EncoderContext.builder().build());
    }
    return document;
  }

  /**
   * Each subdocument of {@code values} prepared by {@code schema} for a write, in a new list; null
   * stays null.
   */
  public static <T> List<T> prepareList(List<T> values, Schema<T> schema, Instant now) {
    if (values == null || AbsentArrays.isAbsent(values)) {
      return values;
    }
    List<T> prepared = new ArrayList<>(values.size());
    for (T value : values) {
      prepared.add(value == null ? null : schema.prepareInsert(value, now));
    }
    return prepared;
  }

  /** As {@link #prepareList}, for a set. */
  public static <T> Set<T> prepareSet(Set<T> values, Schema<T> schema, Instant now) {
    if (values == null || AbsentArrays.isAbsent(values)) {
      return values;
    }
    Set<T> prepared = new LinkedHashSet<>();
    for (T value : values) {
      prepared.add(value == null ? null : schema.prepareInsert(value, now));
    }
    return prepared;
  }

  /** As {@link #prepareList}, for a collection. */
  public static <T> Collection<T> prepareCollection(
      Collection<T> values, Schema<T> schema, Instant now) {
    if (values == null || AbsentArrays.isAbsent(values)) {
      return values;
    }
    List<T> prepared = new ArrayList<>(values.size());
    for (T value : values) {
      prepared.add(value == null ? null : schema.prepareInsert(value, now));
    }
    return prepared;
  }

  /** As {@link #prepareList}, for the values of a map. */
  public static <K, T> Map<K, T> prepareMap(Map<K, T> values, Schema<T> schema, Instant now) {
    if (values == null) {
      return null;
    }
    Map<K, T> prepared = new LinkedHashMap<>();
    values.forEach(
        (key, value) -> prepared.put(key, value == null ? null : schema.prepareInsert(value, now)));
    return prepared;
  }
}
