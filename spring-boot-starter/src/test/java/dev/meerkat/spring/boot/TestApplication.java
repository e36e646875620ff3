package dev.meerkat.spring.boot;

import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application under test: auto-configuration only, an isolated Meerkat instance and a simple
 * meter registry.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
class TestApplication {

  @Bean
  MeerkatInstance meerkatInstance() {
    return Meerkat.newInstance();
  }

  @Bean
  SimpleMeterRegistry meterRegistry() {
    return new SimpleMeterRegistry();
  }

  /**
   * Starts the application with {@code properties} ({@code name=value}), without a web server or
   * banner.
   */
  static ConfigurableApplicationContext run(String... properties) {
    List<String> all = new ArrayList<>(List.of(properties));
    all.add("spring.main.banner-mode=off");
    return new SpringApplicationBuilder(TestApplication.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .properties(all.toArray(String[]::new))
        .run();
  }
}
