package dev.meerkat;

/**
 * The connection was closed (with {@code close(true)}) or destroyed while, or before, the operation
 * ran. Immutable once constructed; safe to share between threads.
 */
public final class ConnectionClosedException extends MeerkatException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the operation and the connection. */
  public ConnectionClosedException(String message) {
    super(message);
  }
}
