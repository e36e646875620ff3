package dev.meerkat;

/**
 * {@code connection.model(name)} named a model that was never registered: {@code "Schema hasn't
 * been registered for model \"X\"."}. Immutable once constructed; safe to share between threads.
 */
public final class MissingSchemaException extends MeerkatException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for model {@code modelName}. */
  public MissingSchemaException(String modelName) {
    super(
        "Schema hasn't been registered for model \""
            + modelName
            + "\".\n"
            + "Use connection.model("
            + modelName
            + "Schema.INSTANCE) or "
            + modelName
            + "Model.on(connection) first.");
  }
}
