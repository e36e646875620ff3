package dev.meerkat;

import java.util.Map;

/**
 * A snapshot of a connection's pools, one entry per server, counted from the driver's pool events.
 * Immutable.
 *
 * @param servers per {@code host:port}
 */
public record PoolStats(Map<String, Server> servers) {

  /** Copies the map. */
  public PoolStats {
    servers = Map.copyOf(servers);
  }

  /** Open connections over every server. */
  public int open() {
    return servers.values().stream().mapToInt(Server::open).sum();
  }

  /** Checked-out connections over every server. */
  public int inUse() {
    return servers.values().stream().mapToInt(Server::inUse).sum();
  }

  /** Idle connections over every server. */
  public int idle() {
    return servers.values().stream().mapToInt(Server::idle).sum();
  }

  /** Threads waiting for a connection over every server. */
  public int waiting() {
    return servers.values().stream().mapToInt(Server::waiting).sum();
  }

  /**
   * One server's pool.
   *
   * @param open connections open now
   * @param inUse connections checked out now
   * @param idle connections open and not checked out
   * @param waiting threads waiting to check one out
   * @param totalCreated connections created since the pool opened
   * @param totalClosed connections closed since the pool opened
   * @param maxSize the pool's {@code maxPoolSize}
   */
  public record Server(
      int open,
      int inUse,
      int idle,
      int waiting,
      long totalCreated,
      long totalClosed,
      int maxSize) {}
}
