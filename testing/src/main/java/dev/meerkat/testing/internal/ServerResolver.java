package dev.meerkat.testing.internal;

import dev.meerkat.testing.ServerKind;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Decides which server a test run gets, in this order: the URI override ({@code MONGODB_URI} env
 * var, or system property {@code meerkat.test.mongodb.uri}, which wins); Testcontainers when a
 * Docker engine answers; the embedded server otherwise.
 */
public final class ServerResolver {

  /** System property that names an external server; takes precedence over {@code MONGODB_URI}. */
  public static final String URI_PROPERTY = "meerkat.test.mongodb.uri";

  /** Environment variable that names an external server. */
  public static final String URI_ENV = "MONGODB_URI";

  private ServerResolver() {}

  /** The external server's URI, if one is configured. */
  public static Optional<String> configuredUri() {
    String property = System.getProperty(URI_PROPERTY);
    if (property != null && !property.isBlank()) {
      return Optional.of(property.trim());
    }
    String env = System.getenv(URI_ENV);
    return env == null || env.isBlank() ? Optional.empty() : Optional.of(env.trim());
  }

  /**
   * Which kind to use given the configured URI and a Docker check; the check runs only when there
   * is no URI.
   */
  public static ServerKind choose(Optional<String> configuredUri, BooleanSupplier dockerAnswers) {
    if (configuredUri.isPresent()) {
      return ServerKind.EXTERNAL;
    }
    return dockerAnswers.getAsBoolean() ? ServerKind.TESTCONTAINERS : ServerKind.EMBEDDED;
  }

  /**
   * Starts (or, for an external one, connects to) a new server of the kind this environment
   * selects. {@code persistent} and {@code dataDirectory} matter only for an embedded server.
   */
  public static ServerProcess resolve(boolean persistent, Path dataDirectory) {
    Optional<String> uri = configuredUri();
    switch (choose(uri, DockerProbe::engineAnswers)) {
      case EXTERNAL:
        return ExternalProcess.connect(uri.orElseThrow());
      case TESTCONTAINERS:
        return ContainerProcess.start(
            System.getProperty("meerkat.test.mongodb.image", ContainerProcess.DEFAULT_IMAGE));
      default:
        return persistent ? EmbeddedProcess.persistent(dataDirectory) : EmbeddedProcess.inMemory();
    }
  }
}
