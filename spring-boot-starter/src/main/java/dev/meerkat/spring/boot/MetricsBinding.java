package dev.meerkat.spring.boot;

import dev.meerkat.Connection;
import dev.meerkat.micrometer.MeerkatMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Binds {@link MeerkatMetrics} to the {@link Connection} bean before it connects; unbinds with the
 * context.
 */
final class MetricsBinding implements MeerkatConnectionCustomizer, DisposableBean {
  private final ObjectProvider<MeterRegistry> registries;
  private volatile MeerkatMetrics metrics;

  MetricsBinding(ObjectProvider<MeterRegistry> registries) {
    this.registries = registries;
  }

  @Override
  public void customize(Connection connection) {
    MeterRegistry registry = registries.getIfAvailable();
    if (registry != null) {
      metrics = MeerkatMetrics.bind(connection, registry);
    }
  }

  @Override
  public void destroy() {
    MeerkatMetrics bound = metrics;
    if (bound != null) {
      bound.close();
    }
  }
}
