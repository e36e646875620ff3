package dev.meerkat;

/**
 * The base of every exception Meerkat throws. Unchecked. Messages name the operation or element at
 * fault and the way out, and never contain a password. Subclasses are immutable once constructed
 * and safe to share between threads.
 */
public class MeerkatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public MeerkatException(String message) {
    super(message);
  }

  /** Creates an exception with a message and a cause. */
  public MeerkatException(String message, Throwable cause) {
    super(message, cause);
  }
}
