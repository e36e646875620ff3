package dev.meerkat;

/**
 * A buffered operation waited {@code bufferTimeoutMS} for the connection to open: {@code "Operation
 * `users.findOne()` buffering timed out after 10000ms"}. Connect first, raise {@code
 * bufferTimeoutMS}, or check why the connection does not open (its {@code ERROR} event). Immutable
 * once constructed; safe to share between threads.
 */
public final class BufferTimeoutException extends MeerkatException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for {@code collection.operation()} after {@code timeoutMs}. */
  public BufferTimeoutException(
      String collection, String operation, long timeoutMs, Throwable lastError) {
    super(
        "Operation `"
            + collection
            + "."
            + operation
            + "()` buffering timed out after "
            + timeoutMs
            + "ms",
        lastError);
  }
}
