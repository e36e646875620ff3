package dev.meerkat.internal.connection;

import dev.meerkat.ConnectionOptions;
import dev.meerkat.Setting;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * What is in force for one connection when an option may also be set per schema or globally: the
 * schema's value, else the connection's option, else the global {@link Setting}. Read at each use,
 * so an option given later to {@code openUri} applies.
 */
public final class ConnectionSettings {
  private final DefaultMeerkatInstance instance;
  private final Supplier<ConnectionOptions> options;

  ConnectionSettings(DefaultMeerkatInstance instance, Supplier<ConnectionOptions> options) {
    this.instance = instance;
    this.options = options;
  }

  /** The connection's executor, else the common pool. */
  Executor executor() {
    Executor executor = options.get().executor();
    return executor != null ? executor : ForkJoinPool.commonPool();
  }

  /** A Boolean option: the schema's, else the connection's, else the global setting. */
  public boolean flag(Boolean schemaValue, Boolean connectionValue, Setting global) {
    if (schemaValue != null) {
      return schemaValue;
    }
    return connectionValue != null ? connectionValue : (Boolean) instance.get(global);
  }

  /** Whether Mongoose's debug logging is on: the connection's option, else the global setting. */
  boolean debugEnabled() {
    return flag(null, options.get().debug(), Setting.DEBUG);
  }

  /** The bufferTimeoutMS in force now: this connection's option, else the global setting. */
  long bufferTimeoutMs() {
    Long own = options.get().bufferTimeoutMS();
    return own != null ? own : (Long) instance.get(Setting.BUFFER_TIMEOUT_MS);
  }
}
