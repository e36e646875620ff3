package dev.meerkat.spring.boot;

import dev.meerkat.Connection;
import dev.meerkat.ReadyState;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code meerkat} health indicator: UP when the connection is open and answers a {@code ping}
 * within {@code meerkat.health.ping-timeout}, DOWN otherwise. Details: {@code readyState}, {@code
 * database}, {@code hosts}, and the ping's error when it failed. Never blocks longer than the ping
 * timeout, and never pings a connection that is not open. Thread-safe.
 */
public final class MeerkatHealthIndicator implements HealthIndicator {
  private final Connection connection;
  private final Duration pingTimeout;

  /** A health indicator for {@code connection}, whose ping may take {@code pingTimeout}. */
  public MeerkatHealthIndicator(Connection connection, Duration pingTimeout) {
    this.connection = connection;
    this.pingTimeout = pingTimeout;
  }

  @Override
  public Health health() {
    ReadyState state = connection.readyState();
    Health.Builder health = state == ReadyState.CONNECTED ? ping() : Health.down();
    return health
        .withDetail("readyState", state.name())
        .withDetail("database", String.valueOf(connection.name()))
        .withDetail("hosts", connection.hosts())
        .build();
  }

  private Health.Builder ping() {
    try {
      connection
          .client()
          .getDatabase("admin")
          .withTimeout(pingTimeout.toMillis(), TimeUnit.MILLISECONDS)
          .runCommand(new Document("ping", 1));
      return Health.up();
    } catch (RuntimeException e) {
      // The message is enough for a health endpoint; the stack trace would only repeat the
      // driver's.
      return Health.down()
          .withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
