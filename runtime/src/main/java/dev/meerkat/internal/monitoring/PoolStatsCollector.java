package dev.meerkat.internal.monitoring;

import com.mongodb.ServerAddress;
import com.mongodb.connection.ServerId;
import com.mongodb.event.ConnectionCheckOutFailedEvent;
import com.mongodb.event.ConnectionCheckOutStartedEvent;
import com.mongodb.event.ConnectionCheckedInEvent;
import com.mongodb.event.ConnectionCheckedOutEvent;
import com.mongodb.event.ConnectionClosedEvent;
import com.mongodb.event.ConnectionCreatedEvent;
import com.mongodb.event.ConnectionPoolCreatedEvent;
import com.mongodb.event.ConnectionPoolListener;
import dev.meerkat.PoolStats;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the driver's pool events per server, for {@code Connection.poolStats()}: open = created -
 * closed, in use = checked out - checked in, waiting = check-outs started - (checked out + failed),
 * idle = open - in use. Thread-safe: one set of atomic counters per server.
 */
public final class PoolStatsCollector implements ConnectionPoolListener {
  // Keyed by the address object, not its text: looked up on every check-out and check-in.
  private final Map<ServerAddress, Counters> servers = new ConcurrentHashMap<>();

  private Counters of(ServerId serverId) {
    Counters c = servers.get(serverId.getAddress());
    return c != null ? c : servers.computeIfAbsent(serverId.getAddress(), a -> new Counters());
  }

  @Override
  public void connectionPoolCreated(ConnectionPoolCreatedEvent event) {
    of(event.getServerId()).maxSize.set(event.getSettings().getMaxSize());
  }

  @Override
  public void connectionCreated(ConnectionCreatedEvent event) {
    of(event.getConnectionId().getServerId()).created.incrementAndGet();
  }

  @Override
  public void connectionClosed(ConnectionClosedEvent event) {
    of(event.getConnectionId().getServerId()).closed.incrementAndGet();
  }

  @Override
  public void connectionCheckOutStarted(ConnectionCheckOutStartedEvent event) {
    of(event.getServerId()).checkOutsStarted.incrementAndGet();
  }

  @Override
  public void connectionCheckedOut(ConnectionCheckedOutEvent event) {
    Counters c = of(event.getConnectionId().getServerId());
    c.checkedOut.incrementAndGet();
    c.checkOutsEnded.incrementAndGet();
  }

  @Override
  public void connectionCheckOutFailed(ConnectionCheckOutFailedEvent event) {
    of(event.getServerId()).checkOutsEnded.incrementAndGet();
  }

  @Override
  public void connectionCheckedIn(ConnectionCheckedInEvent event) {
    of(event.getConnectionId().getServerId()).checkedIn.incrementAndGet();
  }

  public PoolStats snapshot() {
    Map<String, PoolStats.Server> result = new LinkedHashMap<>();
    servers.forEach((address, c) -> result.put(address.toString(), c.snapshot()));
    return new PoolStats(result);
  }

  private static final class Counters {
    final AtomicLong created = new AtomicLong();
    final AtomicLong closed = new AtomicLong();
    final AtomicLong checkedOut = new AtomicLong();
    final AtomicLong checkedIn = new AtomicLong();
    final AtomicLong checkOutsStarted = new AtomicLong();
    final AtomicLong checkOutsEnded = new AtomicLong();
    final AtomicInteger maxSize = new AtomicInteger();

    public PoolStats.Server snapshot() {
      long totalCreated = created.get();
      long totalClosed = closed.get();
      int open = (int) Math.max(0, totalCreated - totalClosed);
      int inUse = (int) Math.max(0, checkedOut.get() - checkedIn.get());
      int waiting = (int) Math.max(0, checkOutsStarted.get() - checkOutsEnded.get());
      return new PoolStats.Server(
          open,
          Math.min(inUse, open),
          Math.max(0, open - inUse),
          waiting,
          totalCreated,
          totalClosed,
          maxSize.get());
    }
  }
}
