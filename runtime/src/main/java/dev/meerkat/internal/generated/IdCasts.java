package dev.meerkat.internal.generated;

import dev.meerkat.CastException;
import dev.meerkat.Schema;
import dev.meerkat.SchemaField;
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
 * Ids given to the by-id methods of models and repositories, cast as Mongoose casts them: a string
 * of 24 hex digits is the ObjectId it spells when the schema's ids are ObjectIds, and a value that
 * {@code {_id: value}} would read as a query operator is refused. May change at any time. Stateless
 * and thread-safe.
 */
public final class IdCasts {
  private IdCasts() {}

  /**
   * {@code id} as a by-id filter compares it with {@code _id}.
   *
   * @throws CastException when {@code id} is a query operator rather than a value: a document or
   *     map with a {@code $} key ({@code {$ne: null}}), or a regular expression, which as {@code
   *     {_id: id}} would match (and update or delete) other documents than the one named
   */
  public static Object queryId(Schema<?> schema, Object id) {
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
   * {@code id} in {@code schema}'s id type, as Mongoose casts ids: a string of 24 hex digits is the
   * ObjectId it spells when the schema's ids are ObjectIds; anything else as it is.
   */
  public static Object castId(Schema<?> schema, Object id) {
    if (id instanceof String hex && ObjectId.isValid(hex)) {
      SchemaField field = idField(schema);
      if (field != null && field.javaType().equals(ObjectId.class.getName())) {
        return new ObjectId(hex);
      }
    }
    return id;
  }

  /** {@code schema}'s {@code @Id} field, or null when it has none. */
  public static SchemaField idField(Schema<?> schema) {
    for (SchemaField field : schema.fields()) {
      if (field.id()) {
        return field;
      }
    }
    return null;
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
          : id instanceof Map<?, ?> map ? new Document(stringKeys(map)).toJson() : "/" + id + "/";
    } catch (RuntimeException unprintable) {
      return String.valueOf(id);
    }
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> keyed = new LinkedHashMap<>();
    map.forEach((k, v) -> keyed.put(String.valueOf(k), v));
    return keyed;
  }

  private static String simpleName(String javaType) {
    return javaType.substring(javaType.lastIndexOf('.') + 1);
  }
}
