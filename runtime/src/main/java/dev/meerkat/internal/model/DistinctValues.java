package dev.meerkat.internal.model;

import com.mongodb.client.MongoCollection;
import dev.meerkat.FieldPath;
import dev.meerkat.MeerkatException;
import dev.meerkat.Schema;
import dev.meerkat.SchemaField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.bson.BsonBinarySubType;
import org.bson.BsonValue;
import org.bson.UuidRepresentation;
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
                c.distinct(path.path(), filter, BsonValue.class).into(new ArrayList<>()), decoder);
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

  /** Decodes every value; a stored null stays null. */
  static List<Object> decode(List<BsonValue> values, Function<BsonValue, Object> decoder) {
    List<Object> decoded = new ArrayList<>(values.size());
    for (BsonValue value : values) {
      decoded.add(value == null || value.isNull() ? null : decoder.apply(value));
    }
    return decoded;
  }

  private static Function<BsonValue, Object> scalar(String javaType) {
    return switch (javaType) {
      case "java.lang.String" -> v -> v.asString().getValue();
      case "int", "java.lang.Integer" -> v -> v.asNumber().intValue();
      case "long", "java.lang.Long" -> v -> v.asNumber().longValue();
      case "double", "java.lang.Double" -> v -> v.asNumber().doubleValue();
      case "boolean", "java.lang.Boolean" -> v -> v.asBoolean().getValue();
      case "org.bson.types.ObjectId" -> v -> v.asObjectId().getValue();
      case "java.time.Instant" -> v -> Instant.ofEpochMilli(v.asDateTime().getValue());
      case "java.util.Date" -> v -> new Date(v.asDateTime().getValue());
      case "java.math.BigDecimal" -> v -> v.asDecimal128().getValue().bigDecimalValue();
      case "java.util.UUID" ->
          v ->
              v.asBinary().getType() == BsonBinarySubType.UUID_STANDARD.getValue()
                  ? v.asBinary().asUuid()
                  : v.asBinary().asUuid(UuidRepresentation.JAVA_LEGACY);
      default -> null;
    };
  }
}
