package dev.meerkat.internal.model;

import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import dev.meerkat.Filter;
import dev.meerkat.Schema;
import dev.meerkat.SchemaField;
import dev.meerkat.internal.generated.IdCasts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bson.conversions.Bson;

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
    Objects.requireNonNull(pipeline, "pipeline == null");
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
   * @throws dev.meerkat.CastException when {@code id} is a query operator rather than a value
   *     ({@link IdCasts#queryId})
   */
  Object castId(Object id) {
    return IdCasts.queryId(schema, id);
  }

  /**
   * {@code id} in {@code schema}'s id type, as Mongoose casts ids: a string of 24 hex digits is the
   * ObjectId it spells when the schema's ids are ObjectIds; anything else as it is.
   */
  static Object castId(Schema<?> schema, Object id) {
    return IdCasts.castId(schema, id);
  }

  /** {@code schema}'s {@code @Id} field, or null when it has none. */
  static SchemaField idField(Schema<?> schema) {
    return IdCasts.idField(schema);
  }

  /** The filter on {@code _id}, cast as Mongoose casts ids. */
  Filter<T> byId(Object id) {
    return Filter.raw(Filters.eq("_id", castId(id)));
  }
}
