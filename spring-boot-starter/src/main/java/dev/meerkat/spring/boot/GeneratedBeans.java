package dev.meerkat.spring.boot;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.core.env.Environment;

/**
 * One kind of bean the annotation processor lists for containers. {@link ConnectionConfigBeans} is
 * the first; generated {@code @Repository} implementations will be the second (they read their own
 * {@code META-INF/services} list the same way and take the {@code Connection} bean), so adding them
 * is one new implementation named in {@link GeneratedBeansRegistrar#SOURCES}.
 */
interface GeneratedBeans {

  /**
   * Registers a bean definition for each generated class this source lists in {@code classLoader}.
   */
  void register(BeanDefinitionRegistry registry, ClassLoader classLoader, Environment environment);
}
