package dev.meerkat.testing;

import dev.meerkat.testing.internal.DatabaseNames;
import dev.meerkat.testing.internal.EmbeddedProcess;
import dev.meerkat.testing.internal.ExternalProcess;
import dev.meerkat.testing.internal.ScopedServer;
import dev.meerkat.testing.internal.ServerResolver;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Starts MongoDB servers outside JUnit, for demos, benchmarks and tools. Every handle returned owns
 * its server: {@link MongoServer#stop()} and {@link MongoServer#start()} are allowed, and {@link
 * MongoServer#close()} shuts it down (an external server is only forgotten).
 *
 * <pre>{@code
 * try (MongoServer server = MongoServers.resolve()) {
 *     try (MongoClient client = MongoClients.create(server.uri())) { ... }
 * }
 * }</pre>
 *
 * <p>Thread-safe (stateless).
 */
public final class MongoServers {

  private MongoServers() {}

  /**
   * A server chosen as {@link MongoTest} would: {@code MONGODB_URI} (or system property {@code
   * meerkat.test.mongodb.uri}), else Testcontainers when a Docker engine answers within a few
   * seconds, else a new in-memory embedded server. Its database name is fresh.
   *
   * @throws IllegalStateException if the configured external server does not answer
   */
  public static MongoServer resolve() {
    return new ScopedServer(
        ServerResolver.resolve(false, null), DatabaseNames.fresh("meerkat"), true);
  }

  /** A new in-memory embedded server on a free port of 127.0.0.1; it loses its data on stop. */
  public static MongoServer startEmbedded() {
    return new ScopedServer(EmbeddedProcess.inMemory(), DatabaseNames.fresh("meerkat"), true);
  }

  /**
   * A new embedded server on a free port of 127.0.0.1.
   *
   * @param persistent whether data survives {@link MongoServer#stop()}/{@link MongoServer#start()}
   *     (kept in an H2 MVStore file) rather than living in memory
   * @param dataDirectory where the persistent data file goes; {@code null} means a new temporary
   *     directory that {@link MongoServer#close()} deletes. Ignored when not persistent.
   */
  public static MongoServer startEmbedded(boolean persistent, Path dataDirectory) {
    EmbeddedProcess process =
        persistent ? EmbeddedProcess.persistent(dataDirectory) : EmbeddedProcess.inMemory();
    return new ScopedServer(process, DatabaseNames.fresh("meerkat"), true);
  }

  /**
   * A handle on a server somebody else runs, probed once for its capabilities.
   *
   * @throws IllegalArgumentException if {@code uri} is not a {@code mongodb://} or {@code
   *     mongodb+srv://} connection string
   * @throws IllegalStateException if the server does not answer within a few seconds
   */
  public static MongoServer external(String uri) {
    Objects.requireNonNull(uri, "uri == null");
    return new ScopedServer(ExternalProcess.connect(uri), DatabaseNames.fresh("meerkat"), true);
  }
}
