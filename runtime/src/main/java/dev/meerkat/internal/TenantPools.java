package dev.meerkat.internal;

import dev.meerkat.Connection;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.PoolStats;
import dev.meerkat.ReadyState;
import dev.meerkat.TenantRejectedException;
import dev.meerkat.internal.generated.ConnectionFactories;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The state behind {@code TenantConnections}: open tenant connections in least-recently-used order,
 * guarded by one lock. Opening a connection does no I/O on the caller's thread (it connects in the
 * background), so holding the lock while admitting a tenant is cheap; closing an evicted tenant runs
 * after the lock is released, and finishes before the new tenant is handed out, so the sockets open
 * at once never exceed the limit.
 *
 * <p>A tenant is idle, and so may be evicted, when no lease holds it, it was not handed out by
 * {@code get} within {@code minIdleTime}, it is not still opening, and its pool has no socket in use
 * and no waiter.
 */
public final class TenantPools {
  private static final int DRIVER_DEFAULT_POOL_SIZE = 100;
  private static final int MAX_DB_NAME_BYTES = 63;
  private static final Set<String> RESERVED = Set.of("admin", "local", "config");
  private static final String FORBIDDEN = "/\\. \"$*<>:|?\0";

  private final Function<String, String> uriForTenant;
  private final ConnectionOptions options;
  private final int maxTenants;
  private final int maxTotalSockets;
  private final int socketsPerTenant;
  private final long minIdleNanos;
  private final Consumer<Connection> onOpen;
  private final MeerkatInstance instance;

  /** Guards {@link #open}; access order makes iteration least recently used first. */
  private final ReentrantLock lock = new ReentrantLock();
  private final LinkedHashMap<String, Tenant> open = new LinkedHashMap<>(16, 0.75f, true);

  /** One open tenant: its connection, the leases on it, and when it was last handed out. */
  private static final class Tenant {
    final Connection connection;
    final AtomicInteger leases = new AtomicInteger();
    volatile long lastHandedOut = System.nanoTime();

    Tenant(Connection connection) {
      this.connection = connection;
    }
  }

  /**
   * Pools of tenant connections opened on demand from {@code uriForTenant}, at most {@code maxTenants} open and
   * {@code maxTotalSockets} reserved; a tenant not handed out for {@code minIdleTime} and idle may be closed to make room.
   */
  public TenantPools(Function<String, String> uriForTenant, ConnectionOptions options, int maxTenants,
      int maxTotalSockets, Duration minIdleTime, Consumer<Connection> onOpen, MeerkatInstance instance) {
    this.uriForTenant = uriForTenant;
    this.options = options;
    this.maxTenants = maxTenants;
    this.maxTotalSockets = maxTotalSockets;
    this.socketsPerTenant = poolSize(options);
    this.minIdleNanos = minIdleTime.toNanos();
    this.onOpen = onOpen;
    this.instance = instance;
  }

  /** The {@code maxPoolSize} one tenant's pool may reach; {@code 0} (unbounded) counts as the driver's default. */
  public static int poolSize(ConnectionOptions options) {
    Integer max = options.maxPoolSize();
    return max == null || max == 0 ? DRIVER_DEFAULT_POOL_SIZE : max;
  }

