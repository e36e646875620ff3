package dev.meerkat.internal.connection;

import com.mongodb.MongoSecurityException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.connection.ClusterDescription;
import com.mongodb.connection.ServerDescription;
import dev.meerkat.MeerkatException;
import dev.meerkat.ServerSelectionException;
import dev.meerkat.ServerSelectionException.ServerInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;

/**
 * The initial connection check, and what its failure says: a server selection timeout becomes a
 * {@link ServerSelectionException} naming each server with its state and last error. Every text is
 * passed through {@link #redact} so a password never leaves in a message.
 */
final class ServerSelectionErrors {
  private ServerSelectionErrors() {}

  /** Proves the deployment answers: a {@code ping}, bounded by {@code serverSelectionTimeoutMS}. */
  static void ping(ClientFactory.Created created) {
    created.client().getDatabase("admin").runCommand(new Document("ping", 1));
  }

  static RuntimeException translate(RuntimeException error, ClientFactory.Created created) {
    String password = created.password();
    if (error instanceof MongoSecurityException) {
      return describe(
          created,
          "Authentication failed on "
              + created.hosts()
              + ": "
              + redact(chain(error), password)
              + ". Check user, pass and authSource.",
          error);
    }
    if (!(error instanceof MongoTimeoutException)) {
      String message = redact(String.valueOf(error.getMessage()), password);
      if (password != null && !message.equals(String.valueOf(error.getMessage()))) {
        // The driver's own text carried the secret: do not chain it either.
        return new MeerkatException("Could not connect to " + created.hosts() + ": " + message);
      }
      return error;
    }
    return describe(created, null, null);
  }

  /** A {@link ServerSelectionException} from the cluster as the client sees it now. */
  private static ServerSelectionException describe(
      ClientFactory.Created created, String headline, Throwable failure) {
    String password = created.password();
    ClusterDescription cluster = created.client().getClusterDescription();
    Map<String, ServerInfo> servers = new LinkedHashMap<>();
    StringBuilder summary = new StringBuilder();
    for (ServerDescription server : cluster.getServerDescriptions()) {
      String address = server.getAddress().toString();
      Throwable last = server.getException() != null ? server.getException() : failure;
      String lastError = last == null ? null : redact(chain(last), password);
      servers.put(
          address,
          new ServerInfo(address, redact(server.getShortDescription(), password), lastError));
      summary
          .append(summary.length() == 0 ? "" : "; ")
          .append(address)
          .append(": ")
          .append(lastError == null ? server.getState() + " " + server.getType() : lastError);
    }
    String reason = redact(cluster.getShortDescription(), password);
    String message =
        headline != null
            ? headline
            : "Could not connect to any server in "
                + created.hosts()
                + " within serverSelectionTimeoutMS ("
                + summary
                + "). Check that the server is running and reachable, the host names resolve, and the"
                + " credentials are right.";
    return new ServerSelectionException(redact(message, password), reason, servers, null);
  }

  /**
   * "MongoSocketOpenException: Exception opening socket; caused by ConnectException: Connection
   * refused".
   */
  static String chain(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = error; t != null && text.length() < 2_000; t = t.getCause()) {
      text.append(text.length() == 0 ? "" : "; caused by ")
          .append(t.getClass().getSimpleName())
          .append(": ")
          .append(t.getMessage());
      if (t.getCause() == t) {
        break;
      }
    }
    return text.toString();
  }

  static String redact(String text, String password) {
    if (text == null || password == null || password.isEmpty()) {
      return text;
    }
    return text.replace(password, "<hidden>");
  }
}
