package dev.meerkat.internal.options;

import static dev.meerkat.internal.options.ValueType.BOOLEAN;
import static dev.meerkat.internal.options.ValueType.INTEGER;
import static dev.meerkat.internal.options.ValueType.MILLIS;
import static dev.meerkat.internal.options.ValueType.STRING;
import static java.util.concurrent.TimeUnit.MILLISECONDS;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadPreference;
import dev.meerkat.ConfigurationException;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.ConnectionOptions.Builder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every connection option, each described once. Adding an option is one entry here plus its typed
 * accessor and builder method in {@code ConnectionOptions} (which read and write through the
 * entry); {@code equals}, {@code hashCode}, {@code toString}, options maps, the URI's query string,
 * the list of Meerkat's own options and the driver's settings all follow from this list.
 *
 * <p>The order is {@code toString}'s order and the order of {@code OptionsMapReader.names()}.
 */
public final class OptionTable {
  private static final List<Option<?>> DEFINED = new ArrayList<>();

  /** The {@code bufferCommands} option. */
  public static final Option<Boolean> BUFFER_COMMANDS =
      add(
          spec(
                  "bufferCommands",
                  BOOLEAN,
                  Builder::bufferCommands,
                  ConnectionOptions::bufferCommands)
              .meerkatOwn()
              .byDefault("the global Setting.BUFFER_COMMANDS (true)"));

  /** The {@code bufferTimeoutMS} option. */
  public static final Option<Long> BUFFER_TIMEOUT_MS =
      add(
          spec(
                  "bufferTimeoutMS",
                  MILLIS,
                  Builder::bufferTimeoutMS,
                  ConnectionOptions::bufferTimeoutMS)
              .meerkatOwn()
              .valid(v -> v >= 0, "must not be negative")
              .byDefault("the global Setting.BUFFER_TIMEOUT_MS (10000)"));

  /** The {@code autoIndex} option. */
  public static final Option<Boolean> AUTO_INDEX =
      add(
          spec("autoIndex", BOOLEAN, Builder::autoIndex, ConnectionOptions::autoIndex)
              .meerkatOwn()
              .byDefault("the global Setting.AUTO_INDEX (true)"));

  /** The {@code autoCreate} option. */
  public static final Option<Boolean> AUTO_CREATE =
      add(
          spec("autoCreate", BOOLEAN, Builder::autoCreate, ConnectionOptions::autoCreate)
              .meerkatOwn()
              .byDefault("the global Setting.AUTO_CREATE (true)"));

  /** The {@code dbName} option. */
  public static final Option<String> DB_NAME =
      add(
          spec("dbName", STRING, Builder::dbName, ConnectionOptions::dbName)
              .meerkatOwn()
              .byDefault("the database in the URI's path, else test"));

  /** The {@code user} option. */
  public static final Option<String> USER =
      add(
          spec("user", STRING, Builder::user, ConnectionOptions::user)
              .meerkatOwn()
              .byDefault("the URI's user info"));

  /** The {@code pass} option. */
  public static final Option<String> PASS =
      add(
          spec("pass", STRING, Builder::pass, ConnectionOptions::pass)
              .meerkatOwn()
              .secret()
              .byDefault("the URI's user info"));

  /** The {@code debug} option. */
  public static final Option<Boolean> DEBUG =
      add(
          spec("debug", BOOLEAN, Builder::debug, ConnectionOptions::debug)
              .meerkatOwn()
              .byDefault("the global Setting.DEBUG (false)"));

  /** The {@code executor} option. */
  public static final Option<Executor> EXECUTOR =
      add(
          spec("executor", ValueType.EXECUTOR, Builder::executor, ConnectionOptions::executor)
              .meerkatOwn()
              .byDefault("ForkJoinPool.commonPool()"));

  /** The {@code maxPoolSize} option. */
  public static final Option<Integer> MAX_POOL_SIZE =
      add(
          spec("maxPoolSize", INTEGER, Builder::maxPoolSize, ConnectionOptions::maxPoolSize)
              .valid(v -> v >= 0, "must not be negative")
              .fromUri(ConnectionString::getMaxConnectionPoolSize)
              .toDriver((s, v) -> s.applyToConnectionPoolSettings(p -> p.maxSize(v)))
              .byDefault("100"));

