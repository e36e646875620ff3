package dev.meerkat.internal.generated;

import dev.meerkat.ValidationError;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Support for generated {@code validate} methods: Mongoose's validator messages. May change at any
 * time. Stateless and thread-safe.
 */
public final class Validation {
  private Validation() {}

  /** Mongoose's {@code required} check: {@code null}, or an empty string. */
  public static boolean isMissing(Object value) {
    return value == null || (value instanceof String s && s.isEmpty());
  }

  /** "Path `name` is required." */
  public static ValidationError required(String path) {
    return new ValidationError(path, "Path `" + path + "` is required.");
  }

  /**
   * The check of a primitive field's update values with no other validator: a null (an unset) is
   * refused as {@link #required}. A {@code FieldValidator} of any value type.
   */
  public static void present(Object value, String path, List<ValidationError> errors) {
    if (value == null) {
      errors.add(required(path));
    }
  }

  /**
   * The check of a field whose only validator is {@code required}: a missing value ({@link
   * #isMissing}) is refused as {@link #required}. A {@code FieldValidator} of any value type.
   */
  public static void requiredValue(Object value, String path, List<ValidationError> errors) {
    if (isMissing(value)) {
      errors.add(required(path));
    }
  }

  /** "Path `age` (-1) is less than minimum allowed value (0)." */
  public static ValidationError min(String path, Object value, double min) {
    return new ValidationError(
        path,
        "Path `"
            + path
            + "` ("
            + number(value)
            + ") is less than minimum allowed value ("
            + number(min)
            + ").");
  }

  /** "Path `age` (200) is more than maximum allowed value (150)." */
  public static ValidationError max(String path, Object value, double max) {
    return new ValidationError(
        path,
        "Path `"
            + path
            + "` ("
            + number(value)
            + ") is more than maximum allowed value ("
            + number(max)
            + ").");
  }

  /**
   * "Path `name` (`ab`, length 2) is shorter than the minimum allowed length (3)." (Mongoose 9's
   * words)
   */
  public static ValidationError minLength(String path, String value, int min) {
    return new ValidationError(
        path,
        "Path `"
            + path
            + "` (`"
            + value
            + "`, length "
            + value.length()
            + ") is shorter than the minimum allowed length ("
            + min
            + ").");
  }

  /**
   * "Path `name` (`abcdefghijk`, length 11) is longer than the maximum allowed length (10)."
   * (Mongoose 9's words)
   */
  public static ValidationError maxLength(String path, String value, int max) {
    return new ValidationError(
        path,
        "Path `"
            + path
            + "` (`"
            + value
            + "`, length "
            + value.length()
            + ") is longer than the maximum allowed length ("
            + max
            + ").");
  }

  /** "Path `email` is invalid (x)." */
  public static ValidationError match(String path, String value) {
    return new ValidationError(path, "Path `" + path + "` is invalid (" + value + ").");
  }

  /** "`x` is not a valid enum value for path `role`." */
  public static ValidationError enumValue(String path, String value) {
    return new ValidationError(
        path, "`" + value + "` is not a valid enum value for path `" + path + "`.");
  }

  /**
   * Checks the keys of a {@code String}-keyed map, which are stored as the names of a subdocument:
   * as Mongoose's maps do, a key starting with {@code $} or containing {@code .} is refused, and so
   * is one BSON cannot store (null, or with a NUL character). A {@code FieldValidator} part.
   */
  public static void mapKeys(Map<String, ?> map, String path, List<ValidationError> errors) {
    for (String key : map.keySet()) {
      String problem = keyProblem(key);
      if (problem != null) {
        errors.add(
            new ValidationError(
                path,
                "Map key `"
                    + printable(key)
                    + "` of path `"
                    + path
                    + "` "
                    + problem
                    + "; rename or remove the key before saving."));
      }
    }
  }

  /**
   * Why {@code key} cannot be stored as a field name of its own, or null when it can: null, a NUL
   * character (BSON cannot hold it), a leading {@code $} (an operator) or a {@code .} (a path).
   */
  public static String keyProblem(String key) {
    if (key == null) {
      return "is null";
    }
    if (key.startsWith("$")) {
      return "starts with '$', which MongoDB reserves for operators";
    }
    if (key.indexOf('.') >= 0) {
      return "contains '.', which MongoDB reads as a path into a subdocument";
    }
    if (key.indexOf('\0') >= 0) {
      return "contains a NUL character (\\0), which a BSON field name cannot hold";
    }
    return null;
  }

  /** {@code key} with a NUL character shown as {@code \0}. */
  public static String printable(String key) {
    return String.valueOf(key).replace("\0", "\\0");
  }

  /** A number as JavaScript prints it: {@code 3}, not {@code 3.0}. */
  static String number(Object value) {
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e21) {
        return BigDecimal.valueOf(d).toBigInteger().toString();
      }
      return Double.toString(d);
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }
}
