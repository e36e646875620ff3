package dev.meerkat;

/**
 * The events a {@link Connection} emits, as Mongoose names them. Listen with {@link
 * Connection#on(ConnectionEvent, java.util.function.Consumer)}.
 *
 * <pre>{@code
 * conn.on(ConnectionEvent.DISCONNECTED, e -> log.warn("lost {}", e.connection().host()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum ConnectionEvent {
  /** Opening has started. */
  CONNECTING,
  /** The connection reached the server (first open, and after every reconnect). */
  CONNECTED,
  /**
   * Open: after {@link #CONNECTED} on first open, once the models' {@code init()} has been started.
   */
  OPEN,
  /** {@code close()} has started. */
  DISCONNECTING,
  /** The server (the primary, for a replica set) was lost, or the connection was closed. */
  DISCONNECTED,
  /** {@code close()} finished. */
  CLOSE,
  /** The server came back after {@link #DISCONNECTED}; followed by {@link #CONNECTED}. */
  RECONNECTED,
  /** An error: the initial connection failed, or a later failure the driver reported. */
  ERROR,
  /** A model was registered on the connection. */
  MODEL,
  /** A model was removed with {@code deleteModel}. */
  DELETE_MODEL
}
