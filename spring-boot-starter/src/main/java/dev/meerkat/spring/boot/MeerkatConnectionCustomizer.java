package dev.meerkat.spring.boot;

import dev.meerkat.Connection;

/**
 * Called with the {@link Connection} bean after it is created and before it starts to connect, so
 * that listeners and observers see every event from the first {@code CONNECTING} on:
 *
 * <pre>{@code
 * @Bean
 * MeerkatConnectionCustomizer logOpen() {
 *   return connection -> connection.on(ConnectionEvent.OPEN, e -> log.info("MongoDB open"));
 * }
 * }</pre>
 *
 * The Micrometer meters are bound this way. Customizers run in {@code @Order} order.
 */
@FunctionalInterface
public interface MeerkatConnectionCustomizer {

  /** Adds listeners or observers to {@code connection}, which is not connecting yet. */
  void customize(Connection connection);
}
