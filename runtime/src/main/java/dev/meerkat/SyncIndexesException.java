package dev.meerkat;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@link Connection#syncIndexes()} failed for one or more models; the others were synced. Immutable
 * once constructed; safe to share between threads.
 */
public final class SyncIndexesException extends MeerkatException {
  private static final long serialVersionUID = 1L;
  private final transient Map<String, Throwable> errors;

  /** Creates the exception from each failing model's error. */
  public SyncIndexesException(Map<String, Throwable> errors) {
    super(
        "syncIndexes() failed for "
            + errors.size()
            + " model(s): "
            + errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue().getMessage())
                .collect(Collectors.joining("; ")));
    this.errors = Map.copyOf(errors);
  }

  /** Each failing model name with its error. */
  public Map<String, Throwable> errors() {
    return errors;
  }
}
