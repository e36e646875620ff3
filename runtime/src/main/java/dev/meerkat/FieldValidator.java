package dev.meerkat;

import java.util.List;

/**
 * Checks one value of a field against the field's validators ({@code @Required}, {@code @Min},
 * {@code @MaxLength}, {@code @Match}, {@code @Enum}, nested subdocuments). Generated schemas pass
 * one to each {@link FieldPath}, so typed updates are validated before they are sent.
 * Implementations are stateless and thread-safe.
 *
 * @param <V> the field's Java type
 */
@FunctionalInterface
public interface FieldValidator<V> {

  /**
   * Adds the failures of {@code value} to {@code errors}.
   *
   * @param value the value, or {@code null} (an {@code $unset}, or a {@code $set} to null)
   * @param path the dotted path to name in each failure
   * @param errors where failures are added
   */
  void validate(V value, String path, List<ValidationError> errors);

  /** The validator that accepts every value. */
  static <V> FieldValidator<V> none() {
    return (value, path, errors) -> {};
  }
}
