package dev.meerkat;

/**
 * The state of a {@link Connection}, numbered as Mongoose's {@code connection.readyState}.
 * Immutable and thread-safe.
 */
public enum ReadyState {
  /** Not connected: never opened, closed, or lost after an initial failure. */
  DISCONNECTED(0),
  /** Open: operations run at once. */
  CONNECTED(1),
  /** Opening, or reconnecting after the server was lost. */
  CONNECTING(2),
  /** Closing. */
  DISCONNECTING(3);

  private final int code;

  ReadyState(int code) {
    this.code = code;
  }

  /** Mongoose's number for this state: 0, 1, 2 or 3. */
  public int code() {
    return code;
  }
}
