package dev.meerkat.spring.boot;

import dev.meerkat.Connection;
import dev.meerkat.micrometer.MeerkatMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Binds {@link MeerkatMetrics} for the {@link Connection} bean to the application's {@link
 * MeterRegistry} when {@code meerkat-micrometer} is on the class path, before the connection starts
 * to connect (so the first events are counted). Without a registry bean, nothing is bound.
 */
@AutoConfiguration(before = MeerkatAutoConfiguration.class)
@ConditionalOnClass({MeterRegistry.class, MeerkatMetrics.class})
public class MeerkatMetricsAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public MeerkatMetricsAutoConfiguration() {}

  /** Binds the meters as the connection is created, and removes them when the context closes. */
  @Bean
  MetricsBinding meerkatMetricsBinding(ObjectProvider<MeterRegistry> registries) {
    return new MetricsBinding(registries);
  }
}
