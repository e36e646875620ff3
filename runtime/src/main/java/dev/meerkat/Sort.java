package dev.meerkat;

import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bson.conversions.Bson;

/**
 * A sort order bound to the schema of {@code T}: built by that schema's typed paths ({@code
 * UserSchema.NAME.asc()}). It is a driver {@link Bson}. Immutable and thread-safe.
 *
 * <pre>{@code
 * users.find(UserSchema.AGE.gte(18)).sort(Sort.by(UserSchema.AGE.desc(), UserSchema.NAME.asc())).list();
 * }</pre>
 *
 * @param <T> the schema's document type
 */
public interface Sort<T> extends Bson {

  /**
   * Wraps a driver sort without checking it against the schema: the explicit escape hatch.
   *
   * @throws NullPointerException if {@code sort} is null
   */
  static <T> Sort<T> raw(Bson sort) {
    return new SchemaBson<>(Objects.requireNonNull(sort, "sort == null"));
  }

  /** Sorts by each order in turn, as the driver's {@code Sorts.orderBy}. */
  @SafeVarargs
  static <T> Sort<T> by(Sort<T>... orders) {
    List<Bson> parts = new ArrayList<>(orders.length);
    for (Sort<T> part : orders) {
      parts.add(Objects.requireNonNull(part, "part == null"));
    }
    return new SchemaBson<>(Sorts.orderBy(parts));
  }
}
