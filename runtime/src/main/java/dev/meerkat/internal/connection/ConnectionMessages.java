package dev.meerkat.internal.connection;

import dev.meerkat.ConfigurationException;
import dev.meerkat.ConnectionClosedException;
import dev.meerkat.MeerkatException;
import dev.meerkat.NotConnectedException;
import dev.meerkat.ReadyState;
import java.util.Locale;

/** The errors a connection refuses operations with: each names the operation and the way out. */
final class ConnectionMessages {
  private ConnectionMessages() {}

  static NotConnectedException notConnected(PendingOperation<?> op, int id, ReadyState state) {
    return new NotConnectedException(
        "Cannot run `"
            + op.collection
            + "."
            + op.operation
            + "()`: connection "
            + id
            + " is "
            + state.name().toLowerCase(Locale.ROOT)
            + " and bufferCommands is off. Wait for"
            + " Meerkat.connect(...) or connection.asFuture() to complete before running operations, or turn"
            + " bufferCommands on.");
  }

  static NotConnectedException noClient(String what, int id, ReadyState state) {
    return new NotConnectedException(
        "connection."
            + what
            + "() is not available: connection "
            + id
            + " is "
            + state.name().toLowerCase(Locale.ROOT)
            + "; wait for Meerkat.connect(...) or connection.asFuture() first");
  }

  static ConnectionClosedException closedByForce(PendingOperation<?> op, int id) {
    return new ConnectionClosedException(
        "Cannot run `"
            + op.collection
            + "."
            + op.operation
            + "()`: connection "
            + id
            + " was closed with close(true), and the operation was not sent; open it again with openUri(...)");
  }

  static ConnectionClosedException closedWhileRunning(PendingOperation<?> op, int id) {
    return closedWhileRunning(op.collection, op.operation, id);
  }

  static ConnectionClosedException closedWhileRunning(String collection, String operation, int id) {
    return new ConnectionClosedException(
        "`"
            + collection
            + "."
            + operation
            + "()` was running when connection "
            + id
            + " was closed with close(true): it had been sent to the server, so if it writes, the write may have"
            + " been applied; read it back before writing again");
  }

  static MeerkatException interruptedWhileBuffered(PendingOperation<?> op, int id) {
    return new MeerkatException(
        "Interrupted while `"
            + op.collection
            + "."
            + op.operation
            + "()` waited in the"
            + " buffer of connection "
            + id
            + "; it was not sent and never will be");
  }

  static ConnectionClosedException destroyed(PendingOperation<?> op, int id) {
    return new ConnectionClosedException(
        "Cannot run `"
            + op.collection
            + "."
            + op.operation
            + "()`: connection "
            + id
            + " was destroyed; create a new connection with Meerkat.createConnection(uri)");
  }

  /**
   * As {@link #destroyed(PendingOperation, int)}, saying why when the connection was retired for a
   * reason.
   */
  static ConnectionClosedException destroyed(PendingOperation<?> op, int id, String reason) {
    return reason == null
        ? destroyed(op, id)
        : new ConnectionClosedException(
            "Cannot run `"
                + op.collection
                + "."
                + op.operation
                + "()`: connection "
                + id
                + " "
                + reason);
  }

  static ConnectionClosedException destroyed(int id) {
    return new ConnectionClosedException(
        "Connection "
            + id
            + " was destroyed and cannot be opened again; create a"
            + " new connection with Meerkat.createConnection(uri)");
  }

  static MeerkatException closing(int id) {
    return new MeerkatException(
        "Connection "
            + id
            + " is closing; wait for close() to complete before calling openUri() again");
  }

  static MeerkatException alreadyOpen(int id) {
    return new MeerkatException(
        "Cannot call openUri() on connection "
            + id
            + " while it is open or opening; close() it first, or use Meerkat.createConnection(...) for another"
            + " connection");
  }

  static ConnectionClosedException closedBeforeOpen(int id) {
    return new ConnectionClosedException("Connection " + id + " was closed before it opened");
  }

  static MeerkatException openOnUseDb(int id, String database, int baseId) {
    return new MeerkatException(
        "Connection "
            + id
            + " was made with useDb(\""
            + database
            + "\") and shares connection "
            + baseId
            + "'s client: open that one instead");
  }

  static MeerkatException setClientOnUseDb(int id, String database, int baseId) {
    return new MeerkatException(
        "Connection "
            + id
            + " was made with useDb(\""
            + database
            + "\"); call setClient on connection "
            + baseId);
  }

  /** An {@code Error} while the client was made or pinged: the opening fails with it. */
  static MeerkatException clientFailed(int id, Error error) {
    String message =
        "Opening connection "
            + id
            + " failed with "
            + error
            + (error instanceof LinkageError
                ? ": a class is missing from the class path; add the library that provides it"
                : "; it was thrown by the driver or by a listener or customizer given in"
                    + " driverSettings");
    return error instanceof LinkageError
        ? new ConfigurationException(message, error)
        : new MeerkatException(message, error);
  }
}