  /** Rejects ids that would make an invalid or dangerous database name. */
  public static void validateTenantId(String tenantId) {
    if (tenantId == null || tenantId.isEmpty()) {
      throw new IllegalArgumentException("tenant id must not be empty");
    }
    if (RESERVED.contains(tenantId.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("tenant id \"" + tenantId + "\" is reserved by MongoDB; choose another id");
    }
    if (tenantId.getBytes(StandardCharsets.UTF_8).length > MAX_DB_NAME_BYTES) {
      throw new IllegalArgumentException("tenant id \"" + tenantId.substring(0, 16) + "...\" is longer than "
          + MAX_DB_NAME_BYTES + " bytes, the longest database name MongoDB accepts");
    }
    for (int i = 0; i < tenantId.length(); i++) {
      char c = tenantId.charAt(i);
      if (FORBIDDEN.indexOf(c) >= 0) {
        String shown = c == '\0' ? "NUL" : "'" + c + "'";
        throw new IllegalArgumentException("tenant id \"" + tenantId.replace('\0', '?') + "\" contains " + shown
            + ", which MongoDB database names must not contain (/\\. \"$*<>:|? or NUL)");
      }
    }
  }

  /** The tenant's connection, admitting the tenant first if needed. */
  public Connection get(String tenantId) {
    return admit(tenantId, false).connection;
  }

  /** Runs {@code work} on the tenant's connection; the tenant cannot be evicted while it runs. */
  public <R> R use(String tenantId, Function<Connection, R> work) {
    Tenant tenant = admit(tenantId, true);
    try {
      return work.apply(tenant.connection);
    } finally {
      tenant.leases.decrementAndGet();
    }
  }

  private Tenant admit(String tenantId, boolean lease) {
    validateTenantId(tenantId);
    List<Connection> evicted = new ArrayList<>();
    Tenant tenant;
    lock.lock();
    try {
      tenant = open.get(tenantId);
      if (tenant == null) {
        makeRoom(tenantId, evicted);
        tenant = open(tenantId);
      }
      tenant.lastHandedOut = System.nanoTime();
      if (lease) {
        tenant.leases.incrementAndGet();
      }
    } finally {
      lock.unlock();
    }
    for (Connection e : evicted) {
      ConnectionFactories.close(e);
    }
    return tenant;
  }

  /** Evicts least recently used idle tenants until one more fits; caller holds the lock. */
  private void makeRoom(String tenantId, List<Connection> evicted) {
    Iterator<Map.Entry<String, Tenant>> lru = open.entrySet().iterator();
    long now = System.nanoTime();
    while (!fitsOneMore() && lru.hasNext()) {
      Tenant candidate = lru.next().getValue();
      if (isIdle(candidate, now)) {
        evicted.add(candidate.connection);
        lru.remove();
      }
    }
    if (!fitsOneMore()) {
      throw new TenantRejectedException("Cannot open a connection for tenant \"" + tenantId + "\": " + open.size()
          + " tenant connections are open (maxTenants " + maxTenants + ", " + reservedSocketsLocked()
          + " of maxTotalSockets " + maxTotalSockets + " reserved) and every one is busy; retry later or raise the limits");
    }
  }

  /** Opens a tenant's connection; caller holds the lock. A connection closed elsewhere leaves the map. */
  private Tenant open(String tenantId) {
    Connection conn = instance.createConnection(uriForTenant.apply(tenantId), options);
    conn.once(ConnectionEvent.CLOSE, e -> forget(tenantId, e.connection()));
    onOpen.accept(conn);
    Tenant tenant = new Tenant(conn);
    open.put(tenantId, tenant);
    return tenant;
  }

  private void forget(String tenantId, Connection conn) {
    lock.lock();
    try {
      Tenant tenant = open.get(tenantId);
      if (tenant != null && tenant.connection == conn) {
        open.remove(tenantId);
      }
    } finally {
      lock.unlock();
    }
  }

  private boolean fitsOneMore() {
    return open.size() < maxTenants && reservedSocketsLocked() + socketsPerTenant <= maxTotalSockets;
  }

  private int reservedSocketsLocked() {
    return open.size() * socketsPerTenant;
  }

  private boolean isIdle(Tenant tenant, long now) {
    if (tenant.leases.get() > 0 || now - tenant.lastHandedOut < minIdleNanos
        || tenant.connection.readyState() == ReadyState.CONNECTING) {
      return false;
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
    } finally {
      lock.unlock();
    }
    return tenant == null ? CompletableFuture.completedFuture(null) : tenant.connection.close();
  }

  /** Closes every open tenant connection; completes when all are closed. */
  /** Closes every tenant's connection and waits, at most 30 s each, as generated factories do. */
  public void closeAllAndWait() {
    List<Tenant> all = drain();
    for (Tenant tenant : all) {
      ConnectionFactories.close(tenant.connection);
    }
  }

  private List<Tenant> drain() {
    lock.lock();
    try {
      List<Tenant> all = new ArrayList<>(open.values());
      open.clear();
      return all;
    } finally {
      lock.unlock();
    }
  }
}
