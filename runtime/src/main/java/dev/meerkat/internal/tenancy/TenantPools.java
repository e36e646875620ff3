package dev.meerkat.internal.tenancy;

import com.mongodb.ConnectionString;
import dev.meerkat.Connection;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.MeerkatException;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.PoolStats;
import dev.meerkat.ReadyState;
import dev.meerkat.TenantRejectedException;
import dev.meerkat.internal.connection.DefaultConnection;
import dev.meerkat.internal.generated.ConnectionFactories;
import dev.meerkat.internal.options.DatabaseNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The state behind {@code TenantConnections}: open tenant connections in least-recently-used order,
 * guarded by one lock. Opening a connection does no I/O on the caller's thread (it connects in the
 * background), so holding the lock while admitting a tenant is cheap; closing an evicted tenant
 * runs after the lock is released, and finishes before the new tenant is handed out, so the sockets
 * open at once never exceed the limit.
 *
 * <p>A tenant is idle, and so may be evicted, when no lease holds it, it was not handed out by
 * {@code get} within {@code minIdleTime} (a lease's end does not count: leased work is over when
 * the lease ends), it is not still opening, and its pool has no socket in use and no waiter. An
 * evicted connection is destroyed with a reason, so code still holding it fails at once saying so.
 *
 * <p>A lease that finds every open tenant busy waits, at most {@code leaseTimeout}, on {@link
 * #changed}: signalled when a lease ends or a tenant leaves; as cooling down and pools draining
 * signal nothing, the wait also re-checks every {@link #RECHECK_MS} ms.
 */
public final class TenantPools {
  private static final int DRIVER_DEFAULT_POOL_SIZE = 100;
  private static final long RECHECK_MS = 20;
  private static final long CLOSE_TIMEOUT_MS = 30_000;
  private static final String OPT_IN =
      "set TenantConnections.builder(...).allowReservedDatabases(true)";

  /** What {@code TenantConnections.Builder} collected. */
  public record Limits(
      int maxTenants,
      int maxTotalSockets,
      Duration minIdleTime,
      Duration leaseTimeout,
      boolean allowReservedDatabases) {}

  private final Function<String, String> uriForTenant;
  private final ConnectionOptions options;
  private final Limits limits;
  private final int socketsPerTenant;
  private final long minIdleNanos;
  private final Consumer<Connection> onOpen;
  private final MeerkatInstance instance;

  /**
   * Guards {@link #open} and every {@link Tenant}'s fields; access order makes iteration least
   * recently used first.
   */
  private final ReentrantLock lock = new ReentrantLock();

  private final Condition changed = lock.newCondition();
  private final LinkedHashMap<String, Tenant> open = new LinkedHashMap<>(16, 0.75f, true);

  /** A tenant closed to make room, and its connection. */
  private record Evicted(String tenantId, Connection connection) {}

  /** One open tenant: its connection, the leases on it, and when {@code get} last handed it out. */
  private static final class Tenant {
    final Connection connection;
    int leases;
    long lastHandedOut;

    Tenant(Connection connection, long lastHandedOut) {
      this.connection = connection;
      this.lastHandedOut = lastHandedOut;
    }
  }

  /**
   * Pools of tenant connections opened on demand from {@code uriForTenant} (given the
   * percent-encoded id), within {@code limits}.
   */
  public TenantPools(
      Function<String, String> uriForTenant,
      ConnectionOptions options,
      Limits limits,
      Consumer<Connection> onOpen,
      MeerkatInstance instance) {
    this.uriForTenant = uriForTenant;
    this.options = options;
    this.limits = limits;
    this.socketsPerTenant = poolSize(options);
    this.minIdleNanos = limits.minIdleTime().toNanos();
    this.onOpen = onOpen;
    this.instance = instance;
  }

  /**
   * The {@code maxPoolSize} one tenant's pool may reach; {@code 0} (unbounded) counts as the
   * driver's default.
   */
  public static int poolSize(ConnectionOptions options) {
    Integer max = options.maxPoolSize();
    return max == null || max == 0 ? DRIVER_DEFAULT_POOL_SIZE : max;
  }

  /** Rejects ids that would make an invalid or dangerous database name, reserved names included. */
  public static void validateTenantId(String tenantId) {
    DatabaseNames.check(tenantId, "tenant id", false, OPT_IN);
  }

  /**
   * The tenant's URI: the template given the percent-encoded id, so the driver's decoding gives
   * back exactly the id; the database that URI names (when it names one) is checked as well.
   */
  private String uriFor(String tenantId) {
    String uri = uriForTenant.apply(DatabaseNames.encodeForUriPath(tenantId));
    String database = options.dbName() != null ? options.dbName() : databaseOf(uri);
    if (database != null) {
      DatabaseNames.check(
          database,
          "database name of tenant \"" + tenantId + "\"",
          limits.allowReservedDatabases(),
          OPT_IN);
    }
    return uri;
  }

  /**
   * The database in the URI's path; {@code null} when none or when the URI is malformed (openUri
   * reports that).
   */
  private static String databaseOf(String uri) {
    try {
      return new ConnectionString(uri).getDatabase();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The tenant's connection, admitting the tenant first if needed; refuses at once when full. */
  public Connection get(String tenantId) {
    return admit(tenantId, false).connection;
  }

  /** Runs {@code work} on the tenant's connection; the tenant cannot be evicted while it runs. */
  public <R> R use(String tenantId, Function<Connection, R> work) {
    Tenant tenant = admit(tenantId, true);
    try {
      return work.apply(tenant.connection);
    } finally {
      lock.lock();
      try {
        tenant.leases--;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  private Tenant admit(String tenantId, boolean lease) {
    DatabaseNames.check(tenantId, "tenant id", limits.allowReservedDatabases(), OPT_IN);
    long start = System.nanoTime();
    long deadline = start + (lease ? limits.leaseTimeout().toNanos() : 0);
    List<Evicted> evicted = new ArrayList<>();
    Tenant tenant;
    lock.lock();
    try {
      while (true) {
        tenant = open.get(tenantId);
        if (tenant != null) {
          break;
        }
        if (makeRoom(evicted)) {
          tenant = open(tenantId, lease);
          break;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw rejected(tenantId, lease ? System.nanoTime() - start : -1);
        }
        changed.await(
            Math.min(left, TimeUnit.MILLISECONDS.toNanos(RECHECK_MS)), TimeUnit.NANOSECONDS);
      }
      if (lease) {
        tenant.leases++;
      } else {
        tenant.lastHandedOut = System.nanoTime();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TenantRejectedException(
          "Interrupted while waiting for a free slot for tenant \"" + tenantId + "\"");
    } finally {
      lock.unlock();
      for (Evicted e : evicted) {
        retire(e);
      }
    }
    return tenant;
  }

  private TenantRejectedException rejected(String tenantId, long waitedNanos) {
    String waited =
        waitedNanos < 0
            ? ""
            : " (waited "
                + TimeUnit.NANOSECONDS.toMillis(waitedNanos)
                + "ms, leaseTimeout "
                + limits.leaseTimeout().toMillis()
                + "ms)";
    return new TenantRejectedException(
        "Cannot open a connection for tenant \""
            + tenantId
            + "\": "
            + open.size()
            + " tenant connections are open (maxTenants "
            + limits.maxTenants()
            + ", "
            + reservedSocketsLocked()
            + " of maxTotalSockets "
            + limits.maxTotalSockets()
            + " reserved) and every one is busy"
            + waited
            + "; retry later or raise the limits");
  }

  /**
   * Evicts least recently used idle tenants until one more fits; whether it fits. Caller holds the
   * lock.
   */
  private boolean makeRoom(List<Evicted> evicted) {
    Iterator<Map.Entry<String, Tenant>> lru = open.entrySet().iterator();
    long now = System.nanoTime();
    while (!fitsOneMore() && lru.hasNext()) {
      Map.Entry<String, Tenant> candidate = lru.next();
      if (isIdle(candidate.getValue(), now)) {
        evicted.add(new Evicted(candidate.getKey(), candidate.getValue().connection));
        lru.remove();
      }
    }
    return fitsOneMore();
  }

  /**
   * Opens a tenant's connection; caller holds the lock. A connection closed elsewhere leaves the
   * map.
   */
  private Tenant open(String tenantId, boolean lease) {
    Connection conn = instance.createConnection(uriFor(tenantId), options);
    conn.once(ConnectionEvent.CLOSE, e -> forget(tenantId, e.connection()));
    onOpen.accept(conn);
    // A tenant opened for a lease was never handed out by get(), so it does not cool down
    // afterwards.
    Tenant tenant = new Tenant(conn, lease ? System.nanoTime() - minIdleNanos : System.nanoTime());
    open.put(tenantId, tenant);
    return tenant;
  }

  /**
   * Destroys an evicted tenant's connection (so whoever still holds it fails at once, saying why)
   * and waits for its sockets to close.
   */
  private void retire(Evicted evicted) {
    String id = evicted.tenantId();
    CompletableFuture<Void> closed;
    if (evicted.connection() instanceof DefaultConnection connection) {
      closed =
          connection.retire(
              "was evicted from TenantConnections (tenant \""
                  + id
                  + "\") to make room for"
                  + " another tenant; get the tenant's current connection with tenants.get(\""
                  + id
                  + "\") or"
                  + " tenants.use(\""
                  + id
                  + "\", ...) for each unit of work instead of keeping it");
    } else {
      closed = evicted.connection().close();
    }
    try {
      closed.get(CLOSE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MeerkatException(
          "Interrupted while closing the evicted " + evicted.connection(), e);
    } catch (ExecutionException | TimeoutException e) {
      throw new MeerkatException(
          "Closing the evicted "
              + evicted.connection()
              + " failed or took over "
              + CLOSE_TIMEOUT_MS
              + "ms",
          e);
    }
  }

  private void forget(String tenantId, Connection conn) {
    lock.lock();
    try {
      Tenant tenant = open.get(tenantId);
      if (tenant != null && tenant.connection == conn) {
        open.remove(tenantId);
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  private boolean fitsOneMore() {
    return open.size() < limits.maxTenants()
        && reservedSocketsLocked() + socketsPerTenant <= limits.maxTotalSockets();
  }

  private int reservedSocketsLocked() {
    return open.size() * socketsPerTenant;
  }

  private boolean isIdle(Tenant tenant, long now) {
    if (tenant.leases > 0
        || now - tenant.lastHandedOut < minIdleNanos
        || tenant.connection.readyState() == ReadyState.CONNECTING) {
      return false;
    }
    if (tenant.connection instanceof DefaultConnection connection
        && connection.pendingOperations() > 0) {
      return false; // operations wait in its buffer (say, for its server to come back)
    }
    PoolStats stats = tenant.connection.poolStats();
    return stats.inUse() == 0 && stats.waiting() == 0;
  }

  /** The ids of the tenants whose connections are open now. */
  public List<String> openTenants() {
    lock.lock();
    try {
      return List.copyOf(open.keySet());
    } finally {
      lock.unlock();
    }
  }

  /** The sockets the open tenants' pools may use together (the sum of their maxPoolSize). */
  public int reservedSockets() {
    lock.lock();
    try {
      return reservedSocketsLocked();
    } finally {
      lock.unlock();
    }
  }

  /** Closes the tenant's connection if it is open; completes when it is closed. */
  public CompletableFuture<Void> close(String tenantId) {
    Tenant tenant;
    lock.lock();
    try {
      tenant = open.remove(tenantId);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    return tenant == null ? CompletableFuture.completedFuture(null) : tenant.connection.close();
  }

  /** Closes every tenant's connection and waits, at most 30 s each, as generated factories do. */
  public void closeAllAndWait() {
    List<Tenant> all;
    lock.lock();
    try {
      all = new ArrayList<>(open.values());
      open.clear();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    for (Tenant tenant : all) {
      ConnectionFactories.close(tenant.connection);
    }
  }
}
