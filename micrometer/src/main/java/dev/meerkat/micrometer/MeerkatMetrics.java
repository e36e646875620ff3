package dev.meerkat.micrometer;

import dev.meerkat.Connection;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.ConnectionEventData;
import dev.meerkat.PoolStats;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * Micrometer meters for one {@link Connection}. Usable with or without Spring (the Spring Boot
 * starter binds one for its connection when Micrometer is present):
 *
 * <pre>{@code
 * MeerkatMetrics metrics = MeerkatMetrics.bind(connection, registry, Tags.of("app", "shop"));
 * ...
 * metrics.close();   // removes the meters and stops observing
 * }</pre>
 *
 * <p>Meters, each tagged with the given tags plus {@code connection} (the connection's id):
 *
 * <ul>
 *   <li>{@value #POOL_SIZE}, {@value #POOL_CHECKED_OUT}, {@value #POOL_IDLE}, {@value
 *       #POOL_WAIT_QUEUE} (gauges) and {@value #POOL_CREATED}, {@value #POOL_CLOSED} (counters),
 *       per {@code server.address}, from {@link Connection#poolStats()}, named after Micrometer's
 *       own driver pool meters;
 *   <li>{@value #BUFFERED} (gauge): operations waiting for the connection to open; {@value
 *       #BUFFER_WAIT} (timer): how long they waited; {@value #BUFFER_TIMEOUTS} (counter):
 *       operations that gave up after {@code bufferTimeoutMS};
 *   <li>{@value #EVENTS} (counter, tag {@code event}): connection events such as {@code open},
 *       {@code disconnected};
 *   <li>{@value #OPERATIONS} (timer, tags {@code model}, {@code operation}, {@code outcome}): every
 *       operation, buffer wait included; {@code model} is {@code none} for raw collection and
 *       database operations; {@code outcome} is {@code success}, {@code buffer_timeout} or {@code
 *       error}.
 * </ul>
 *
 * <p>Tag values are model and method names, never documents, filters or URIs, so cardinality stays
 * low. Thread-safe.
 */
public final class MeerkatMetrics implements AutoCloseable {
  /** Open connections per server. */
  public static final String POOL_SIZE = "meerkat.pool.size";

  /** Checked-out connections per server. */
  public static final String POOL_CHECKED_OUT = "meerkat.pool.checkedout";

  /** Idle connections per server. */
  public static final String POOL_IDLE = "meerkat.pool.idle";

  /** Threads waiting for a connection per server. */
  public static final String POOL_WAIT_QUEUE = "meerkat.pool.waitqueuesize";

  /** Connections created per server since the pool opened. */
  public static final String POOL_CREATED = "meerkat.pool.created";

  /** Connections closed per server since the pool opened. */
  public static final String POOL_CLOSED = "meerkat.pool.closed";

  /** Operations waiting in the buffer now. */
  public static final String BUFFERED = "meerkat.buffer.operations";

  /** Time operations spent in the buffer. */
  public static final String BUFFER_WAIT = "meerkat.buffer.wait";

  /** Operations that timed out in the buffer. */
  public static final String BUFFER_TIMEOUTS = "meerkat.buffer.timeouts";

  /** Connection events. */
  public static final String EVENTS = "meerkat.connection.events";

  /** Operations, by model, operation and outcome. */
  public static final String OPERATIONS = "meerkat.operations";

  private final Connection connection;
  private final MeterRegistry registry;
  private final Tags tags;
  private final OperationMeters operations;
  private final Map<ConnectionEvent, Consumer<ConnectionEventData>> listeners =
      new EnumMap<>(ConnectionEvent.class);
  private final Set<String> servers = ConcurrentHashMap.newKeySet();
  // Guards meters against a close racing with a new server's registration.
  private final ReentrantLock lock = new ReentrantLock();
  private final List<Meter> meters = new ArrayList<>();
  private boolean closed;

  private MeerkatMetrics(Connection connection, MeterRegistry registry, Tags tags) {
    this.connection = connection;
    this.registry = registry;
    this.tags = tags;
    this.operations = new OperationMeters(registry, tags, this::remember);
  }

  /** {@link #bind(Connection, MeterRegistry, Iterable)} with no extra tags. */
  public static MeerkatMetrics bind(Connection connection, MeterRegistry registry) {
    return bind(connection, registry, Tags.empty());
  }

  /**
   * Registers the meters of {@code connection} in {@code registry}, each tagged with {@code tags}
   * and {@code connection=<id>}, and keeps them up to date until {@link #close()}.
   */
  public static MeerkatMetrics bind(
      Connection connection, MeterRegistry registry, Iterable<Tag> tags) {
    Objects.requireNonNull(connection, "connection == null");
    Objects.requireNonNull(registry, "registry == null");
    Objects.requireNonNull(tags, "tags == null");
    MeerkatMetrics metrics =
        new MeerkatMetrics(
            connection, registry, Tags.of(tags).and("connection", String.valueOf(connection.id())));
    metrics.start();
    return metrics;
  }

  private void start() {
    operations.register();
    for (ConnectionEvent event : ConnectionEvent.values()) {
      Counter counter =
          Counter.builder(EVENTS)
              .description("Connection events, as Mongoose's connection emits them")
              .tags(tags)
              .tag("event", event.name().toLowerCase(Locale.ROOT))
              .register(registry);
      remember(counter);
      Consumer<ConnectionEventData> listener =
          data -> {
            counter.increment();
            registerServers();
          };
      listeners.put(event, listener);
      connection.on(event, listener);
    }
    connection.addOperationObserver(operations);
    registerServers();
  }

  /** Adds pool meters for servers the connection reports that have none yet. */
  private void registerServers() {
    for (String address : connection.poolStats().servers().keySet()) {
      if (servers.add(address)) {
        Tags serverTags = tags.and("server.address", address);
        gauge(
            POOL_SIZE, "Open connections in the pool", serverTags, address, PoolStats.Server::open);
        gauge(
            POOL_CHECKED_OUT,
            "Connections checked out of the pool",
            serverTags,
            address,
            PoolStats.Server::inUse);
        gauge(
            POOL_IDLE,
            "Open connections not checked out",
            serverTags,
            address,
            PoolStats.Server::idle);
        gauge(
            POOL_WAIT_QUEUE,
            "Threads waiting for a connection",
            serverTags,
            address,
            PoolStats.Server::waiting);
        counter(
            POOL_CREATED,
            "Connections created since the pool opened",
            serverTags,
            address,
            PoolStats.Server::totalCreated);
        counter(
            POOL_CLOSED,
            "Connections closed since the pool opened",
            serverTags,
            address,
            PoolStats.Server::totalClosed);
      }
    }
  }

  private void gauge(
      String name,
      String description,
      Tags serverTags,
      String address,
      ToDoubleFunction<PoolStats.Server> value) {
    remember(
        Gauge.builder(name, connection, c -> server(c, address, value))
            .description(description)
            .tags(serverTags)
            .register(registry));
  }

  private void counter(
      String name,
      String description,
      Tags serverTags,
      String address,
      ToDoubleFunction<PoolStats.Server> value) {
    remember(
        FunctionCounter.builder(name, connection, c -> server(c, address, value))
            .description(description)
            .tags(serverTags)
            .register(registry));
  }

  private static double server(
      Connection connection, String address, ToDoubleFunction<PoolStats.Server> value) {
    PoolStats.Server server = connection.poolStats().servers().get(address);
    return server == null ? 0 : value.applyAsDouble(server);
  }

  private void remember(Meter meter) {
    lock.lock();
    try {
      if (closed) {
        registry.remove(meter);
      } else {
        meters.add(meter);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Stops observing the connection and removes every meter this binding registered. Idempotent. */
  @Override
  public void close() {
    connection.removeOperationObserver(operations);
    listeners.forEach(connection::off);
    List<Meter> removed;
    lock.lock();
    try {
      closed = true;
      removed = new ArrayList<>(meters);
      meters.clear();
    } finally {
      lock.unlock();
    }
    removed.forEach(registry::remove);
  }

  @Override
  public String toString() {
    return "MeerkatMetrics{connection=" + connection.id() + ", tags=" + tags + "}";
  }
}
