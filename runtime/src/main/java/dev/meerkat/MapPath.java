package dev.meerkat;

import java.util.Map;
import java.util.function.Function;

/**
 * A typed path to a {@code Map<String, V>} field, whose entries are stored as a subdocument.
 * Immutable and thread-safe.
 *
 * <pre>{@code users.find(UserSchema.SETTINGS.key("theme").eq("dark")).list();}</pre>
 *
 * @param <V> the value type
 */
public final class MapPath<V> extends FieldPath<Map<String, V>> {
  private final Function<? super V, ?> valueToBson;

  /**
   * Creates a path.
   *
   * @param path the stored, dotted key
   * @param valueToBson turns one value into what the driver encodes for it
   */
  public MapPath(String path, Function<? super V, ?> valueToBson) {
    super(path);
    this.valueToBson = valueToBson;
  }

  /** Creates a path whose values the driver encodes as they are. */
  public MapPath(String path) {
    this(path, Function.identity());
  }

  /**
   * The path to one entry, {@code "path.key"}.
   *
   * @throws IllegalArgumentException when {@code key} contains {@code .} or starts with {@code $}
   */
  public FieldPath<V> key(String key) {
    if (key.isEmpty() || key.indexOf('.') >= 0 || key.startsWith("$")) {
      throw new IllegalArgumentException(
          "map key \"" + key + "\" of " + path() + " must be non-empty, contain no '.' and not start with '$'");
    }
    return new FieldPath<>(path() + "." + key, valueToBson);
  }
}
