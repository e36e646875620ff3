package dev.meerkat;

/**
 * A model with this name is already registered on the connection with another schema: {@code
 * "Cannot overwrite `User` model once compiled."}. Use {@code deleteModel} first, or set {@link
 * Setting#OVERWRITE_MODELS}. Immutable once constructed; safe to share between threads.
 */
public final class OverwriteModelException extends MeerkatException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for model {@code modelName}. */
  public OverwriteModelException(String modelName) {
    super("Cannot overwrite `" + modelName + "` model once compiled.");
  }
}
