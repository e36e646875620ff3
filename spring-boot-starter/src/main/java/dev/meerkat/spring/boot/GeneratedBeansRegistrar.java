package dev.meerkat.spring.boot;

import java.util.List;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Registers, before any bean is created, the beans of every {@link GeneratedBeans} source: the
 * application's {@code @ConnectionConfig} interfaces now, its {@code @Repository} interfaces later.
 */
final class GeneratedBeansRegistrar
    implements BeanDefinitionRegistryPostProcessor, BeanClassLoaderAware, EnvironmentAware {
  /** The sources, in registration order. Repositories join here. */
  static final List<GeneratedBeans> SOURCES = List.of(new ConnectionConfigBeans());

  private ClassLoader classLoader = GeneratedBeansRegistrar.class.getClassLoader();
  private Environment environment;

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    for (GeneratedBeans source : SOURCES) {
      source.register(registry, classLoader, environment);
    }
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}
}
