package dev.meerkat;

/**
 * A write was sent to the server, and whether the server applied it cannot be known: the network
 * failed before the reply came, and Meerkat could not prove the outcome afterwards (for example an
 * insert with a caller-chosen {@code _id} found another document under that id). Read the document
 * back before writing again. The cause, when there is one, is the network error. Immutable once
 * constructed; safe to share between threads.
 */
public final class WriteOutcomeUnknownException extends MeerkatException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the operation and what is unknown. */
  public WriteOutcomeUnknownException(String message, Throwable cause) {
    super(message, cause);
  }
}
