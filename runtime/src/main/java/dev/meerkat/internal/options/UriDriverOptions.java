package dev.meerkat.internal.options;

import com.mongodb.ConnectionString;
import dev.meerkat.ConnectionOptions;

/**
 * The driver options a parsed URI sets, read back as {@link ConnectionOptions} (unset ones stay
 * unset).
 */
final class UriDriverOptions {
  private UriDriverOptions() {}

  static ConnectionOptions read(ConnectionString uri) {
    ConnectionOptions.Builder b = ConnectionOptions.builder();
    if (uri.getMaxConnectionPoolSize() != null) {
      b.maxPoolSize(uri.getMaxConnectionPoolSize());
    }
    if (uri.getMinConnectionPoolSize() != null) {
      b.minPoolSize(uri.getMinConnectionPoolSize());
    }
    if (uri.getMaxConnecting() != null) {
      b.maxConnecting(uri.getMaxConnecting());
    }
    if (uri.getMaxConnectionIdleTime() != null) {
      b.maxIdleTimeMS(uri.getMaxConnectionIdleTime());
    }
    if (uri.getMaxWaitTime() != null) {
      b.waitQueueTimeoutMS(uri.getMaxWaitTime());
    }
    if (uri.getSocketTimeout() != null) {
      b.socketTimeoutMS(uri.getSocketTimeout());
    }
    if (uri.getConnectTimeout() != null) {
      b.connectTimeoutMS(uri.getConnectTimeout());
    }
    if (uri.getServerSelectionTimeout() != null) {
      b.serverSelectionTimeoutMS(uri.getServerSelectionTimeout());
    }
    if (uri.getHeartbeatFrequency() != null) {
      b.heartbeatFrequencyMS(uri.getHeartbeatFrequency());
    }
    if (uri.getRequiredReplicaSetName() != null) {
      b.replicaSet(uri.getRequiredReplicaSetName());
    }
    if (uri.getReadPreference() != null) {
      b.readPreference(uri.getReadPreference());
    }
    return b.build();
  }
}
