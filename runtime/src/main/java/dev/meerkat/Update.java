package dev.meerkat;

import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.bson.conversions.Bson;

/**
 * An update bound to the schema of {@code T}: built by that schema's typed paths ({@code
 * UserSchema.NAME.set("Ada")}), so an update built from another schema's paths does not compile
 * where an {@code Update<User>} is expected. It is a driver {@link Bson}. Immutable and
 * thread-safe.
 *
 * <p>The values a typed update writes ({@code set}, {@code setOnInsert}, {@code unset}, {@code
 * push}, {@code addToSet}, {@code min}, {@code max}) carry their field's validators: a model runs
 * {@link #validate()} before it sends the update (unless update validators are off) and sends
 * nothing when a value fails. {@code inc} and {@code mul} values are amounts, not field values, and
 * are not checked (as in Mongoose); {@link #raw} updates are never checked.
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

  /**
   * Applies every update in order, as the driver's {@code Updates.combine}; keeps every part's
   * checks.
   */
  @SafeVarargs
  static <T> Update<T> combine(Update<T>... updates) {
    List<Bson> parts = new ArrayList<>(updates.length);
    List<Consumer<List<ValidationError>>> checks = new ArrayList<>();
    for (Update<T> part : updates) {
      parts.add(Objects.requireNonNull(part, "part == null"));
      checks.add(errors -> errors.addAll(part.validate()));
    }
    return new CheckedUpdate<>(Updates.combine(parts), checks);
  }

  /**
   * Checks the values this update writes against their fields' validators.
   *
   * @return every failure, naming the stored path ({@code "balance"}); always empty for {@link
   *     #raw} updates
   */
  default List<ValidationError> validate() {
    return List.of();
  }
}
