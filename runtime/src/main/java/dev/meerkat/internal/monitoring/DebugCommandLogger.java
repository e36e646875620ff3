package dev.meerkat.internal.monitoring;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mongoose's {@code debug}: while {@code enabled} says so, logs every command at INFO through the
 * SLF4J logger {@code dev.meerkat.debug}, in Mongoose's style: {@code users.find({"name": "x"})
 * {"limit": 1} 3ms}. Credential commands ({@code saslStart}, {@code createUser}, ...) are logged by
 * name only; values under sensitive keys, at any depth, show as {@code "<redacted>"}; failures show
 * the error code, not the server's message (which may quote a value). Thread-safe: the driver calls
 * it from many threads.
 */
public final class DebugCommandLogger implements CommandListener {
  /** Keys whose values are never logged, whatever else is configured. Compared ignoring case. */
  public static final Set<String> DEFAULT_SENSITIVE_KEYS =
      Set.of("password", "pass", "pwd", "secret", "token");

  private static final Logger LOG = LoggerFactory.getLogger("dev.meerkat.debug");

  private final BooleanSupplier enabled;
  private final CommandSummary summary;

  /** Summaries of commands started while enabled, by request id, until their reply arrives. */
  private final Map<Integer, String> inFlight = new ConcurrentHashMap<>();

  /**
   * Logs while {@code enabled} returns true (checked per command, so a global setting can toggle it
   * live).
   */
  public DebugCommandLogger(BooleanSupplier enabled) {
    this(enabled, Set.of());
  }

  /**
   * Also redacts the values of {@code sensitiveKeys} (stored field names, matched at any depth,
   * ignoring case), in addition to {@link #DEFAULT_SENSITIVE_KEYS}.
   */
  public DebugCommandLogger(BooleanSupplier enabled, Set<String> sensitiveKeys) {
    this.enabled = Objects.requireNonNull(enabled, "enabled == null");
    Set<String> keys = new HashSet<>();
    for (String key : DEFAULT_SENSITIVE_KEYS) {
      keys.add(key.toLowerCase(Locale.ROOT));
    }
    for (String key : Objects.requireNonNull(sensitiveKeys, "sensitiveKeys == null")) {
      keys.add(Objects.requireNonNull(key, "sensitive key == null").toLowerCase(Locale.ROOT));
    }
    this.summary = new CommandSummary(Set.copyOf(keys));
  }

  @Override
  public void commandStarted(CommandStartedEvent event) {
    if (!enabled.getAsBoolean()) {
      return;
    }
    try {
      // Summarised now: the command document is only guaranteed readable during this callback.
      inFlight.put(
          event.getRequestId(),
          summary.describe(event.getDatabaseName(), event.getCommandName(), event.getCommand()));
    } catch (RuntimeException e) {
      LOG.debug("Could not summarise command {}", event.getCommandName(), e);
    }
  }

  @Override
  public void commandSucceeded(CommandSucceededEvent event) {
    String described = inFlight.remove(event.getRequestId());
    if (described != null) {
      LOG.info("{} {}ms", described, event.getElapsedTime(TimeUnit.MILLISECONDS));
    }
  }

  @Override
  public void commandFailed(CommandFailedEvent event) {
    String described = inFlight.remove(event.getRequestId());
    if (described != null) {
      LOG.info(
          "{} failed after {}ms: {}",
          described,
          event.getElapsedTime(TimeUnit.MILLISECONDS),
          failure(event.getThrowable()));
    }
  }

  private static String failure(Throwable t) {
    if (t instanceof MongoCommandException command) {
      return command.getClass().getSimpleName()
          + " code "
          + command.getErrorCode()
          + " ("
          + command.getErrorCodeName()
          + ")";
    }
    if (t instanceof MongoException mongo) {
      return mongo.getClass().getSimpleName() + " code " + mongo.getCode();
    }
    return t.getClass().getSimpleName();
  }
}
