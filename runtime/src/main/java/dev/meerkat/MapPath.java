package dev.meerkat;

import java.util.Map;
import java.util.function.Function;

/**
 * A typed path to a {@code Map<String, V>} field, whose entries are stored as a subdocument.
 * Immutable and thread-safe.
 *
 * <pre>{@code users.find(UserSchema.SETTINGS.key("theme").eq("dark")).list();}</pre>
 *
 * @param <T> the document type of the schema this path belongs to
 * @param <V> the value type
 */
public final class MapPath<T, V> extends FieldPath<T, Map<String, V>> {
  private final Function<? super V, ?> valueToBson;
  private final FieldValidator<? super V> valueValidator;

  /**
   * Creates a path.
   *
   * @param path the stored, dotted key
   * @param valueToBson turns one value into what the driver encodes for it
   * @param validator checks a whole map value ({@code set})
   * @param valueValidator checks one entry's value ({@code key(k).set(v)})
   */
  public MapPath(
      String path,
      Function<? super V, ?> valueToBson,
      FieldValidator<? super Map<String, V>> validator,
      FieldValidator<? super V> valueValidator) {
    super(path, Function.identity(), validator);
    this.valueToBson = valueToBson;
    this.valueValidator = valueValidator;
  }

  /** Creates a path whose values are not validated. */
  public MapPath(String path, Function<? super V, ?> valueToBson) {
    this(path, valueToBson, FieldValidator.none(), FieldValidator.none());
  }

  /** Creates a path whose values the driver encodes as they are and that are not validated. */
  public MapPath(String path) {
    this(path, Function.identity());
  }

  /**
   * The path to one entry, {@code "path.key"}.
   *
   * @throws MeerkatException when {@code key} is empty, contains {@code .} or a NUL character, or
   *     starts with {@code $}: a key Meerkat refuses to store (as Mongoose does), and which as a
   *     path would name something else
   */
  public FieldPath<T, V> key(String key) {
    if (key.isEmpty() || key.indexOf('.') >= 0 || key.indexOf('\0') >= 0 || key.startsWith("$")) {
      throw new MeerkatException(
          "Map key \""
              + key
              + "\" of "
              + path()
              + " cannot name an entry: a key must be non-empty, contain no '.' or NUL and not start"
              + " with '$' (Meerkat refuses to store such keys). Read or query such a key through"
              + " Filter.raw.");
    }
    return new FieldPath<>(path() + "." + key, valueToBson, valueValidator);
  }
}
