package dev.meerkat.spring.boot;

import dev.meerkat.Connection;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.MeerkatException;
import dev.meerkat.MeerkatInstance;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.FactoryBean;

/**
 * The application's {@link Connection} bean: created when the context starts (it connects in the
 * background, and operations issued meanwhile are buffered, so start-up does not wait for the
 * server) and closed, waiting for in-flight operations, when the context closes.
 */
final class ConnectionFactoryBean implements FactoryBean<Connection>, DisposableBean {
  /** How long closing may take; closing a client normally takes milliseconds. */
  static final long CLOSE_TIMEOUT_MS = 30_000;

  private final Connection connection;

  ConnectionFactoryBean(
      MeerkatInstance instance,
      String uri,
      ConnectionOptions options,
      List<MeerkatConnectionCustomizer> customizers) {
    this.connection = instance.createConnection();
    customizers.forEach(c -> c.customize(connection));
    CompletableFuture<Connection> opening = connection.openUri(uri, options);
    if (opening.isCompletedExceptionally()) {
      // A bad URI or option: fail start-up with it rather than leave a connection that never opens.
      try {
        opening.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
  }

  @Override
  public Connection getObject() {
    return connection;
  }

  @Override
  public Class<?> getObjectType() {
    return Connection.class;
  }

  @Override
  public void destroy() {
    close(connection);
  }

  /** Closes {@code connection} and waits until its sockets are released. */
  static void close(Connection connection) {
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
          "Closing " + connection + " did not finish within " + CLOSE_TIMEOUT_MS + "ms", e);
    }
  }
}
