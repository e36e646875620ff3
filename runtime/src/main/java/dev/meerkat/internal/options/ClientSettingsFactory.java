package dev.meerkat.internal.options;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import com.mongodb.connection.ClusterConnectionMode;
import dev.meerkat.ConfigurationException;
import dev.meerkat.ConnectionOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.bson.UuidRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a URI plus {@link ConnectionOptions} into the driver's settings and what a connection
 * reports, with Mongoose's rules: options in the object win over the URI's query string; Meerkat's
 * own options are never read from the URI; removed Mongoose options are accepted with a warning.
 */
public final class ClientSettingsFactory {
  private static final Logger LOG = LoggerFactory.getLogger(ClientSettingsFactory.class);
  private static final int DEFAULT_PORT = 27017;

  private ClientSettingsFactory() {}

  /**
   * Resolves {@code uri} and {@code options}.
   *
   * @throws ConfigurationException for a malformed URI or an invalid or contradictory option; the
   *     message names the option and never contains the password
   */
  public static ResolvedSettings resolve(String uri, ConnectionOptions options) {
    Objects.requireNonNull(uri, "uri == null");
    Objects.requireNonNull(options, "options == null");
    RawUri raw = RawUri.of(uri);
    List<String> warnings = new ArrayList<>();
    UriQuery query = UriQuery.screen(raw, warnings);
    ConnectionString parsed = parse(raw, query.driverUri());
    warnAboutUuidRepresentation(parsed, warnings);

    MongoCredential credential = UriCredentials.resolve(parsed, query.authSource(), options);
    if (credential == null && options.authSource() != null) {
      warnings.add("authSource (" + options.authSource() + ") has no effect without user and pass");
    }
    ConnectionOptions effective = merge(raw, parsed, options, credential, query.authSource());
    MongoClientSettings.Builder settings =
        MongoClientSettings.builder().applyConnectionString(parsed);
    apply(
        settings,
        effective,
        credential,
        options.replicaSet() != null
            && parsed.isDirectConnection() == null
            && !parsed.isSrvProtocol()
            && !Boolean.TRUE.equals(parsed.isLoadBalanced()));
    check(raw, settings);

    for (String warning : warnings) {
      LOG.warn("{}", warning);
    }
    String database = UriCredentials.firstSet(options.dbName(), parsed.getDatabase(), "test");
    return new ResolvedSettings(
        settings, database, hosts(raw, parsed), raw.redacted(), effective, warnings);
  }

  private static ConnectionString parse(RawUri raw, String driverUri) {
    try {
      return new ConnectionString(driverUri);
    } catch (RuntimeException e) {
      String reason = raw.scrub(e.getMessage());
      String message =
          "Invalid MongoDB URI "
              + raw.redacted()
              + ": "
              + reason
              + " (expected mongodb://[user:pass@]host[:port][,host...][/database][?option=value...] or mongodb+srv://...)";
      // The driver's message may quote the URI; attach the cause only when it is free of secrets.
      throw Objects.equals(reason, e.getMessage())
          ? new ConfigurationException(message, e)
          : new ConfigurationException(message);
    }
  }

  private static ConnectionOptions merge(
      RawUri raw,
      ConnectionString parsed,
      ConnectionOptions options,
      MongoCredential credential,
      String explicitAuthSource) {
    ConnectionOptions.Builder b;
    try {
      b = ConnectionOptions.builder(UriDriverOptions.read(parsed).withOverrides(options));
    } catch (ConfigurationException e) {
      throw new ConfigurationException(
          raw.scrub(e.getMessage())
              + " (options merged from the URI "
              + raw.redacted()
              + " and ConnectionOptions)");
    }
    if (credential != null) {
      b.user(credential.getUserName()).authSource(credential.getSource());
      if (credential.getPassword() != null) {
        b.pass(new String(credential.getPassword()));
      }
    } else if (explicitAuthSource != null && options.authSource() == null) {
      b.authSource(explicitAuthSource);
    }
    ConnectionOptions merged = b.build();
    if (merged.heartbeatFrequencyMS() != null && merged.heartbeatFrequencyMS() == 0) {
      throw new ConfigurationException(
          "heartbeatFrequencyMS must be positive: 0 (the driver checks each server this often)");
    }
    return SecondaryReads.enforce(merged, options);
  }

  /**
   * How often the pool tops up to minPoolSize and closes idle sockets (the Node driver's default).
   */
  private static final long MAINTENANCE_FREQUENCY_MS = 100;

  private static void apply(
      MongoClientSettings.Builder settings,
      ConnectionOptions e,
      MongoCredential credential,
      boolean discoverReplicaSet) {
    settings.uuidRepresentation(UuidRepresentation.STANDARD);
    if (credential != null) {
      settings.credential(credential);
    }
    for (Option<?> option : OptionTable.all()) {
      applyOne(settings, option, e);
    }
    // The driver fills minPoolSize and prunes idle sockets from a maintenance task that runs once a
    // minute, and its first run can come before the pool is ready; Mongoose's driver checks every
    // 100 ms. Check every 100 ms whenever either option is in use, so minPoolSize sockets really
    // open eagerly and maxIdleTimeMS is kept to within a fraction of a second.
    if ((e.minPoolSize() != null && e.minPoolSize() > 0)
        || (e.maxIdleTimeMS() != null && e.maxIdleTimeMS() > 0)) {
      settings.applyToConnectionPoolSettings(
          pool -> pool.maintenanceFrequency(MAINTENANCE_FREQUENCY_MS, TimeUnit.MILLISECONDS));
    }
    if (e.replicaSet() != null && discoverReplicaSet) {
      // As in Mongoose: naming a replica set means discovering it, even from one seed host.
      settings.applyToClusterSettings(cluster -> cluster.mode(ClusterConnectionMode.MULTIPLE));
    }
  }

  private static <T> void applyOne(
      MongoClientSettings.Builder settings, Option<T> option, ConnectionOptions options) {
    T value = option.get(options);
    if (value != null) {
      option.applyTo(settings, value);
    }
  }

  /**
   * Lets the driver check the combination now, so a bad value fails here and not at connect time.
   */
  private static void check(RawUri raw, MongoClientSettings.Builder settings) {
    try {
      settings.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ConfigurationException(
          "Invalid connection options for " + raw.redacted() + ": " + raw.scrub(e.getMessage()));
    }
  }

  private static void warnAboutUuidRepresentation(ConnectionString parsed, List<String> warnings) {
    UuidRepresentation asked = parsed.getUuidRepresentation();
    if (asked != null && asked != UuidRepresentation.STANDARD) {
      warnings.add(
          "uuidRepresentation="
              + asked
              + " in the URI is ignored: Meerkat always uses STANDARD "
              + "(generated codecs store UUIDs as BSON binary subtype 4)");
    }
  }

  private static List<String> hosts(RawUri raw, ConnectionString parsed) {
    List<String> hosts = new ArrayList<>();
    for (String host : raw.hosts()) {
      hosts.add(parsed.isSrvProtocol() || hasPort(host) ? host : host + ":" + DEFAULT_PORT);
    }
    return hosts;
  }

  private static boolean hasPort(String host) {
    return host.startsWith("[") ? host.contains("]:") : host.contains(":");
  }
}
