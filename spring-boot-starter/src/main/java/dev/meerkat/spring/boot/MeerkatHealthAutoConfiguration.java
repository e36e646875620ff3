package dev.meerkat.spring.boot;

import dev.meerkat.Connection;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code meerkat} health indicator for the {@link Connection} bean, when Spring Boot's health
 * support is present.
 */
@AutoConfiguration(after = MeerkatAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(Connection.class)
public class MeerkatHealthAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public MeerkatHealthAutoConfiguration() {}

  /** Reports the connection's state and a ping as the {@code meerkat} health component. */
  @Bean
  @ConditionalOnMissingBean(name = "meerkatHealthIndicator")
  public MeerkatHealthIndicator meerkatHealthIndicator(
      Connection connection, MeerkatProperties properties) {
    return new MeerkatHealthIndicator(connection, properties.getHealth().getPingTimeout());
  }
}
