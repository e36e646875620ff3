package dev.meerkat;

import com.mongodb.client.model.Filters;
import java.util.regex.Pattern;
import org.bson.conversions.Bson;

/**
 * A typed path to a {@code String} field; adds regular-expression matching. Immutable and thread-safe.
 *
 * <pre>{@code users.find(UserSchema.EMAIL.regex("@example\\.com$")).list();}</pre>
 */
public final class StringPath extends FieldPath<String> {

  /** Creates a path to the stored, dotted key {@code path}. */
  public StringPath(String path) {
    super(path);
  }

  /** {@code { path: { $regex: pattern } }}. */
  public Bson regex(String pattern) {
    return Filters.regex(path(), pattern);
  }

  /** {@code { path: { $regex: pattern, $options: flags } }}. */
  public Bson regex(Pattern pattern) {
    return Filters.regex(path(), pattern);
  }
}
