package dev.meerkat;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One event emitted by a connection: what happened, to which connection, when, and why. Immutable.
 *
 * @param event the event
 * @param connection the connection that emitted it (for {@code useDb} connections, the listener's
 *     own)
 * @param time when it happened
 * @param cause the error for {@link ConnectionEvent#ERROR} and lost servers, else {@code null}
 * @param detail a short description (the model name for {@code MODEL}, the server address for a
 *     loss), or {@code null}
 */
public record ConnectionEventData(
    ConnectionEvent event, Connection connection, Instant time, Throwable cause, String detail) {

  /** Rejects a missing event, connection or time. */
  public ConnectionEventData {
    Objects.requireNonNull(event, "event == null");
    Objects.requireNonNull(connection, "connection == null");
    Objects.requireNonNull(time, "time == null");
  }

  /** The cause, when there is one. */
  public Optional<Throwable> error() {
    return Optional.ofNullable(cause);
  }
}
