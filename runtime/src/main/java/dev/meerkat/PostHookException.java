package dev.meerkat;

import java.util.Objects;

/**
 * A {@code post} hook failed after its operation's write was applied: the document is stored (or
 * the update or delete done), so the caller must not retry the write, which would store a second
 * document or apply an {@code $inc} twice. Inside a transaction the write is kept only if the
 * transaction commits; this exception, left to propagate out of the work, aborts it. The cause is
 * the hook's own exception. Hooks of reads ({@link Hook#FIND}) change nothing, so their exceptions
 * reach the caller as they were thrown. Immutable once constructed; safe to share between threads.
 *
 * <pre>{@code
 * try {
 *   users.create(user);
 * } catch (PostHookException e) {
 *   log.warn("stored, but {} failed", e.hook(), e.getCause());   // do not create it again
 * }
 * }</pre>
 */
public final class PostHookException extends MeerkatException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final Hook hook;

  /**
   * Creates the exception for model {@code modelName}'s {@code operation} ({@code "create"}), whose
   * post {@code hook} threw {@code cause}; {@code applied} says what was stored, e.g. {@code "(_id:
   * 65f0...)"}, or is empty. Inside a transaction ({@code inTransaction}) the write is kept only if
   * the transaction commits, and the message says so.
   */
  public PostHookException(
      String modelName,
      String operation,
      Hook hook,
      String applied,
      boolean inTransaction,
      Throwable cause) {
    super(
        "Model "
            + modelName
            + ": "
            + operation
            + "() applied its write"
            + (applied.isEmpty() ? "" : " " + applied)
            + (inTransaction ? " inside a transaction" : "")
            + ", but a post "
            + hook
            + " hook failed afterwards: "
            + cause
            + (inTransaction
                ? "; the write is kept only if the transaction commits (this exception, left to"
                    + " propagate out of the transaction's work, aborts it)"
                : "; do not retry the write, it is stored"),
        Objects.requireNonNull(cause, "cause == null"));
    this.operation = Objects.requireNonNull(operation, "operation == null");
    this.hook = Objects.requireNonNull(hook, "hook == null");
  }

  /** The operation whose write was applied ({@code "create"}, {@code "updateOne"}...). */
  public String operation() {
    return operation;
  }

  /** The hook that failed after the write. */
  public Hook hook() {
    return hook;
  }
}
