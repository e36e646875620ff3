package dev.meerkat;

import java.util.Map;

/**
 * No suitable server answered within {@code serverSelectionTimeoutMS}. Says why: {@link #reason()}
 * is the driver's cluster description, and {@link #servers()} maps each address to what is known of
 * it (its description and last error: connection refused, unknown host, authentication failed,
 * ...). Immutable once constructed; safe to share between threads.
 */
public final class ServerSelectionException extends MeerkatException {
  private static final long serialVersionUID = 1L;

  /** The cluster description; see {@link #reason()}. */
  private final String reason;

  private final transient Map<String, ServerInfo> servers;

  /** Creates the exception. */
  public ServerSelectionException(
      String message, String reason, Map<String, ServerInfo> servers, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.servers = Map.copyOf(servers);
  }

  /**
   * The cluster state when selection gave up, as the driver describes it (credentials redacted).
   */
  public String reason() {
    return reason;
  }

  /** Each server address with its state and last error. */
  public Map<String, ServerInfo> servers() {
    return servers;
  }

  /**
   * What is known of one server.
   *
   * @param address {@code host:port}
   * @param description the driver's server description (type, state)
   * @param lastError the last error's message, or {@code null}
   */
  public record ServerInfo(String address, String description, String lastError) {}
}
