package dev.meerkat.micrometer;

import dev.meerkat.BufferTimeoutException;
import dev.meerkat.ObservedOperation;
import dev.meerkat.OperationObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The buffer and per-operation meters of {@link MeerkatMetrics}, fed by the connection's {@link
 * OperationObserver} callbacks. Thread-safe: counts are atomic, timers are Micrometer's.
 */
final class OperationMeters implements OperationObserver {
  static final String NO_MODEL = "none";
  private final MeterRegistry registry;
  private final Tags tags;
  private final Consumer<Meter> created;
  private final AtomicInteger buffered = new AtomicInteger();
  private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();
  private Timer bufferWait;
  private Counter bufferTimeouts;

  OperationMeters(MeterRegistry registry, Tags tags, Consumer<Meter> created) {
    this.registry = registry;
    this.tags = tags;
    this.created = created;
  }

  void register() {
    created.accept(
        Gauge.builder(MeerkatMetrics.BUFFERED, buffered, AtomicInteger::get)
            .description("Operations waiting for the connection to open")
            .tags(tags)
            .strongReference(true)
            .register(registry));
    bufferWait =
        Timer.builder(MeerkatMetrics.BUFFER_WAIT)
            .description("Time operations spent waiting for the connection to open")
            .tags(tags)
            .register(registry);
    created.accept(bufferWait);
    bufferTimeouts =
        Counter.builder(MeerkatMetrics.BUFFER_TIMEOUTS)
            .description("Operations that timed out waiting for the connection (bufferTimeoutMS)")
            .tags(tags)
            .register(registry);
    created.accept(bufferTimeouts);
  }

  @Override
  public void buffered(ObservedOperation operation) {
    buffered.incrementAndGet();
  }

  @Override
  public void leftBuffer(ObservedOperation operation, Duration waited) {
    buffered.decrementAndGet();
    bufferWait.record(waited);
  }

  @Override
  public void completed(ObservedOperation operation, Duration took, Throwable failure) {
    String outcome;
    if (failure == null) {
      outcome = "success";
    } else if (failure instanceof BufferTimeoutException) {
      outcome = "buffer_timeout";
      bufferTimeouts.increment();
    } else {
      outcome = "error";
    }
    String model = operation.model() == null ? NO_MODEL : operation.model();
    timers
        .computeIfAbsent(new TimerKey(model, operation.operation(), outcome), this::timer)
        .record(took);
  }

  private Timer timer(TimerKey key) {
    Timer timer =
        Timer.builder(MeerkatMetrics.OPERATIONS)
            .description(
                "Operations of models, raw collections and databases, buffer wait included")
            .tags(tags)
            .tag("model", key.model())
            .tag("operation", key.operation())
            .tag("outcome", key.outcome())
            .register(registry);
    created.accept(timer);
    return timer;
  }

  private record TimerKey(String model, String operation, String outcome) {}
}
