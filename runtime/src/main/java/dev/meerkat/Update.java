package dev.meerkat;

import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bson.conversions.Bson;

/**
 * An update bound to the schema of {@code T}: built by that schema's typed paths
 * ({@code UserSchema.NAME.set("Ada")}), so an update built from another schema's paths does not
 * compile where an {@code Update<User>} is expected. It is a driver {@link Bson}. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * users.updateOne(UserSchema.ID.eq(id), Update.combine(UserSchema.NAME.set("Ada"), UserSchema.AGE.inc(1)));
 * }</pre>
 *
 * @param <T> the schema's document type
 */
public interface Update<T> extends Bson {

  /**
   * Wraps a driver update without checking it against the schema: the explicit escape hatch (its
   * values are not validated).
   *
   * @throws NullPointerException if {@code update} is null
   */
  static <T> Update<T> raw(Bson update) {
    return new SchemaBson<>(Objects.requireNonNull(update, "update == null"));
  }

  /** Applies every update in order, as the driver's {@code Updates.combine}. */
  @SafeVarargs
  static <T> Update<T> combine(Update<T>... updates) {
    List<Bson> parts = new ArrayList<>(updates.length);
    for (Update<T> part : updates) {
      parts.add(Objects.requireNonNull(part, "part == null"));
    }
    return new SchemaBson<>(Updates.combine(parts));
  }
}
