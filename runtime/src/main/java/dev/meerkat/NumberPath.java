package dev.meerkat;

import com.mongodb.client.model.Updates;
import java.util.function.Function;

/**
 * A typed path to a numeric field; adds the numeric update operators. Immutable and thread-safe.
 *
 * <pre>{@code users.updateOne(UserSchema.ID.eq(id), UserSchema.AGE.inc(1));}</pre>
 *
 * <p>{@code min} and {@code max} values are validated like {@code set} values (the field ends up
 * holding either its old value or that one); {@code inc} and {@code mul} take amounts, which are
 * not checked against {@code @Min}/{@code @Max}, as in Mongoose: guard them with a filter ({@code
 * Filter.and(ID.eq(id), BALANCE.gte(amount))} with {@code BALANCE.inc(-amount)}).
 *
 * @param <T> the document type of the schema this path belongs to
 * @param <V> the boxed numeric type
 */
public final class NumberPath<T, V extends Number> extends FieldPath<T, V> {

  /**
   * Creates a path to the stored, dotted key {@code path} whose values are checked by {@code
   * validator}.
   */
  public NumberPath(String path, FieldValidator<? super V> validator) {
    super(path, Function.identity(), validator);
  }

  /** Creates a path to the stored, dotted key {@code path}. */
  public NumberPath(String path) {
    super(path);
  }

  /** {@code { $inc: { path: by } }}. */
  public Update<T> inc(V by) {
    return update(Updates.inc(path(), by));
  }

  /** {@code { $mul: { path: by } }}. */
  public Update<T> mul(V by) {
    return update(Updates.mul(path(), by));
  }

  /**
   * {@code { $min: { path: value } }}: sets the field when {@code value} is smaller; {@code value}
   * is validated.
   */
  public Update<T> min(V value) {
    return checkedUpdate(Updates.min(path(), value), value);
  }

  /**
   * {@code { $max: { path: value } }}: sets the field when {@code value} is larger; {@code value}
   * is validated.
   */
  public Update<T> max(V value) {
    return checkedUpdate(Updates.max(path(), value), value);
  }
}
