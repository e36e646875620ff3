package dev.meerkat;

import com.mongodb.MongoClientSettings;
import com.mongodb.ReadPreference;
import dev.meerkat.internal.options.OptionsMapReader;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
  private final Boolean bufferCommands;
  private final Long bufferTimeoutMS;
  private final Boolean autoIndex;
  private final Boolean autoCreate;
  private final String dbName;
  private final String user;
  private final String pass;
  private final Boolean debug;
  private final Executor executor;
  private final Integer maxPoolSize;
  private final Integer minPoolSize;
  private final Integer maxConnecting;
  private final Long maxIdleTimeMS;
  private final Long waitQueueTimeoutMS;
  private final Long socketTimeoutMS;
  private final Long connectTimeoutMS;
  private final Long serverSelectionTimeoutMS;
  private final Long heartbeatFrequencyMS;
  private final Integer family;
  private final String authSource;
  private final String replicaSet;
  private final ReadPreference readPreference;
  private final Consumer<MongoClientSettings.Builder> driverSettings;

  private ConnectionOptions(Builder b) {
    this.bufferCommands = b.bufferCommands;
    this.bufferTimeoutMS = b.bufferTimeoutMS;
    this.autoIndex = b.autoIndex;
    this.autoCreate = b.autoCreate;
    this.dbName = b.dbName;
    this.user = b.user;
    this.pass = b.pass;
    this.debug = b.debug;
    this.executor = b.executor;
    this.maxPoolSize = b.maxPoolSize;
    this.minPoolSize = b.minPoolSize;
    this.maxConnecting = b.maxConnecting;
    this.maxIdleTimeMS = b.maxIdleTimeMS;
    this.waitQueueTimeoutMS = b.waitQueueTimeoutMS;
    this.socketTimeoutMS = b.socketTimeoutMS;
    this.connectTimeoutMS = b.connectTimeoutMS;
    this.serverSelectionTimeoutMS = b.serverSelectionTimeoutMS;
    this.heartbeatFrequencyMS = b.heartbeatFrequencyMS;
    this.family = b.family;
    this.authSource = b.authSource;
    this.replicaSet = b.replicaSet;
    this.readPreference = b.readPreference;
    this.driverSettings = b.driverSettings;
  }

  /**
   * Options with nothing set: everything from the URI, the global settings and the driver's
   * defaults.
   */
  public static ConnectionOptions defaults() {
    return DEFAULTS;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from {@code existing}. */
  public static Builder builder(ConnectionOptions existing) {
    Objects.requireNonNull(existing, "existing == null");
    Builder b = new Builder();
    b.bufferCommands = existing.bufferCommands;
    b.bufferTimeoutMS = existing.bufferTimeoutMS;
    b.autoIndex = existing.autoIndex;
    b.autoCreate = existing.autoCreate;
    b.dbName = existing.dbName;
    b.user = existing.user;
    b.pass = existing.pass;
    b.debug = existing.debug;
    b.executor = existing.executor;
    b.maxPoolSize = existing.maxPoolSize;
    b.minPoolSize = existing.minPoolSize;
    b.maxConnecting = existing.maxConnecting;
    b.maxIdleTimeMS = existing.maxIdleTimeMS;
    b.waitQueueTimeoutMS = existing.waitQueueTimeoutMS;
    b.socketTimeoutMS = existing.socketTimeoutMS;
    b.connectTimeoutMS = existing.connectTimeoutMS;
    b.serverSelectionTimeoutMS = existing.serverSelectionTimeoutMS;
    b.heartbeatFrequencyMS = existing.heartbeatFrequencyMS;
    b.family = existing.family;
    b.authSource = existing.authSource;
    b.replicaSet = existing.replicaSet;
    b.readPreference = existing.readPreference;
    b.driverSettings = existing.driverSettings;
    return b;
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
    OptionsMapReader.Result result = OptionsMapReader.read(map);
    Logger log = LoggerFactory.getLogger(ConnectionOptions.class);
    for (String warning : result.warnings()) {
      log.warn("{}", warning);
    }
    return result.options();
  }

  /**
   * These options with every option set in {@code overrides} replacing this one's; unset options in
   * {@code overrides} keep this one's value.
   */
  public ConnectionOptions withOverrides(ConnectionOptions overrides) {
    Objects.requireNonNull(overrides, "overrides == null");
    Builder b = builder(this);
    if (overrides.bufferCommands != null) {
      b.bufferCommands = overrides.bufferCommands;
    }
    if (overrides.bufferTimeoutMS != null) {
      b.bufferTimeoutMS = overrides.bufferTimeoutMS;
    }
    if (overrides.autoIndex != null) {
      b.autoIndex = overrides.autoIndex;
    }
    if (overrides.autoCreate != null) {
      b.autoCreate = overrides.autoCreate;
    }
    if (overrides.dbName != null) {
      b.dbName = overrides.dbName;
    }
    if (overrides.user != null) {
      b.user = overrides.user;
    }
    if (overrides.pass != null) {
      b.pass = overrides.pass;
    }
    if (overrides.debug != null) {
      b.debug = overrides.debug;
    }
    if (overrides.executor != null) {
      b.executor = overrides.executor;
    }
    if (overrides.maxPoolSize != null) {
      b.maxPoolSize = overrides.maxPoolSize;
    }
    if (overrides.minPoolSize != null) {
      b.minPoolSize = overrides.minPoolSize;
    }
    if (overrides.maxConnecting != null) {
      b.maxConnecting = overrides.maxConnecting;
    }
    if (overrides.maxIdleTimeMS != null) {
      b.maxIdleTimeMS = overrides.maxIdleTimeMS;
    }
    if (overrides.waitQueueTimeoutMS != null) {
      b.waitQueueTimeoutMS = overrides.waitQueueTimeoutMS;
    }
    if (overrides.socketTimeoutMS != null) {
      b.socketTimeoutMS = overrides.socketTimeoutMS;
    }
    if (overrides.connectTimeoutMS != null) {
      b.connectTimeoutMS = overrides.connectTimeoutMS;
    }
    if (overrides.serverSelectionTimeoutMS != null) {
      b.serverSelectionTimeoutMS = overrides.serverSelectionTimeoutMS;
    }
    if (overrides.heartbeatFrequencyMS != null) {
      b.heartbeatFrequencyMS = overrides.heartbeatFrequencyMS;
    }
    if (overrides.family != null) {
      b.family = overrides.family;
    }
    if (overrides.authSource != null) {
      b.authSource = overrides.authSource;
    }
    if (overrides.replicaSet != null) {
      b.replicaSet = overrides.replicaSet;
    }
    if (overrides.readPreference != null) {
      b.readPreference = overrides.readPreference;
    }
    if (overrides.driverSettings != null) {
      b.driverSettings = overrides.driverSettings;
    }
    return b.build();
  }

  /**
   * Whether operations wait for the connection to open (Meerkat's own; never read from the URI).
   * Default: inherit: the global {@link Setting#BUFFER_COMMANDS} ({@code true}); {@code null} when
   * not set.
   */
  public Boolean bufferCommands() {
    return bufferCommands;
  }

  /**
   * How long, in ms, an operation may wait in the buffer before {@link BufferTimeoutException}.
   * Default: inherit: the global {@link Setting#BUFFER_TIMEOUT_MS} ({@code 10000}); {@code null}
   * when not set.
   */
  public Long bufferTimeoutMS() {
    return bufferTimeoutMS;
  }

  /**
   * Whether models build their declared indexes when initialised. Default: inherit: the global
   * {@link Setting#AUTO_INDEX} ({@code true}); {@code null} when not set.
   */
  public Boolean autoIndex() {
    return autoIndex;
  }

  /**
   * Whether models create their collection before their first operation. Default: inherit: the
   * global {@link Setting#AUTO_CREATE} ({@code true}); {@code null} when not set.
   */
  public Boolean autoCreate() {
    return autoCreate;
  }

  /**
   * The database to use, overriding the URI's path. Default: the database in the URI's path, else
   * {@code test}; {@code null} when not set.
   */
  public String dbName() {
    return dbName;
  }

  /**
   * The user name to authenticate with. Default: the URI's user info; {@code null} when not set.
   */
  public String user() {
    return user;
  }

  /**
   * The password to authenticate with; never printed. Default: the URI's user info; {@code null}
   * when not set.
   */
  public String pass() {
    return pass;
  }

  /**
   * Whether every operation is logged (credentials and sensitive values redacted). Default:
   * inherit: the global {@link Setting#DEBUG} ({@code false}); {@code null} when not set.
   */
  public Boolean debug() {
    return debug;
  }

  /**
   * Where async results and events are delivered (Mongoose's {@code promiseLibrary}). Default:
   * {@link java.util.concurrent.ForkJoinPool#commonPool()}; {@code null} when not set.
   */
  public Executor executor() {
    return executor;
  }

  /**
   * The most sockets the pool keeps open per server. Default: {@code 100}; {@code null} when not
   * set.
   */
  public Integer maxPoolSize() {
    return maxPoolSize;
  }

  /**
   * The sockets the pool opens eagerly and keeps open per server. Default: {@code 0}; {@code null}
   * when not set.
   */
  public Integer minPoolSize() {
    return minPoolSize;
  }

  /**
   * The most sockets a pool establishes at the same time. Default: {@code 2}; {@code null} when not
   * set.
   */
  public Integer maxConnecting() {
    return maxConnecting;
  }

  /**
   * How long, in ms, a socket may stay idle before the pool closes it. Default: {@code 0}: no
   * limit; {@code null} when not set.
   */
  public Long maxIdleTimeMS() {
    return maxIdleTimeMS;
  }

  /**
   * How long, in ms, an operation waits for a socket from a full pool. Default: {@code 120000};
   * {@code null} when not set.
   */
  public Long waitQueueTimeoutMS() {
    return waitQueueTimeoutMS;
  }

  /**
   * How long, in ms, a socket waits for a reply. Default: {@code 0}: no timeout; {@code null} when
   * not set.
   */
  public Long socketTimeoutMS() {
    return socketTimeoutMS;
  }

  /**
   * How long, in ms, opening a socket may take. Default: {@code 30000}; {@code null} when not set.
   */
  public Long connectTimeoutMS() {
    return connectTimeoutMS;
  }

  /**
   * How long, in ms, an operation waits for a suitable server. Default: {@code 30000}; {@code null}
   * when not set.
   */
  public Long serverSelectionTimeoutMS() {
    return serverSelectionTimeoutMS;
  }

  /**
   * How often, in ms, the driver checks each server. Default: {@code 10000}; {@code null} when not
   * set.
   */
  public Long heartbeatFrequencyMS() {
    return heartbeatFrequencyMS;
  }

  /**
   * The IP family to resolve host names to: {@code 4} or {@code 6}. Default: both IPv4 and IPv6;
   * {@code null} when not set.
   */
  public Integer family() {
    return family;
  }

  /**
   * The database holding the user's credentials. Default: the URI's {@code authSource}, else the
   * database; {@code null} when not set.
   */
  public String authSource() {
    return authSource;
  }

  /**
   * The replica set name to require. Default: the URI's {@code replicaSet}; {@code null} when not
   * set.
   */
  public String replicaSet() {
    return replicaSet;
  }

  /** Which members reads go to. Default: primary; {@code null} when not set. */
  public ReadPreference readPreference() {
    return readPreference;
  }

  /**
   * A last say over the driver's settings, for anything Meerkat does not name; runs after every
   * other option. Default: none; {@code null} when not set.
   */
  public Consumer<MongoClientSettings.Builder> driverSettings() {
    return driverSettings;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ConnectionOptions o)) {
      return false;
    }
    return Objects.equals(bufferCommands, o.bufferCommands)
        && Objects.equals(bufferTimeoutMS, o.bufferTimeoutMS)
        && Objects.equals(autoIndex, o.autoIndex)
        && Objects.equals(autoCreate, o.autoCreate)
        && Objects.equals(dbName, o.dbName)
        && Objects.equals(user, o.user)
        && Objects.equals(pass, o.pass)
        && Objects.equals(debug, o.debug)
        && Objects.equals(executor, o.executor)
        && Objects.equals(maxPoolSize, o.maxPoolSize)
        && Objects.equals(minPoolSize, o.minPoolSize)
        && Objects.equals(maxConnecting, o.maxConnecting)
        && Objects.equals(maxIdleTimeMS, o.maxIdleTimeMS)
        && Objects.equals(waitQueueTimeoutMS, o.waitQueueTimeoutMS)
        && Objects.equals(socketTimeoutMS, o.socketTimeoutMS)
        && Objects.equals(connectTimeoutMS, o.connectTimeoutMS)
        && Objects.equals(serverSelectionTimeoutMS, o.serverSelectionTimeoutMS)
        && Objects.equals(heartbeatFrequencyMS, o.heartbeatFrequencyMS)
        && Objects.equals(family, o.family)
        && Objects.equals(authSource, o.authSource)
        && Objects.equals(replicaSet, o.replicaSet)
        && Objects.equals(readPreference, o.readPreference)
        && Objects.equals(driverSettings, o.driverSettings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        bufferCommands,
        bufferTimeoutMS,
        autoIndex,
        autoCreate,
        dbName,
        user,
        pass,
        debug,
        executor,
        maxPoolSize,
        minPoolSize,
        maxConnecting,
        maxIdleTimeMS,
        waitQueueTimeoutMS,
        socketTimeoutMS,
        connectTimeoutMS,
        serverSelectionTimeoutMS,
        heartbeatFrequencyMS,
        family,
        authSource,
        replicaSet,
        readPreference,
        driverSettings);
  }

  /** The options that are set; the password shows as {@code <hidden>}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ConnectionOptions{");
    append(s, "bufferCommands", bufferCommands);
    append(s, "bufferTimeoutMS", bufferTimeoutMS);
    append(s, "autoIndex", autoIndex);
    append(s, "autoCreate", autoCreate);
    append(s, "dbName", dbName);
    append(s, "user", user);
    append(s, "pass", pass == null ? null : "<hidden>");
    append(s, "debug", debug);
    append(s, "executor", executor);
    append(s, "maxPoolSize", maxPoolSize);
    append(s, "minPoolSize", minPoolSize);
    append(s, "maxConnecting", maxConnecting);
    append(s, "maxIdleTimeMS", maxIdleTimeMS);
    append(s, "waitQueueTimeoutMS", waitQueueTimeoutMS);
    append(s, "socketTimeoutMS", socketTimeoutMS);
    append(s, "connectTimeoutMS", connectTimeoutMS);
    append(s, "serverSelectionTimeoutMS", serverSelectionTimeoutMS);
    append(s, "heartbeatFrequencyMS", heartbeatFrequencyMS);
    append(s, "family", family);
    append(s, "authSource", authSource);
    append(s, "replicaSet", replicaSet);
    append(s, "readPreference", readPreference);
    append(s, "driverSettings", driverSettings);
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append('}').toString();
  }

  private static void append(StringBuilder s, String name, Object value) {
    if (value != null) {
      s.append(name).append('=').append(value).append(", ");
    }
  }

  /**
   * Builds {@link ConnectionOptions}. Not thread-safe. Each setter rejects invalid values at once.
   */
  public static final class Builder {
    private Boolean bufferCommands;
    private Long bufferTimeoutMS;
    private Boolean autoIndex;
    private Boolean autoCreate;
    private String dbName;
    private String user;
    private String pass;
    private Boolean debug;
    private Executor executor;
    private Integer maxPoolSize;
    private Integer minPoolSize;
    private Integer maxConnecting;
    private Long maxIdleTimeMS;
    private Long waitQueueTimeoutMS;
    private Long socketTimeoutMS;
    private Long connectTimeoutMS;
    private Long serverSelectionTimeoutMS;
    private Long heartbeatFrequencyMS;
    private Integer family;
    private String authSource;
    private String replicaSet;
    private ReadPreference readPreference;
    private Consumer<MongoClientSettings.Builder> driverSettings;

    private Builder() {}

    /**
     * Whether operations wait for the connection to open (Meerkat's own; never read from the URI).
     * Default: inherit: the global {@link Setting#BUFFER_COMMANDS} ({@code true}).
     */
    public Builder bufferCommands(boolean bufferCommands) {
      this.bufferCommands = bufferCommands;
      return this;
    }

    /**
     * How long, in ms, an operation may wait in the buffer before {@link BufferTimeoutException}.
     * Default: inherit: the global {@link Setting#BUFFER_TIMEOUT_MS} ({@code 10000}).
     */
    public Builder bufferTimeoutMS(long bufferTimeoutMS) {
      if (bufferTimeoutMS < 0) {
        throw new ConfigurationException(
            "bufferTimeoutMS must not be negative: " + bufferTimeoutMS);
      }
      this.bufferTimeoutMS = bufferTimeoutMS;
      return this;
    }

    /**
     * Whether models build their declared indexes when initialised. Default: inherit: the global
     * {@link Setting#AUTO_INDEX} ({@code true}).
     */
    public Builder autoIndex(boolean autoIndex) {
      this.autoIndex = autoIndex;
      return this;
    }

    /**
     * Whether models create their collection before their first operation. Default: inherit: the
     * global {@link Setting#AUTO_CREATE} ({@code true}).
     */
    public Builder autoCreate(boolean autoCreate) {
      this.autoCreate = autoCreate;
      return this;
    }

    /**
     * The database to use, overriding the URI's path. Default: the database in the URI's path, else
     * {@code test}.
     */
    public Builder dbName(String dbName) {
      Objects.requireNonNull(dbName, "dbName == null");
      this.dbName = dbName;
      return this;
    }

    /** The user name to authenticate with. Default: the URI's user info. */
    public Builder user(String user) {
      Objects.requireNonNull(user, "user == null");
      this.user = user;
      return this;
    }

    /** The password to authenticate with; never printed. Default: the URI's user info. */
    public Builder pass(String pass) {
      Objects.requireNonNull(pass, "pass == null");
      this.pass = pass;
      return this;
    }

    /**
     * Whether every operation is logged (credentials and sensitive values redacted). Default:
     * inherit: the global {@link Setting#DEBUG} ({@code false}).
     */
    public Builder debug(boolean debug) {
      this.debug = debug;
      return this;
    }

    /**
     * Where async results and events are delivered (Mongoose's {@code promiseLibrary}). Default:
     * {@link java.util.concurrent.ForkJoinPool#commonPool()}.
     */
    public Builder executor(Executor executor) {
      Objects.requireNonNull(executor, "executor == null");
      this.executor = executor;
      return this;
    }

    /** The most sockets the pool keeps open per server. Default: {@code 100}. */
    public Builder maxPoolSize(int maxPoolSize) {
      if (maxPoolSize < 0) {
        throw new ConfigurationException("maxPoolSize must not be negative: " + maxPoolSize);
      }
      this.maxPoolSize = maxPoolSize;
      return this;
    }

    /** The sockets the pool opens eagerly and keeps open per server. Default: {@code 0}. */
    public Builder minPoolSize(int minPoolSize) {
      if (minPoolSize < 0) {
        throw new ConfigurationException("minPoolSize must not be negative: " + minPoolSize);
      }
      this.minPoolSize = minPoolSize;
      return this;
    }

    /** The most sockets a pool establishes at the same time. Default: {@code 2}. */
    public Builder maxConnecting(int maxConnecting) {
      if (maxConnecting < 0) {
        throw new ConfigurationException("maxConnecting must not be negative: " + maxConnecting);
      }
      this.maxConnecting = maxConnecting;
      return this;
    }

    /**
     * How long, in ms, a socket may stay idle before the pool closes it. Default: {@code 0}: no
     * limit.
     */
    public Builder maxIdleTimeMS(long maxIdleTimeMS) {
      if (maxIdleTimeMS < 0) {
        throw new ConfigurationException("maxIdleTimeMS must not be negative: " + maxIdleTimeMS);
      }
      this.maxIdleTimeMS = maxIdleTimeMS;
      return this;
    }

    /**
     * How long, in ms, an operation waits for a socket from a full pool. Default: {@code 120000}.
     */
    public Builder waitQueueTimeoutMS(long waitQueueTimeoutMS) {
      if (waitQueueTimeoutMS < 0) {
        throw new ConfigurationException(
            "waitQueueTimeoutMS must not be negative: " + waitQueueTimeoutMS);
      }
      this.waitQueueTimeoutMS = waitQueueTimeoutMS;
      return this;
    }

    /** How long, in ms, a socket waits for a reply. Default: {@code 0}: no timeout. */
    public Builder socketTimeoutMS(long socketTimeoutMS) {
      if (socketTimeoutMS < 0) {
        throw new ConfigurationException(
            "socketTimeoutMS must not be negative: " + socketTimeoutMS);
      }
      this.socketTimeoutMS = socketTimeoutMS;
      return this;
    }

    /** How long, in ms, opening a socket may take. Default: {@code 30000}. */
    public Builder connectTimeoutMS(long connectTimeoutMS) {
      if (connectTimeoutMS < 0) {
        throw new ConfigurationException(
            "connectTimeoutMS must not be negative: " + connectTimeoutMS);
      }
      this.connectTimeoutMS = connectTimeoutMS;
      return this;
    }

    /** How long, in ms, an operation waits for a suitable server. Default: {@code 30000}. */
    public Builder serverSelectionTimeoutMS(long serverSelectionTimeoutMS) {
      if (serverSelectionTimeoutMS < 0) {
        throw new ConfigurationException(
            "serverSelectionTimeoutMS must not be negative: " + serverSelectionTimeoutMS);
      }
      this.serverSelectionTimeoutMS = serverSelectionTimeoutMS;
      return this;
    }

    /** How often, in ms, the driver checks each server. Default: {@code 10000}. */
    public Builder heartbeatFrequencyMS(long heartbeatFrequencyMS) {
      if (heartbeatFrequencyMS < 0) {
        throw new ConfigurationException(
            "heartbeatFrequencyMS must not be negative: " + heartbeatFrequencyMS);
      }
      this.heartbeatFrequencyMS = heartbeatFrequencyMS;
      return this;
    }

    /**
     * The IP family to resolve host names to: {@code 4} or {@code 6}. Default: both IPv4 and IPv6.
     */
    public Builder family(int family) {
      if (family != 4 && family != 6) {
        throw new ConfigurationException("family must be 4 (IPv4) or 6 (IPv6): " + family);
      }
      this.family = family;
      return this;
    }

    /**
     * The database holding the user's credentials. Default: the URI's {@code authSource}, else the
     * database.
     */
    public Builder authSource(String authSource) {
      Objects.requireNonNull(authSource, "authSource == null");
      this.authSource = authSource;
      return this;
    }

    /** The replica set name to require. Default: the URI's {@code replicaSet}. */
    public Builder replicaSet(String replicaSet) {
      Objects.requireNonNull(replicaSet, "replicaSet == null");
      this.replicaSet = replicaSet;
      return this;
    }

    /** Which members reads go to. Default: primary. */
    public Builder readPreference(ReadPreference readPreference) {
      Objects.requireNonNull(readPreference, "readPreference == null");
      this.readPreference = readPreference;
      return this;
    }

    /**
     * A last say over the driver's settings, for anything Meerkat does not name; runs after every
     * other option. Default: none.
     */
    public Builder driverSettings(Consumer<MongoClientSettings.Builder> driverSettings) {
      Objects.requireNonNull(driverSettings, "driverSettings == null");
      this.driverSettings = driverSettings;
      return this;
    }

    /**
     * Builds the options.
     *
     * @throws ConfigurationException when options contradict each other, e.g. {@code minPoolSize}
     *     over {@code maxPoolSize}
     */
    public ConnectionOptions build() {
      if (minPoolSize != null
          && maxPoolSize != null
          && maxPoolSize > 0
          && minPoolSize > maxPoolSize) {
        throw new ConfigurationException(
            "minPoolSize (" + minPoolSize + ") must not exceed maxPoolSize (" + maxPoolSize + ")");
      }
      if (pass != null && user == null) {
        throw new ConfigurationException("pass is set but user is not: set both, or neither");
      }
      return new ConnectionOptions(this);
    }
  }
}