  /** The {@code minPoolSize} option. */
  public static final Option<Integer> MIN_POOL_SIZE =
      add(
          spec("minPoolSize", INTEGER, Builder::minPoolSize, ConnectionOptions::minPoolSize)
              .valid(v -> v >= 0, "must not be negative")
              .fromUri(ConnectionString::getMinConnectionPoolSize)
              .toDriver((s, v) -> s.applyToConnectionPoolSettings(p -> p.minSize(v)))
              .byDefault("0"));

  /** The {@code maxConnecting} option. */
  public static final Option<Integer> MAX_CONNECTING =
      add(
          spec("maxConnecting", INTEGER, Builder::maxConnecting, ConnectionOptions::maxConnecting)
              .valid(v -> v >= 1, "must be at least 1 (the driver opens that many at once)")
              .fromUri(ConnectionString::getMaxConnecting)
              .toDriver((s, v) -> s.applyToConnectionPoolSettings(p -> p.maxConnecting(v)))
              .byDefault("2"));

  /** The {@code maxIdleTimeMS} option. */
  public static final Option<Long> MAX_IDLE_TIME_MS =
      add(
          millis("maxIdleTimeMS", Builder::maxIdleTimeMS, ConnectionOptions::maxIdleTimeMS)
              .fromUri(ms(ConnectionString::getMaxConnectionIdleTime))
              .toDriver(
                  (s, v) ->
                      s.applyToConnectionPoolSettings(
                          p -> p.maxConnectionIdleTime(v, MILLISECONDS)))
              .byDefault("0: no limit"));

  /** The {@code waitQueueTimeoutMS} option. */
  public static final Option<Long> WAIT_QUEUE_TIMEOUT_MS =
      add(
          millis(
                  "waitQueueTimeoutMS",
                  Builder::waitQueueTimeoutMS,
                  ConnectionOptions::waitQueueTimeoutMS)
              .fromUri(ms(ConnectionString::getMaxWaitTime))
              .toDriver(
                  (s, v) -> s.applyToConnectionPoolSettings(p -> p.maxWaitTime(v, MILLISECONDS)))
              .byDefault("120000"));

  /** The {@code socketTimeoutMS} option. */
  public static final Option<Long> SOCKET_TIMEOUT_MS =
      add(
          millis("socketTimeoutMS", Builder::socketTimeoutMS, ConnectionOptions::socketTimeoutMS)
              .fromUri(ms(ConnectionString::getSocketTimeout))
              .toDriver((s, v) -> s.applyToSocketSettings(k -> k.readTimeout(v, MILLISECONDS)))
              .byDefault("0: no timeout"));

  /** The {@code connectTimeoutMS} option. */
  public static final Option<Long> CONNECT_TIMEOUT_MS =
      add(
          millis("connectTimeoutMS", Builder::connectTimeoutMS, ConnectionOptions::connectTimeoutMS)
              .fromUri(ms(ConnectionString::getConnectTimeout))
              .toDriver((s, v) -> s.applyToSocketSettings(k -> k.connectTimeout(v, MILLISECONDS)))
              .byDefault("30000"));

  /** The {@code serverSelectionTimeoutMS} option. */
  public static final Option<Long> SERVER_SELECTION_TIMEOUT_MS =
      add(
          millis(
                  "serverSelectionTimeoutMS",
                  Builder::serverSelectionTimeoutMS,
                  ConnectionOptions::serverSelectionTimeoutMS)
              .fromUri(ms(ConnectionString::getServerSelectionTimeout))
              .toDriver(
                  (s, v) ->
                      s.applyToClusterSettings(c -> c.serverSelectionTimeout(v, MILLISECONDS)))
              .byDefault("30000"));

  /** The {@code heartbeatFrequencyMS} option. */
  public static final Option<Long> HEARTBEAT_FREQUENCY_MS =
      add(
          millis(
                  "heartbeatFrequencyMS",
                  Builder::heartbeatFrequencyMS,
                  ConnectionOptions::heartbeatFrequencyMS)
              .valid(v -> v >= 1, "must be at least 1 (milliseconds between server checks)")
              .fromUri(ms(ConnectionString::getHeartbeatFrequency))
              .toDriver(
                  (s, v) -> s.applyToServerSettings(k -> k.heartbeatFrequency(v, MILLISECONDS)))
              .byDefault("10000"));

