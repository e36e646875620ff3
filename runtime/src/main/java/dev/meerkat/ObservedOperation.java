package dev.meerkat;

import java.util.Objects;

/**
 * One operation as an {@link OperationObserver} sees it. Immutable.
 *
 * @param connection the connection it runs on
 * @param model the model's name ({@code "User"}), or {@code null} for raw collection and database
 *     operations
 * @param collection the collection (the database name for database operations)
 * @param operation the method, as in error messages: {@code "findOne"}, {@code "updateMany"},
 *     {@code "dropDatabase"}
 */
public record ObservedOperation(
    Connection connection, String model, String collection, String operation) {

  /** Rejects a missing connection or operation name. */
  public ObservedOperation {
    Objects.requireNonNull(connection, "connection == null");
    Objects.requireNonNull(operation, "operation == null");
  }
}
