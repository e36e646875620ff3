package dev.meerkat.internal.connection;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * While a connection has lost its server, keeps one cheap {@code ping} waiting in the driver's
 * server selection. A waiting selection makes the driver's server monitor check at its fast rate
 * ({@code minHeartbeatFrequencyMS}, 500 ms) instead of every {@code heartbeatFrequencyMS} (10 s by
 * default), so the connection sees the server back about half a second after it answers, and the
 * buffered operations go. One per lost opening; it ends when the opening is back, closed or
 * replaced.
 */
final class ServerRecheck implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(ServerRecheck.class);
  private static final Document PING = new Document("ping", 1);

  /** Pause between failed attempts, so that a selection failing at once cannot spin. */
  private static final long PAUSE_MS = 100;

  private final ConnectionState state;
  private final int generation;

  private ServerRecheck(ConnectionState state, int generation) {
    this.state = state;
    this.generation = generation;
  }

  /** Starts re-checking for opening {@code generation}, which has just been lost. */
  static void start(ConnectionState state, int generation) {
    MeerkatThreads.blocking().execute(new ServerRecheck(state, generation));
  }

  @Override
  public void run() {
    while (state.outages.waitingForServer(generation)) {
      MongoClient client = state.outages.client(generation);
      if (client == null) {
        return;
      }
      try {
        client.getDatabase("admin").runCommand(PING);
        // The server answered: usable again, whether or not the driver had marked it unknown.
        state.outages.availability(generation, true, null, null);
      } catch (RuntimeException e) {
        LOG.debug("Re-check of the connection's server failed; trying again", e);
        if (!pause()) {
          return;
        }
      }
    }
  }

  private static boolean pause() {
    try {
      Thread.sleep(PAUSE_MS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
