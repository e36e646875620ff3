package dev.meerkat;

import dev.meerkat.internal.tenancy.TenantPools;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Multi-tenancy with a connection (and so a pool) per tenant, the second pattern of Mongoose's
 * multi-tenancy guide. A tenant's connection is opened on first use; the number of open pools and
 * the sum of their {@code maxPoolSize} are bounded; when full, the least recently used idle tenant
 * is closed (one that no {@link #use} lease holds, that {@link #get} has not handed out within
 * {@code minIdleTime}, whose pool has no socket in use and with no operation waiting in its buffer,
 * say for its server to come back). When every open tenant is busy, {@link #use} waits up to {@code
 * leaseTimeout} for one to become idle and {@link #get} refuses at once, both with {@link
 * TenantRejectedException}. An evicted tenant's connection is destroyed: code still holding it gets
 * a {@link ConnectionClosedException} naming the eviction at its next operation.
 *
 * <p>Tenant ids are checked against MongoDB's database-name rules before any I/O (not empty, at
 * most 63 bytes, none of {@code / \ . " $ * < > : | ?}, a space or NUL), and given to the URI
 * template percent-encoded (letters, digits, {@code -}, {@code _} and {@code ~} unchanged), so the
 * driver's decoding gives back exactly the id: {@code "%61cme"} names the database {@code
 * tenant_%61cme}, never {@code tenant_acme}. The database the URI then names is checked by the same
 * rules. The server's own databases {@code admin}, {@code local} and {@code config} are refused
 * unless {@link Builder#allowReservedDatabases(boolean)} is set. Thread-safe.
 *
 * <pre>{@code
 * TenantConnections tenants = TenantConnections.builder(id -> "mongodb://db/tenant_" + id)
 *     .options(ConnectionOptions.builder().maxPoolSize(10).build())
 *     .maxTenants(200).maxTotalSockets(2000)
 *     .onOpen(conn -> UserModel.on(conn))
 *     .build();
 * UserModel users = UserModel.on(tenants.get("acme"));
 * }</pre>
 *
 * <p>For many small tenants on one pool, use {@link Connection#useDb(String, UseDbOptions)} with
 * {@link UseDbOptions#cached()} instead.
 */
public final class TenantConnections implements AutoCloseable {
  private final TenantPools pools;

  private TenantConnections(Builder b) {
    this.pools =
        new TenantPools(
            b.uriForTenant,
            b.options,
            new TenantPools.Limits(
                b.maxTenants,
                b.maxTotalSockets,
                b.minIdleTime,
                b.leaseTimeout,
                b.allowReservedDatabases),
            b.onOpen,
            b.instance);
  }

  /**
   * A builder.
   *
   * @param uriForTenant the connection string of a tenant's database, given its validated id
   *     percent-encoded for a URI path (e.g. {@code id -> "mongodb://db/tenant_" + id})
   */
  public static Builder builder(Function<String, String> uriForTenant) {
    return new Builder(uriForTenant);
  }

  /**
   * The tenant's connection, opened on first use (connecting goes on in the background; operations
   * buffer until it is open).
   *
   * @throws ConfigurationException when {@code tenantId} would make an invalid database name
   * @throws TenantRejectedException when the limits are reached and no open tenant is idle
   */
  public Connection get(String tenantId) {
    return pools.get(tenantId);
  }

  /**
   * Runs {@code work} on the tenant's connection, holding a lease so the tenant is never closed to
   * make room while {@code work} runs. Prefer this to {@link #get} under load.
   *
   * <pre>{@code List<User> all = tenants.use("acme", conn -> UserModel.on(conn).find().list());}
   * </pre>
   *
   * @throws ConfigurationException when {@code tenantId} would make an invalid database name
   * @throws TenantRejectedException when the limits are reached and no open tenant became idle
   *     within {@code leaseTimeout}
   */
  public <R> R use(String tenantId, Function<Connection, R> work) {
    return pools.use(tenantId, work);
  }

  /** The ids of the tenants with an open connection, least recently used first. */
  public List<String> openTenants() {
    return pools.openTenants();
  }

  /** The sum of {@code maxPoolSize} over the open tenants' pools. */
  public int reservedSockets() {
    return pools.reservedSockets();
  }

  /** Closes one tenant's connection, if open. */
  public CompletableFuture<Void> close(String tenantId) {
    return pools.close(tenantId);
  }

  /**
   * Closes every tenant's connection and waits for each, at most 30 s.
   *
   * @throws MeerkatException when a connection does not finish closing in time
   */
  @Override
  public void close() {
    pools.closeAllAndWait();
  }

  /**
   * Checks that {@code tenantId} can safely be part of a database name ({@code admin}, {@code
   * local} and {@code config} refused).
   *
   * @throws ConfigurationException naming the id and the rule it breaks
   */
  public static void validateTenantId(String tenantId) {
    TenantPools.validateTenantId(tenantId);
  }

  /** Builds {@link TenantConnections}. Not thread-safe. */
  public static final class Builder {
    private final Function<String, String> uriForTenant;
    private ConnectionOptions options = ConnectionOptions.defaults();
    private int maxTenants = 100;
    private int maxTotalSockets = 1000;
    private Duration minIdleTime = Duration.ofSeconds(1);
    private Consumer<Connection> onOpen = conn -> {};
    private MeerkatInstance instance;
    private Duration leaseTimeout = Duration.ofSeconds(10);
    private boolean allowReservedDatabases;

    private Builder(Function<String, String> uriForTenant) {
      this.uriForTenant = Objects.requireNonNull(uriForTenant, "uriForTenant == null");
    }

    /**
     * The options of every tenant's connection. Default: {@link ConnectionOptions#defaults()}
     * ({@code maxPoolSize} 100).
     */
    public Builder options(ConnectionOptions options) {
      this.options = Objects.requireNonNull(options, "options == null");
      return this;
    }

    /** The most tenant connections open at once. Default: 100. */
    public Builder maxTenants(int maxTenants) {
      if (maxTenants < 1) {
        throw new ConfigurationException("maxTenants must be at least 1: " + maxTenants);
      }
      this.maxTenants = maxTenants;
      return this;
    }

    /**
     * The most sockets the open tenants' pools may hold together (the sum of their {@code
     * maxPoolSize}). Default: 1000.
     */
    public Builder maxTotalSockets(int maxTotalSockets) {
      if (maxTotalSockets < 1) {
        throw new ConfigurationException("maxTotalSockets must be at least 1: " + maxTotalSockets);
      }
      this.maxTotalSockets = maxTotalSockets;
      return this;
    }

    /**
     * How long after {@link TenantConnections#get} hands a tenant out it still counts as busy, so a
     * caller has time to start its operation before the tenant can be closed to make room. Tenants
     * used through {@link TenantConnections#use} are busy for exactly as long as the work runs.
     * Default: 1 second.
     */
    public Builder minIdleTime(Duration minIdleTime) {
      Objects.requireNonNull(minIdleTime, "minIdleTime == null");
      if (minIdleTime.isNegative()) {
        throw new ConfigurationException("minIdleTime must not be negative: " + minIdleTime);
      }
      this.minIdleTime = minIdleTime;
      return this;
    }

    /**
     * Runs on each new tenant connection before it is handed out, e.g. to register models. Default:
     * nothing.
     */
    public Builder onOpen(Consumer<Connection> onOpen) {
      this.onOpen = Objects.requireNonNull(onOpen, "onOpen == null");
      return this;
    }

    /**
     * How long {@link TenantConnections#use} waits for a free slot when every open tenant is busy,
     * before {@link TenantRejectedException}. {@link Duration#ZERO} refuses at once, as {@link
     * TenantConnections#get} always does. Default: 10 seconds.
     */
    public Builder leaseTimeout(Duration leaseTimeout) {
      Objects.requireNonNull(leaseTimeout, "leaseTimeout == null");
      if (leaseTimeout.isNegative()) {
        throw new ConfigurationException("leaseTimeout must not be negative: " + leaseTimeout);
      }
      this.leaseTimeout = leaseTimeout;
      return this;
    }

    /**
     * Whether a tenant may use the server's own databases {@code admin}, {@code local} or {@code
     * config} (as its id, or as the database its URI names). Refused unless set to {@code true}, so
     * that no tenant id can reach them by accident. Default: {@code false}.
     */
    public Builder allowReservedDatabases(boolean allowReservedDatabases) {
      this.allowReservedDatabases = allowReservedDatabases;
      return this;
    }

    /** The instance that owns the tenant connections. Default: {@link Meerkat#instance()}. */
    public Builder instance(MeerkatInstance instance) {
      this.instance = Objects.requireNonNull(instance, "instance == null");
      return this;
    }

    /**
     * Builds the tenant connections.
     *
     * @throws ConfigurationException when one tenant's {@code maxPoolSize} exceeds {@code
     *     maxTotalSockets}
     */
    public TenantConnections build() {
      int perTenant = TenantPools.poolSize(options);
      if (perTenant > maxTotalSockets) {
        throw new ConfigurationException(
            "maxPoolSize ("
                + perTenant
                + ") of one tenant exceeds maxTotalSockets ("
                + maxTotalSockets
                + "): raise maxTotalSockets or lower maxPoolSize");
      }
      if (instance == null) {
        instance = Meerkat.instance();
      }
      return new TenantConnections(this);
    }
  }
}
