package dev.meerkat;

import com.mongodb.client.model.Updates;
import org.bson.conversions.Bson;

/**
 * A typed path to a numeric field; adds the numeric update operators. Immutable and thread-safe.
 *
 * <pre>{@code users.updateOne(UserSchema.ID.eq(id), UserSchema.AGE.inc(1));}</pre>
 *
 * @param <V> the boxed numeric type
 */
public final class NumberPath<V extends Number> extends FieldPath<V> {

  /** Creates a path to the stored, dotted key {@code path}. */
  public NumberPath(String path) {
    super(path);
  }

  /** {@code { $inc: { path: by } }}. */
  public Bson inc(V by) {
    return Updates.inc(path(), by);
  }

  /** {@code { $mul: { path: by } }}. */
  public Bson mul(V by) {
    return Updates.mul(path(), by);
  }

  /** {@code { $min: { path: value } }}: sets the field when {@code value} is smaller. */
  public Bson min(V value) {
    return Updates.min(path(), value);
  }

  /** {@code { $max: { path: value } }}: sets the field when {@code value} is larger. */
  public Bson max(V value) {
    return Updates.max(path(), value);
  }
}
