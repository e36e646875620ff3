package dev.meerkat.internal.generated;

import dev.meerkat.Connection;
import dev.meerkat.MeerkatException;
import dev.meerkat.internal.options.RedactedUri;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What generated {@code @ConnectionConfig} factories call besides the public API: showing a URI
 * without its password, and closing a connection synchronously. Stateless and thread-safe.
 */
public final class ConnectionFactories {
  /** How long {@link #close(Connection)} waits; closing a client normally takes milliseconds. */
  static final long CLOSE_TIMEOUT_MS = 30_000;

  private ConnectionFactories() {}

  /** {@code uri} with its password and secret query values shown as {@code <hidden>}. */
  public static String redact(String uri) {
    return RedactedUri.of(uri);
  }

  /**
   * Closes {@code connection} and waits until it is closed, so that try-with-resources and DI
   * containers see the sockets released when {@code close()} returns.
   *
   * @throws MeerkatException when closing fails, takes longer than 30 s, or the thread is
   *     interrupted
   */
  public static void close(Connection connection) {
    try {
      connection.close().get(CLOSE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MeerkatException("Interrupted while closing " + connection, e);
    } catch (ExecutionException e) {
      throw new MeerkatException(
          "Closing " + connection + " failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new MeerkatException(
          "Closing "
              + connection
              + " did not finish within "
              + CLOSE_TIMEOUT_MS
              + "ms; in-flight operations may still hold its sockets",
          e);
    }
  }
}
