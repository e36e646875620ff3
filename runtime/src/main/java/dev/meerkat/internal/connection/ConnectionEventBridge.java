package dev.meerkat.internal.connection;

import com.mongodb.connection.ClusterConnectionMode;
import com.mongodb.connection.ClusterDescription;
import com.mongodb.connection.ClusterType;
import com.mongodb.connection.ServerDescription;
import com.mongodb.event.ClusterDescriptionChangedEvent;
import com.mongodb.event.ClusterListener;

/**
 * Turns the driver's cluster events into Meerkat's availability: a standalone is available while it
 * is known (not Unknown), a replica set while it has a primary, a sharded cluster while a mongos
 * answers. Bound to one opening ({@code generation}) so a closed client's last events are ignored.
 *
 * <p>Called on the driver's threads, and synchronously with the driver marking a server Unknown
 * after a network error: by the time that error reaches the caller, the connection already buffers.
 */
final class ConnectionEventBridge implements ClusterListener {
  private final ConnectionState state;
  private final int generation;

  ConnectionEventBridge(ConnectionState state, int generation) {
    this.state = state;
    this.generation = generation;
  }

  @Override
  public void clusterDescriptionChanged(ClusterDescriptionChangedEvent event) {
    ClusterDescription description = event.getNewDescription();
    boolean available = available(description);
    if (available == available(event.getPreviousDescription())) {
      return;
    }
    ServerDescription failing = firstFailing(description);
    state.outages.availability(
        generation,
        available,
        failing == null ? null : failing.getException(),
        failing == null ? firstAddress(description) : failing.getAddress().toString());
  }

  /** Whether operations can run: a writable server (a primary, a standalone, a mongos) is known. */
  static boolean available(ClusterDescription description) {
    if (description.getConnectionMode() == ClusterConnectionMode.LOAD_BALANCED
        || description.getType() == ClusterType.LOAD_BALANCED) {
      return true;
    }
    return description.hasWritableServer();
  }

  private static ServerDescription firstFailing(ClusterDescription description) {
    for (ServerDescription server : description.getServerDescriptions()) {
      if (server.getException() != null) {
        return server;
      }
    }
    return null;
  }

  private static String firstAddress(ClusterDescription description) {
    for (ServerDescription server : description.getServerDescriptions()) {
      return server.getAddress().toString();
    }
    return null;
  }
}