  /** The {@code family} option. */
  public static final Option<Integer> FAMILY =
      add(
          spec("family", INTEGER, Builder::family, ConnectionOptions::family)
              .meerkatOwn()
              .valid(v -> v == 4 || v == 6, "must be 4 (IPv4) or 6 (IPv6)")
              .toDriver((s, v) -> s.inetAddressResolver(new FamilyAddressResolver(v)))
              .byDefault("both IPv4 and IPv6"));

  /**
   * The {@code authSource} option. The URI's {@code authSource} reaches the credential through
   * {@link UriCredentials}, not through {@code fromUri}.
   */
  public static final Option<String> AUTH_SOURCE =
      add(
          spec("authSource", STRING, Builder::authSource, ConnectionOptions::authSource)
              .byDefault("the URI's authSource, else the database"));

  /** The {@code replicaSet} option. */
  public static final Option<String> REPLICA_SET =
      add(
          spec("replicaSet", STRING, Builder::replicaSet, ConnectionOptions::replicaSet)
              .fromUri(ConnectionString::getRequiredReplicaSetName)
              .toDriver((s, v) -> s.applyToClusterSettings(c -> c.requiredReplicaSetName(v)))
              .byDefault("the URI's replicaSet"));

  /** The {@code readPreference} option. */
  public static final Option<ReadPreference> READ_PREFERENCE =
      add(
          spec(
                  "readPreference",
                  ValueType.READ_PREFERENCE,
                  Builder::readPreference,
                  ConnectionOptions::readPreference)
              .fromUri(ConnectionString::getReadPreference)
              .toDriver(MongoClientSettings.Builder::readPreference)
              .byDefault("primary"));

  /**
   * The {@code driverSettings} option. It runs last of all, after the connection's listeners are
   * added, through {@link ResolvedSettings#applyDriverSettings()}.
   */
  public static final Option<Consumer<MongoClientSettings.Builder>> DRIVER_SETTINGS =
      add(
          spec(
                  "driverSettings",
                  ValueType.DRIVER_SETTINGS,
                  Builder::driverSettings,
                  ConnectionOptions::driverSettings)
              .meerkatOwn()
              .byDefault("none"));

  private static final List<Option<?>> ALL = List.copyOf(DEFINED);

  private OptionTable() {}

  /** Every option, in the table's order. */
  public static List<Option<?>> all() {
    return ALL;
  }

  /** The option called {@code name} (exact spelling), or {@code null}. */
  static Option<?> named(String name) {
    for (Option<?> option : ALL) {
      if (option.name().equals(name)) {
        return option;
      }
    }
    return null;
  }

  /**
   * Rules between options, checked when options are built.
   *
   * @throws ConfigurationException naming both options and what to change
   */
  public static void checkCombination(ConnectionOptions o) {
    Integer min = o.minPoolSize();
    Integer max = o.maxPoolSize();
    // maxPoolSize 0 means "no limit" to the driver, so any minPoolSize fits under it.
    if (min != null && max != null && max > 0 && min > max) {
      throw new ConfigurationException(
          "minPoolSize (" + min + ") must not exceed maxPoolSize (" + max + ")");
    }
    if (o.pass() != null && o.user() == null) {
      throw new ConfigurationException("pass is set but user is not: set both, or neither");
    }
  }

  private static <T> Option.Spec<T> spec(
      String name,
      ValueType<T> type,
      BiFunction<Builder, T, Builder> builderMethod,
      Function<ConnectionOptions, T> accessor) {
    return new Option.Spec<>(name, type, builderMethod, accessor);
  }

  /** A driver timeout in milliseconds, never negative. */
  private static Option.Spec<Long> millis(
      String name,
      BiFunction<Builder, Long, Builder> builderMethod,
      Function<ConnectionOptions, Long> get) {
    return spec(name, MILLIS, builderMethod, get).valid(v -> v >= 0, "must not be negative");
  }

  /** The driver reads these durations from the URI as {@code Integer} milliseconds. */
  private static Function<ConnectionString, Long> ms(Function<ConnectionString, Integer> getter) {
    return uri -> {
      Integer value = getter.apply(uri);
      return value == null ? null : value.longValue();
    };
  }

  private static <T> Option<T> add(Option.Spec<T> spec) {
    if (DEFINED.stream().anyMatch(o -> o.name().equals(spec.name()))) {
      throw new IllegalStateException("Option " + spec.name() + " is defined twice");
    }
    Option<T> option = new Option<>(DEFINED.size(), spec);
    DEFINED.add(option);
    return option;
  }
}
