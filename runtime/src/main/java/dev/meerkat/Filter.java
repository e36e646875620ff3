package dev.meerkat;

import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bson.BsonDocument;
import org.bson.conversions.Bson;

/**
 * A query filter bound to the schema of {@code T}: built by that schema's typed paths ({@code
 * UserSchema.AGE.gte(18)}), so a filter built from another schema's paths does not compile where a
 * {@code Filter<User>} is expected. It is a driver {@link Bson}, so it can also be handed to the
 * driver directly. Immutable and thread-safe.
 *
 * <pre>{@code
 * Filter<User> adults = Filter.and(UserSchema.AGE.gte(18), UserSchema.NAME.exists());
 * Filter<User> escape = Filter.raw(new Document("a", new Document("$gte", 18)));  // explicit, unchecked
 * }</pre>
 *
 * @param <T> the schema's document type
 */
public interface Filter<T> extends Bson {

  /**
   * Wraps a driver filter without checking it against the schema: the explicit escape hatch.
   *
   * @throws NullPointerException if {@code filter} is null
   */
  static <T> Filter<T> raw(Bson filter) {
    return new SchemaBson<>(Objects.requireNonNull(filter, "filter == null"));
  }

  /** The filter that matches every document, {@code {}}. */
  static <T> Filter<T> empty() {
    return new SchemaBson<>(new BsonDocument());
  }

  /**
   * {@code { $and: [filters] }}: documents matching every filter.
   *
   * @throws MeerkatException when {@code filters} is empty (MongoDB refuses an empty {@code $and};
   *     {@link #empty()} matches every document)
   */
  @SafeVarargs
  static <T> Filter<T> and(Filter<T>... filters) {
    if (filters.length == 0) {
      throw new MeerkatException(
          "Filter.and() needs at least one filter: with none it would match every document, and"
              + " MongoDB refuses an empty $and. Use Filter.empty() to mean every document.");
    }
    List<Bson> parts = new ArrayList<>(filters.length);
    for (Filter<T> part : filters) {
      parts.add(Objects.requireNonNull(part, "part == null"));
    }
    return new SchemaBson<>(Filters.and(parts));
  }

  /**
   * {@code { $or: [filters] }}: documents matching any filter.
   *
   * @throws MeerkatException when {@code filters} is empty (MongoDB refuses an empty {@code $or})
   */
  @SafeVarargs
  static <T> Filter<T> or(Filter<T>... filters) {
    if (filters.length == 0) {
      throw new MeerkatException(
          "Filter.or() needs at least one filter: with none it would match no document, and"
              + " MongoDB refuses an empty $or. Check for an empty list before composing it.");
    }
    List<Bson> parts = new ArrayList<>(filters.length);
    for (Filter<T> part : filters) {
      parts.add(Objects.requireNonNull(part, "part == null"));
    }
    return new SchemaBson<>(Filters.or(parts));
  }

  /**
   * {@code { $nor: [filter] }}: documents not matching {@code filter} (also those missing its
   * fields).
   */
  static <T> Filter<T> not(Filter<T> filter) {
    return new SchemaBson<>(Filters.nor(Objects.requireNonNull(filter, "filter == null")));
  }
}
