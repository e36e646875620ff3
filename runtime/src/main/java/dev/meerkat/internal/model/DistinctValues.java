package dev.meerkat.internal.model;

import com.mongodb.client.MongoCollection;
import dev.meerkat.CastException;
import dev.meerkat.FieldPath;
import dev.meerkat.MeerkatException;
import dev.meerkat.Schema;
import dev.meerkat.SchemaField;
import dev.meerkat.internal.generated.CastFailure;
import dev.meerkat.internal.generated.Casts;
import dev.meerkat.internal.generated.DateCasts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.bson.BsonValue;
import org.bson.conversions.Bson;

/**
 * Decodes the values a {@code distinct} returns as the Java type of the schema field they came
 * from. Knows the scalar types a schema field can have; anything else is an error naming the path,
 * since the runtime does not reflect over user types.
 */
final class DistinctValues {
  private DistinctValues() {}

  /**
   * The distinct values of {@code path} under {@code filter}, decoded as its type; checks the path
   * before anything is sent.
   */
  @SuppressWarnings("unchecked") // the decoder yields the path's Java type V
  static <T, V> Function<MongoCollection<T>, List<V>> action(
      Schema<T> schema, FieldPath<T, V> path, Bson filter) {
    Objects.requireNonNull(path, "path == null");
    Function<BsonValue, Object> decoder = decoderFor(schema, path.path());
    return c ->
        (List<V>)
            decode(
                c.distinct(path.path(), filter, BsonValue.class).into(new ArrayList<>()),
                decoder,
                schema.modelName(),
                path.path());
  }

  /**
   * The decoder of values stored under {@code path}. @throws MeerkatException when the path's type
   * is not a known scalar
   */
  static Function<BsonValue, Object> decoderFor(Schema<?> schema, String path) {
    SchemaField field =
        schema.fields().stream().filter(f -> f.key().equals(path)).findFirst().orElse(null);
    if (field == null) {
      throw new MeerkatException(
          "distinct on `"
              + path
              + "` of model "
              + schema.modelName()
              + " is not supported: only top-level fields can be decoded; use aggregate() with $group for nested paths");
    }
    Function<BsonValue, Object> decoder = scalar(field.javaType());
    if (decoder == null) {
      throw new MeerkatException(
          "distinct on `"
              + path
              + "` of model "
              + schema.modelName()
              + " is not supported for values of type "
              + field.javaType()
              + "; use aggregate() with $group, or distinct on a scalar field");
    }
    return decoder;
  }

  /**
   * Decodes every value with the casts of a document read; a stored null stays null, and values
   * that cast to the same value ({@code 7} and {@code "7"}) are returned once.
   *
   * @throws CastException naming the model and path (no {@code _id}: the values come from many
   *     documents) for a value that does not convert without loss
   */
  static List<Object> decode(
      List<BsonValue> values, Function<BsonValue, Object> decoder, String modelName, String path) {
    Set<Object> decoded = new LinkedHashSet<>(values.size());
    for (BsonValue value : values) {
      try {
        decoded.add(value == null || value.isNull() ? null : decoder.apply(value));
      } catch (CastFailure failure) {
        throw failure.at(path).toException(modelName, null);
      }
    }
    return new ArrayList<>(decoded);
  }

  /** The reader of a stored value as {@code javaType}: the stored type directly, others cast. */
  private static Function<BsonValue, Object> scalar(String javaType) {
    return switch (javaType) {
      case "java.lang.String" -> v -> v.isString() ? v.asString().getValue() : Casts.toText(v);
      case "int", "java.lang.Integer" -> v -> v.isInt32() ? v.asInt32().getValue() : Casts.toInt(v);
      case "long", "java.lang.Long" -> v -> v.isInt64() ? v.asInt64().getValue() : Casts.toLong(v);
      case "double", "java.lang.Double" ->
          v -> v.isDouble() ? v.asDouble().getValue() : Casts.toDouble(v);
      case "boolean", "java.lang.Boolean" ->
          v -> v.isBoolean() ? v.asBoolean().getValue() : Casts.toBoolean(v);
      case "org.bson.types.ObjectId" ->
          v -> v.isObjectId() ? v.asObjectId().getValue() : Casts.toObjectId(v);
      case "java.time.Instant" -> v -> Instant.ofEpochMilli(millis(v, "Instant"));
      case "java.util.Date" -> v -> new Date(millis(v, "Date"));
      case "java.math.BigDecimal" ->
          v ->
              v.isDecimal128()
                  ? Casts.toBigDecimal(v.asDecimal128().getValue())
                  : Casts.toBigDecimal(v);
      case "java.util.UUID" -> Casts::toUuid;
      default -> null;
    };
  }

  private static long millis(BsonValue value, String expectedType) {
    return value.isDateTime()
        ? value.asDateTime().getValue()
        : DateCasts.toMillis(value, expectedType);
  }
}
