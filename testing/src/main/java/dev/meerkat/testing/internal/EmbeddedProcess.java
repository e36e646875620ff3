package dev.meerkat.testing.internal;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import dev.meerkat.testing.Capability;
import dev.meerkat.testing.ServerKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * mongo-java-server on 127.0.0.1. Stopping closes every client connection and the listener;
 * starting binds a new listener to the same port. A persistent server closes its H2 MVStore file on
 * stop and reopens it on start, so its data really goes through the file; an in-memory server
 * starts again empty, as a restarted in-memory server would.
 *
 * <p>Thread-safe: every state change holds this object's lock.
 */
public final class EmbeddedProcess implements ServerProcess {

  static final String HOST = "127.0.0.1";

  private final Path dataFile;
  private final Path ownedDirectory;
  private int port;
  private MongoBackend backend;
  private de.bwaldvogel.mongo.MongoServer server;
  private boolean closed;

  private EmbeddedProcess(Path dataFile, Path ownedDirectory) {
    this.dataFile = dataFile;
    this.ownedDirectory = ownedDirectory;
  }

  /** Starts an in-memory server on a free port. */
  public static EmbeddedProcess inMemory() {
    return startNew(null, null);
  }

  /**
   * Starts a server whose data lives in {@code directory/meerkat.mv}; {@code null} means a new
   * temporary directory, deleted again by {@link #close()}.
   */
  public static EmbeddedProcess persistent(Path directory) {
    try {
      Path owned = directory == null ? Files.createTempDirectory("meerkat-mongo-") : null;
      Path dir = directory == null ? owned : Files.createDirectories(directory);
      return startNew(dir.resolve("meerkat.mv"), owned);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not create the data directory of the embedded MongoDB", e);
    }
  }

  private static EmbeddedProcess startNew(Path dataFile, Path ownedDirectory) {
    EmbeddedLogging.silence();
    EmbeddedProcess process = new EmbeddedProcess(dataFile, ownedDirectory);
    synchronized (process) {
      process.backend = process.newBackend();
      process.server = new de.bwaldvogel.mongo.MongoServer(process.backend);
      InetSocketAddress address = process.server.bind();
      process.port = address.getPort();
    }
    return process;
  }

  private MongoBackend newBackend() {
    MongoBackend fresh =
        dataFile == null ? new SnapshotReadsBackend() : new H2Backend(dataFile.toString());
    return fresh.version(EmbeddedServerVersion.MONGODB_4_4);
  }

  @Override
  public ServerKind kind() {
    return ServerKind.EMBEDDED;
  }

  @Override
  public String baseUri() {
    return "mongodb://" + HOST + ":" + port();
  }

  @Override
  public String host() {
    return HOST;
  }

  @Override
  public synchronized int port() {
    return port;
  }

  @Override
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    // shutdownNow also closes the clients' sockets, so drivers see the server go away at once.
    server.shutdownNow();
    backend.close();
    server = null;
    backend = null;
  }

  @Override
  public synchronized void start() {
    if (closed) {
      throw new IllegalStateException(
          "the embedded MongoDB on port " + port + " was closed; it cannot start again");
    }
    if (server != null) {
      return;
    }
    MongoBackend fresh = newBackend();
    de.bwaldvogel.mongo.MongoServer restarted = new de.bwaldvogel.mongo.MongoServer(fresh);
    try {
      restarted.bind(HOST, port);
    } catch (RuntimeException e) {
      restarted.shutdownNow();
      fresh.close();
      throw new IllegalStateException(
          "the embedded MongoDB could not listen on "
              + HOST
              + ":"
              + port
              + " again (taken by another process?)",
          e);
    }
    backend = fresh;
    server = restarted;
  }

  @Override
  public synchronized boolean isRunning() {
    return server != null;
  }

  @Override
  public boolean supports(Capability capability) {
    return capability == Capability.STOP_START;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    stop();
    closed = true;
    if (ownedDirectory != null) {
      deleteRecursively(ownedDirectory);
    }
  }

  private static void deleteRecursively(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not delete the embedded MongoDB's data in " + directory, e);
    }
  }

  @Override
  public String toString() {
    return "embedded MongoDB (mongo-java-server, "
        + (dataFile == null ? "in memory" : "file " + dataFile)
        + ") at "
        + baseUri();
  }
}
