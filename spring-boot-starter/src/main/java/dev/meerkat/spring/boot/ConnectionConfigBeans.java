package dev.meerkat.spring.boot;

import dev.meerkat.MeerkatInstance;
import dev.meerkat.internal.generated.ConnectionConfigRegistration;
import java.beans.Introspector;
import java.util.ServiceLoader;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.env.Environment;

/**
 * The application's {@code @ConnectionConfig} interfaces, from the {@code IRegistration} classes
 * the processor lists in {@code META-INF/services}. Each becomes a bean named after the interface
 * ({@code WebDb} -> {@code webDb}) unless a bean of that name exists; its URI's {@code
 * ${NAME:default}} placeholders are resolved by Spring's {@link Environment} (so properties,
 * profiles and environment variables all apply), and its connection is closed with the context.
 */
final class ConnectionConfigBeans implements GeneratedBeans {

  @Override
  @SuppressWarnings("rawtypes")
  public void register(
      BeanDefinitionRegistry registry, ClassLoader classLoader, Environment environment) {
    for (ConnectionConfigRegistration registration :
        ServiceLoader.load(ConnectionConfigRegistration.class, classLoader)) {
      String name = Introspector.decapitalize(registration.type().getSimpleName());
      if (registry.containsBeanDefinition(name)) {
        continue;
      }
      RootBeanDefinition definition = new RootBeanDefinition(ConfigFactoryBean.class);
      definition.setAttribute(FactoryBean.OBJECT_TYPE_ATTRIBUTE, registration.type());
      BeanFactory beans = (BeanFactory) registry;
      definition.setInstanceSupplier(
          () ->
              new ConfigFactoryBean(
                  registration,
                  environment.resolveRequiredPlaceholders(registration.uri()),
                  beans));
      registry.registerBeanDefinition(name, definition);
    }
  }

  /**
   * Creates one {@code @ConnectionConfig} interface on the {@link MeerkatInstance} bean, and closes
   * it.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static final class ConfigFactoryBean implements FactoryBean<Object>, DisposableBean {
    private final ConnectionConfigRegistration registration;
    private final Object config;

    ConfigFactoryBean(ConnectionConfigRegistration registration, String uri, BeanFactory beans) {
      this.registration = registration;
      this.config = registration.create(beans.getBean(MeerkatInstance.class), uri);
    }

    @Override
    public Object getObject() {
      return config;
    }

    @Override
    public Class<?> getObjectType() {
      return registration.type();
    }

    @Override
    public void destroy() {
      registration.close(config);
    }
  }
}
