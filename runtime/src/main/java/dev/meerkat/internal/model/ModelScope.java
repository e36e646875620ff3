package dev.meerkat.internal.model;

import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import dev.meerkat.CastException;
import dev.meerkat.Filter;
import dev.meerkat.Schema;
import dev.meerkat.SchemaField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.bson.BsonRegularExpression;
import org.bson.BsonType;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/**
 * Which documents a model's filters reach: for a subtype of a sealed hierarchy, only its own (its
 * discriminator value); and ids cast as Mongoose casts them. Immutable.
 *
 * @param <T> the mapped type
 */
final class ModelScope<T> {
  private final Schema<T> schema;

  /**
   * For a subtype of a sealed hierarchy, {@code {__t: value}}: every filter of this model includes
   * it.
   */
  private final Bson scope;

  ModelScope(Schema<T> schema) {
    this.schema = schema;
    this.scope =
        schema.discriminatorValue() == null
            ? null
            : Filters.eq(schema.discriminatorKey(), schema.discriminatorValue());
  }

  /**
   * {@code filter}, narrowed to this subtype's documents when the schema is a discriminator
   * subtype.
   */
  Bson scoped(Bson filter) {
    Objects.requireNonNull(filter, "filter == null");
    return scope == null ? filter : Filters.and(scope, filter);
  }

  /**
   * {@code pipeline}, led by a {@code $match} on this subtype's documents when the schema is a
   * discriminator subtype.
   */
  List<? extends Bson> scoped(List<? extends Bson> pipeline) {
    if (scope == null) {
      return pipeline;
    }
    List<Bson> scopedPipeline = new ArrayList<>(pipeline.size() + 1);
    scopedPipeline.add(Aggregates.match(scope));
    scopedPipeline.addAll(pipeline);
    return scopedPipeline;
  }

  /**
   * Casts a hex string to an ObjectId for ObjectId-keyed schemas, as Mongoose casts ids.
   *
   * @throws CastException when {@code id} is a query operator rather than a value: a document or
   *     map with a {@code $} key ({@code {$ne: null}}), or a regular expression, which as {@code
   *     {_id: id}} would match (and update or delete) other documents than the one named
   */
  Object castId(Object id) {
    Objects.requireNonNull(id, "id == null");
    BsonType operator = operatorType(id);
    if (operator != null) {
      SchemaField field = idField(schema);
      String type = field == null ? "ObjectId" : simpleName(field.javaType());
      throw new CastException(schema.modelName(), null, "_id", type, operator, display(id));
    }
    return castId(schema, id);
  }

  /**
   * The BSON type of {@code id} when, given as {@code {_id: id}}, it would be read as a query
   * operator rather than a value; null when it is a value.
   */
  private static BsonType operatorType(Object id) {
    if (id instanceof Pattern || id instanceof BsonRegularExpression) {
      return BsonType.REGULAR_EXPRESSION;
    }
    Iterable<?> keys =
        id instanceof Map<?, ?> map
            ? map.keySet()
            : id instanceof Bson bson ? bson.toBsonDocument().keySet() : List.of();
    for (Object key : keys) {
      if (String.valueOf(key).startsWith("$")) {
        return BsonType.DOCUMENT;
      }
    }
    return null;
  }

  private static String display(Object id) {
    try {
      return id instanceof Bson bson
          ? bson.toBsonDocument().toJson()
          : id instanceof Map<?, ?> map ? new Document(castKeys(map)).toJson() : "/" + id + "/";
    } catch (RuntimeException unprintable) {
      return String.valueOf(id);
    }
  }

  private static Map<String, Object> castKeys(Map<?, ?> map) {
    Map<String, Object> keyed = new LinkedHashMap<>();
    map.forEach((k, v) -> keyed.put(String.valueOf(k), v));
    return keyed;
  }

  private static String simpleName(String javaType) {
    return javaType.substring(javaType.lastIndexOf('.') + 1);
  }

  /**
   * {@code id} in {@code schema}'s id type, as Mongoose casts ids: a string of 24 hex digits is the
   * ObjectId it spells when the schema's ids are ObjectIds; anything else as it is.
   */
  static Object castId(Schema<?> schema, Object id) {
    if (id instanceof String hex && ObjectId.isValid(hex)) {
      SchemaField field = idField(schema);
      if (field != null && field.javaType().equals(ObjectId.class.getName())) {
        return new ObjectId(hex);
      }
    }
    return id;
  }

  /** {@code schema}'s {@code @Id} field, or null when it has none. */
  static SchemaField idField(Schema<?> schema) {
    for (SchemaField field : schema.fields()) {
      if (field.id()) {
        return field;
      }
    }
    return null;
  }

  /** The filter on {@code _id}, cast as Mongoose casts ids. */
  Filter<T> byId(Object id) {
    return Filter.raw(Filters.eq("_id", castId(id)));
  }
}
