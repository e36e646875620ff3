package dev.meerkat;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A document failed its schema's validators; nothing was written. Lists every failing path, as
 * Mongoose's {@code ValidationError} does: {@code "User validation failed: name: Path `name` is
 * required., age: Path `age` (-1) is less than minimum allowed value (0)."} Immutable once
 * constructed; safe to share between threads.
 */
public final class ValidationException extends MeerkatException {
  private static final long serialVersionUID = 1L;
  private final transient List<ValidationError> errors;

  /** Creates the exception for model {@code modelName} with every failure. */
  public ValidationException(String modelName, List<ValidationError> errors) {
    super(
        modelName
            + " validation failed: "
            + errors.stream()
                .map(e -> e.path() + ": " + e.message())
                .collect(Collectors.joining(", ")));
    this.errors = List.copyOf(errors);
  }

  /** Every failure, in field order. */
  public List<ValidationError> errors() {
    return errors;
  }
}
