package dev.meerkat;

import java.time.Duration;

/**
 * Sees every operation a {@link Connection} runs for its models, its raw {@code collection(...)}s
 * and its database methods: when it waits in the buffer, when it leaves the buffer, and how it
 * ended. Metrics libraries build on it (see {@code meerkat-micrometer}); register one with {@link
 * Connection#addOperationObserver}.
 *
 * <p>Callbacks run synchronously on the thread that issued, flushed or completed the operation, so
 * they must be quick and must not block. One that throws is logged and ignored: it never breaks the
 * operation or another observer. Implementations must be thread-safe.
 *
 * <pre>{@code
 * conn.addOperationObserver(new OperationObserver() {
 *   public void completed(ObservedOperation op, Duration took, Throwable failure) {
 *     log.debug("{}.{}() took {}", op.model(), op.operation(), took);
 *   }
 * });
 * }</pre>
 */
public interface OperationObserver {

  /**
   * {@code operation} was queued because the connection was not open (Mongoose's command buffer).
   */
  default void buffered(ObservedOperation operation) {}

  /**
   * {@code operation}, reported to {@link #buffered}, left the buffer after {@code waited}: it
   * started to run, timed out ({@link BufferTimeoutException}) or was failed by a forced close.
   */
  default void leftBuffer(ObservedOperation operation, Duration waited) {}

  /**
   * {@code operation} finished after {@code took} (buffer wait included), with {@code failure} or,
   * when it succeeded, {@code null}.
   */
  default void completed(ObservedOperation operation, Duration took, Throwable failure) {}
}
