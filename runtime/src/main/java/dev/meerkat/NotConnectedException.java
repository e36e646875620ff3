package dev.meerkat;

/**
 * An operation ran on a connection that is not open while {@code bufferCommands} is off. Wait for
 * {@code connect()} (or {@code asFuture()}) before running operations, or turn {@code
 * bufferCommands} on. Immutable once constructed; safe to share between threads.
 */
public final class NotConnectedException extends MeerkatException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the operation. */
  public NotConnectedException(String message) {
    super(message);
  }
}
