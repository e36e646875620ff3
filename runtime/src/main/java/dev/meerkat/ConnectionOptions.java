package dev.meerkat;

import com.mongodb.MongoClientSettings;
import com.mongodb.ReadPreference;
import dev.meerkat.internal.options.Option;
import dev.meerkat.internal.options.OptionTable;
import dev.meerkat.internal.options.OptionValues;
import dev.meerkat.internal.options.OptionsMapReader;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Options of a {@link Connection}: Meerkat's own (buffering, auto-create/index, credentials, the
 * executor) and the driver's (pool, timeouts, replica set, read preference). Immutable and
 * thread-safe; built with {@link #builder()}.
 *
 * <p>Every option is optional: an unset ({@code null}) one is taken from the URI's query string
 * (driver options only; Meerkat's own are never read from the URI), then from the global {@link
 * Setting}s, then from the driver's default. Options set here win over the URI.
 *
 * <pre>{@code
 * ConnectionOptions options = ConnectionOptions.builder()
 *     .maxPoolSize(10).serverSelectionTimeoutMS(5000).bufferCommands(false).build();
 * Meerkat.connect("mongodb://127.0.0.1:27017/app", options);
 * }</pre>
 */
public final class ConnectionOptions {
  private static final ConnectionOptions DEFAULTS = builder().build();

  /** Every option's value, {@code null} where unset; never changed after construction. */
  private final OptionValues values;

  private ConnectionOptions(OptionValues values) {
    this.values = values;
  }

  /** Options with nothing set: all from the URI, the global settings and the driver. */
  public static ConnectionOptions defaults() {
    return DEFAULTS;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder(new OptionValues());
  }

  /** A builder starting from {@code existing}. */
  public static Builder builder(ConnectionOptions existing) {
    Objects.requireNonNull(existing, "existing == null");
    return new Builder(existing.values.copy());
  }

  /**
   * Reads options from a map with Mongoose's option names, e.g. from a configuration file. Values
   * may be of the option's type or strings ({@code "10"}, {@code "true"}); {@code readPreference}
   * may be a name such as {@code "secondaryPreferred"}; {@code auth} may be a map with {@code
   * username} and {@code password}. Mongoose's removed options ({@code poolSize}, {@code
   * keepAlive}, {@code useNewUrlParser}, ...) are accepted with a deprecation warning logged;
   * {@code poolSize} is applied as {@code maxPoolSize}.
   *
   * <pre>{@code
   * ConnectionOptions options = ConnectionOptions.fromMap(Map.of("maxPoolSize", "10", "bufferCommands", false));
   * }</pre>
   *
   * @throws ConfigurationException for an unknown name (the message suggests the closest valid one)
   *     or a value of the wrong type (the message names the option, the value and the expected
   *     type)
   */
  public static ConnectionOptions fromMap(Map<String, ?> map) {
    return OptionsMapReader.readLoggingWarnings(map);
  }

  /**
   * These options with every option set in {@code overrides} replacing this one's; unset options in
   * {@code overrides} keep this one's value.
   */
  public ConnectionOptions withOverrides(ConnectionOptions overrides) {
    Objects.requireNonNull(overrides, "overrides == null");
    Builder b = builder(this);
    b.values.overrideWith(overrides.values);
    return b.build();
  }

  /** Set by {@link Builder#bufferCommands}; {@code null} when not set. */
  public Boolean bufferCommands() {
    return values.get(OptionTable.BUFFER_COMMANDS);
  }

  /** Set by {@link Builder#bufferTimeoutMS}; {@code null} when not set. */
  public Long bufferTimeoutMS() {
    return values.get(OptionTable.BUFFER_TIMEOUT_MS);
  }

  /** Set by {@link Builder#autoIndex}; {@code null} when not set. */
  public Boolean autoIndex() {
    return values.get(OptionTable.AUTO_INDEX);
  }

  /** Set by {@link Builder#autoCreate}; {@code null} when not set. */
  public Boolean autoCreate() {
    return values.get(OptionTable.AUTO_CREATE);
  }

  /** Set by {@link Builder#dbName}; {@code null} when not set. */
  public String dbName() {
    return values.get(OptionTable.DB_NAME);
  }

  /** Set by {@link Builder#user}; {@code null} when not set. */
  public String user() {
    return values.get(OptionTable.USER);
  }

  /** Set by {@link Builder#pass}; {@code null} when not set. */
  public String pass() {
    return values.get(OptionTable.PASS);
  }

  /** Set by {@link Builder#debug}; {@code null} when not set. */
  public Boolean debug() {
    return values.get(OptionTable.DEBUG);
  }

  /** Set by {@link Builder#executor}; {@code null} when not set. */
  public Executor executor() {
    return values.get(OptionTable.EXECUTOR);
  }

  /** Set by {@link Builder#maxPoolSize}; {@code null} when not set. */
  public Integer maxPoolSize() {
    return values.get(OptionTable.MAX_POOL_SIZE);
  }

  /** Set by {@link Builder#minPoolSize}; {@code null} when not set. */
  public Integer minPoolSize() {
    return values.get(OptionTable.MIN_POOL_SIZE);
  }

  /** Set by {@link Builder#maxConnecting}; {@code null} when not set. */
  public Integer maxConnecting() {
    return values.get(OptionTable.MAX_CONNECTING);
  }

  /** Set by {@link Builder#maxIdleTimeMS}; {@code null} when not set. */
  public Long maxIdleTimeMS() {
    return values.get(OptionTable.MAX_IDLE_TIME_MS);
  }

  /**
   * The {@link Builder#waitQueueTimeoutMS waitQueueTimeoutMS} option, or {@code null} when not set.
   */
  public Long waitQueueTimeoutMS() {
    return values.get(OptionTable.WAIT_QUEUE_TIMEOUT_MS);
  }

  /** Set by {@link Builder#socketTimeoutMS}; {@code null} when not set. */
  public Long socketTimeoutMS() {
    return values.get(OptionTable.SOCKET_TIMEOUT_MS);
  }

  /** Set by {@link Builder#connectTimeoutMS}; {@code null} when not set. */
  public Long connectTimeoutMS() {
    return values.get(OptionTable.CONNECT_TIMEOUT_MS);
  }

  /** Set by {@link Builder#serverSelectionTimeoutMS}; {@code null} when not set. */
  public Long serverSelectionTimeoutMS() {
    return values.get(OptionTable.SERVER_SELECTION_TIMEOUT_MS);
  }

  /** Set by {@link Builder#heartbeatFrequencyMS}; {@code null} when not set. */
  public Long heartbeatFrequencyMS() {
    return values.get(OptionTable.HEARTBEAT_FREQUENCY_MS);
  }

  /** Set by {@link Builder#family}; {@code null} when not set. */
  public Integer family() {
    return values.get(OptionTable.FAMILY);
  }

  /** Set by {@link Builder#authSource}; {@code null} when not set. */
  public String authSource() {
    return values.get(OptionTable.AUTH_SOURCE);
  }

  /** Set by {@link Builder#replicaSet}; {@code null} when not set. */
  public String replicaSet() {
    return values.get(OptionTable.REPLICA_SET);
  }

  /** Set by {@link Builder#readPreference}; {@code null} when not set. */
  public ReadPreference readPreference() {
    return values.get(OptionTable.READ_PREFERENCE);
  }

  /** Set by {@link Builder#driverSettings}; {@code null} when not set. */
  public Consumer<MongoClientSettings.Builder> driverSettings() {
    return values.get(OptionTable.DRIVER_SETTINGS);
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof ConnectionOptions o && values.equals(o.values));
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** The options that are set; the password shows as {@code <hidden>}. */
  @Override
  public String toString() {
    return "ConnectionOptions{" + values + "}";
  }

  /**
   * Builds {@link ConnectionOptions}. Not thread-safe. Each setter rejects invalid values at once.
   */
  public static final class Builder {
    private final OptionValues values;

    private Builder(OptionValues values) {
      this.values = values;
    }

    /**
     * Whether operations wait for the connection to open. Default: {@link Setting#BUFFER_COMMANDS}.
     */
    public Builder bufferCommands(boolean bufferCommands) {
      return set(OptionTable.BUFFER_COMMANDS, bufferCommands);
    }

    /**
     * How long, in ms, an operation may wait in the buffer. Default: {@link
     * Setting#BUFFER_TIMEOUT_MS}.
     */
    public Builder bufferTimeoutMS(long bufferTimeoutMS) {
      return set(OptionTable.BUFFER_TIMEOUT_MS, bufferTimeoutMS);
    }

    /** Whether models build their indexes when initialised. Default: {@link Setting#AUTO_INDEX}. */
    public Builder autoIndex(boolean autoIndex) {
      return set(OptionTable.AUTO_INDEX, autoIndex);
    }

    /** Whether models create their collection first. Default: {@link Setting#AUTO_CREATE}. */
    public Builder autoCreate(boolean autoCreate) {
      return set(OptionTable.AUTO_CREATE, autoCreate);
    }

    /** The database to use, over the URI's path. Default: the URI's path, else {@code test}. */
    public Builder dbName(String dbName) {
      return set(OptionTable.DB_NAME, dbName);
    }

    /** The user name to authenticate with. Default: the URI's user info. */
    public Builder user(String user) {
      return set(OptionTable.USER, user);
    }

    /** The password to authenticate with; never printed. Default: the URI's user info. */
    public Builder pass(String pass) {
      return set(OptionTable.PASS, pass);
    }

    /** Whether every operation is logged, secrets redacted. Default: {@link Setting#DEBUG}. */
    public Builder debug(boolean debug) {
      return set(OptionTable.DEBUG, debug);
    }

    /** Where async results and events are delivered. Default: {@code ForkJoinPool.commonPool()}. */
    public Builder executor(Executor executor) {
      return set(OptionTable.EXECUTOR, executor);
    }

    /** The most sockets the pool keeps open per server. Default: {@code 100}. */
    public Builder maxPoolSize(int maxPoolSize) {
      return set(OptionTable.MAX_POOL_SIZE, maxPoolSize);
    }

    /** The sockets the pool opens eagerly and keeps open per server. Default: {@code 0}. */
    public Builder minPoolSize(int minPoolSize) {
      return set(OptionTable.MIN_POOL_SIZE, minPoolSize);
    }

    /** The most sockets a pool establishes at the same time, at least 1. Default: {@code 2}. */
    public Builder maxConnecting(int maxConnecting) {
      return set(OptionTable.MAX_CONNECTING, maxConnecting);
    }

    /**
     * How long, in ms, a socket may idle before the pool closes it. Default: {@code 0}: no limit.
     */
    public Builder maxIdleTimeMS(long maxIdleTimeMS) {
      return set(OptionTable.MAX_IDLE_TIME_MS, maxIdleTimeMS);
    }

    /** How long, in ms, an operation waits for a socket of a full pool. Default: {@code 120000}. */
    public Builder waitQueueTimeoutMS(long waitQueueTimeoutMS) {
      return set(OptionTable.WAIT_QUEUE_TIMEOUT_MS, waitQueueTimeoutMS);
    }

    /** How long, in ms, a socket waits for a reply. Default: {@code 0}: no timeout. */
    public Builder socketTimeoutMS(long socketTimeoutMS) {
      return set(OptionTable.SOCKET_TIMEOUT_MS, socketTimeoutMS);
    }

    /** How long, in ms, opening a socket may take. Default: {@code 30000}. */
    public Builder connectTimeoutMS(long connectTimeoutMS) {
      return set(OptionTable.CONNECT_TIMEOUT_MS, connectTimeoutMS);
    }

    /** How long, in ms, an operation waits for a suitable server. Default: {@code 30000}. */
    public Builder serverSelectionTimeoutMS(long serverSelectionTimeoutMS) {
      return set(OptionTable.SERVER_SELECTION_TIMEOUT_MS, serverSelectionTimeoutMS);
    }

    /** How often, in ms (at least 1), the driver checks each server. Default: {@code 10000}. */
    public Builder heartbeatFrequencyMS(long heartbeatFrequencyMS) {
      return set(OptionTable.HEARTBEAT_FREQUENCY_MS, heartbeatFrequencyMS);
    }

    /** The IP family host names resolve to: {@code 4} or {@code 6}. Default: both. */
    public Builder family(int family) {
      return set(OptionTable.FAMILY, family);
    }

    /** The database holding the user's credentials. Default: the URI's, else the database. */
    public Builder authSource(String authSource) {
      return set(OptionTable.AUTH_SOURCE, authSource);
    }

    /** The replica set name to require. Default: the URI's {@code replicaSet}. */
    public Builder replicaSet(String replicaSet) {
      return set(OptionTable.REPLICA_SET, replicaSet);
    }

    /** Which members reads go to. Default: primary. */
    public Builder readPreference(ReadPreference readPreference) {
      return set(OptionTable.READ_PREFERENCE, readPreference);
    }

    /** A last say over the driver's settings, after every other option. Default: none. */
    public Builder driverSettings(Consumer<MongoClientSettings.Builder> driverSettings) {
      return set(OptionTable.DRIVER_SETTINGS, driverSettings);
    }

    private <T> Builder set(Option<T> option, T value) {
      values.set(option, value);
      return this;
    }

    /**
     * Builds the options.
     *
     * @throws ConfigurationException when options contradict each other, e.g. {@code minPoolSize}
     *     over {@code maxPoolSize}
     */
    public ConnectionOptions build() {
      ConnectionOptions options = new ConnectionOptions(values.copy());
      OptionTable.checkCombination(options);
      return options;
    }
  }
}
