package dev.meerkat.internal.connection;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.connection.ServerDescription;
import dev.meerkat.ConfigurationException;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.MeerkatException;
import dev.meerkat.internal.monitoring.DebugCommandLogger;
import dev.meerkat.internal.monitoring.PoolStatsCollector;
import dev.meerkat.internal.options.ClientSettingsFactory;
import dev.meerkat.internal.options.Compressors;
import dev.meerkat.internal.options.RawUri;
import dev.meerkat.internal.options.ResolvedSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the driver client of one opening, with Meerkat's listeners attached: the cluster listener
 * that drives the connection's events, and the pool listener behind {@code poolStats()}.
 */
final class ClientFactory {
  private static final Logger LOG = LoggerFactory.getLogger(ClientFactory.class);

  /**
   * A client and what Meerkat knows of it.
   *
   * @param settings the resolved settings, {@code null} for a client given with {@code setClient}
   * @param external whether the client came from {@code setClient} (no Meerkat listeners on it)
   * @param databaseName the database operations use
   * @param hosts every {@code host:port}
   */
  record Created(
      MongoClient client,
      ResolvedSettings settings,
      PoolStatsCollector pool,
      boolean external,
      String databaseName,
      List<String> hosts,
      String password) {}

  private ClientFactory() {}

  /**
   * @param debug whether Mongoose's {@code debug} logging is on (the connection's option, else the
   *     global setting): the logger is installed only when it is on as the connection opens, and
   *     then asked per command, so turning it off applies live and turning it on applies from the
   *     next opening
   */
  static Created create(
      String uri, ConnectionOptions options, ConnectionEventBridge bridge, BooleanSupplier debug) {
    try {
      return createChecked(uri, options, bridge, debug);
    } catch (MeerkatException e) {
      throw e;
    } catch (RuntimeException e) {
      // Anything the driver rejects before any I/O is a configuration error (an appName over 128
      // bytes, a value it refuses at client creation ...); its message may quote the URI.
      RawUri raw = RawUri.of(uri);
      throw new ConfigurationException(
          "Invalid connection options for "
              + raw.redacted()
              + ": "
              + raw.scrub(String.valueOf(e.getMessage())));
    }
  }

  private static Created createChecked(
      String uri, ConnectionOptions options, ConnectionEventBridge bridge, BooleanSupplier debug) {
    ResolvedSettings resolved = ClientSettingsFactory.resolve(uri, options);
    for (String warning : resolved.warnings()) {
      LOG.warn(warning);
    }
    PoolStatsCollector pool = new PoolStatsCollector();
    MongoClientSettings.Builder builder = resolved.settings();
    builder.applyToClusterSettings(c -> c.addClusterListener(bridge));
    builder.applyToConnectionPoolSettings(p -> p.addConnectionPoolListener(pool));
    if (debug.getAsBoolean()) {
      // Only when something reads it: with any command listener the driver builds an event, and a
      // copy of the command document, for every command.
      builder.addCommandListener(new DebugCommandLogger(debug));
    }
    resolved.applyDriverSettings();
    MongoClientSettings settings = builder.build();
    Compressors.requireLibraries(settings.getCompressorList());
    MongoClient client = MongoClients.create(settings);
    String password = resolved.effective() != null ? resolved.effective().pass() : null;
    return new Created(
        client, resolved, pool, false, resolved.databaseName(), resolved.hosts(), password);
  }

  static Created adopt(MongoClient client, ConnectionOptions options) {
    List<String> hosts = new ArrayList<>();
    for (ServerDescription server : client.getClusterDescription().getServerDescriptions()) {
      hosts.add(server.getAddress().toString());
    }
    String db = options.dbName() != null ? options.dbName() : "test";
    return new Created(
        client, null, new PoolStatsCollector(), true, db, List.copyOf(hosts), options.pass());
  }

  static void closeQuietly(MongoClient client) {
    try {
      client.close();
    } catch (RuntimeException e) {
      LOG.warn("Closing the MongoDB client failed", e);
    }
  }
}
