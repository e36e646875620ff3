package dev.meerkat.spring.boot;

import dev.meerkat.Connection;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Meerkat's auto-configuration:
 *
 * <ul>
 *   <li>a {@link Connection} bean from {@code meerkat.uri} and {@code meerkat.options.*} (see
 *       {@link MeerkatProperties}), created at start-up without waiting for the server and closed
 *       with the context; {@link MeerkatConnectionCustomizer} beans see it before it connects;
 *       declare your own {@code Connection} bean to replace it;
 *   <li>one bean per {@code @ConnectionConfig} interface of the application, found through the
 *       registrations the annotation processor writes (never by scanning or reflecting over
 *       classes);
 *   <li>the {@link MeerkatInstance} they use: {@link Meerkat#instance()} unless you declare one.
 * </ul>
 *
 * The health indicator and the meters have their own auto-configurations, active when Spring Boot's
 * health support and Micrometer are on the class path.
 */
@AutoConfiguration
@ConditionalOnClass(Connection.class)
@EnableConfigurationProperties(MeerkatProperties.class)
public class MeerkatAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public MeerkatAutoConfiguration() {}

  /** The default instance, unless the application declares a {@link MeerkatInstance} bean. */
  @Bean
  @ConditionalOnMissingBean
  public MeerkatInstance meerkatInstance() {
    return Meerkat.instance();
  }

  /**
   * The application's connection, when {@code meerkat.uri} is set and no {@link Connection} bean is
   * declared.
   */
  @Bean
  @ConditionalOnMissingBean(Connection.class)
  @ConditionalOnProperty(prefix = "meerkat", name = "uri")
  ConnectionFactoryBean meerkatConnection(
      MeerkatInstance instance,
      MeerkatProperties properties,
      ObjectProvider<MeerkatConnectionCustomizer> customizers) {
    ConnectionOptions options =
        ConnectionOptions.fromMap(OptionKeys.canonical(properties.getOptions()));
    return new ConnectionFactoryBean(
        instance, properties.getUri(), options, customizers.orderedStream().toList());
  }

  /**
   * Registers the application's {@code @ConnectionConfig} interfaces (and, later, its repositories)
   * as beans.
   */
  @Bean
  static GeneratedBeansRegistrar meerkatGeneratedBeans() {
    return new GeneratedBeansRegistrar();
  }
}
