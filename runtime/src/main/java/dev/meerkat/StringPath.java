package dev.meerkat;

import com.mongodb.client.model.Filters;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A typed path to a {@code String} field; adds regular-expression matching. Immutable and
 * thread-safe.
 *
 * <pre>{@code users.find(UserSchema.EMAIL.regex("@example\\.com$")).list();}</pre>
 *
 * @param <T> the document type of the schema this path belongs to
 */
public final class StringPath<T> extends FieldPath<T, String> {

  /**
   * Creates a path to the stored, dotted key {@code path} whose values are checked by {@code
   * validator}.
   */
  public StringPath(String path, FieldValidator<? super String> validator) {
    super(path, Function.identity(), validator);
  }

  /** Creates a path to the stored, dotted key {@code path}. */
  public StringPath(String path) {
    super(path);
  }

  /** {@code { path: { $regex: pattern } }}. */
  public Filter<T> regex(String pattern) {
    return filter(Filters.regex(path(), pattern));
  }

  /** {@code { path: { $regex: pattern, $options: flags } }}. */
  public Filter<T> regex(Pattern pattern) {
    return filter(Filters.regex(path(), pattern));
  }
}
