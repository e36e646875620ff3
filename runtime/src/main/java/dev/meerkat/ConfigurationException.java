package dev.meerkat;

/**
 * A URI or an option is invalid. The message names the option and what is allowed, and never
 * contains a password. Immutable once constructed; safe to share between threads.
 */
public final class ConfigurationException extends MeerkatException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; {@code message} must already be free of secrets. */
  public ConfigurationException(String message) {
    super(message);
  }

  /** Creates the exception with a cause whose own message must already be free of secrets. */
  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
