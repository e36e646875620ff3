package dev.meerkat.internal.generated;

import dev.meerkat.MeerkatInstance;

/**
 * What the processor writes next to each {@code @ConnectionConfig} factory ({@code IRegistration})
 * and lists in {@code
 * META-INF/services/dev.meerkat.internal.generated.ConnectionConfigRegistration}, so that
 * containers such as the Spring Boot starter can create every interface of an application with
 * {@link java.util.ServiceLoader}, without reflecting over the application's classes.
 * Implementations are stateless and thread-safe.
 *
 * @param <I> the {@code @ConnectionConfig} interface
 */
public interface ConnectionConfigRegistration<I> {

  /** The {@code @ConnectionConfig} interface. */
  Class<I> type();

  /**
   * The connection string declared on {@code @ConnectionConfig}, its {@code ${NAME:default}}
   * placeholders unresolved.
   */
  String uri();

  /**
   * Opens a connection on {@code uri} (placeholders left in it are resolved as the factory does) on
   * {@code instance}.
   */
  I create(MeerkatInstance instance, String uri);

  /**
   * Closes the connection of {@code config}, made by {@link #create}, and waits until it is closed.
   */
  void close(I config);
}
