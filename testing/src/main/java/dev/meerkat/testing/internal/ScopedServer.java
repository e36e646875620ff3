package dev.meerkat.testing.internal;

import dev.meerkat.testing.Capability;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.ServerKind;
import java.util.Objects;

/**
 * The {@link MongoServer} handle: a server process plus one database name. An owning handle may
 * stop, start and close its process; a shared one refuses to, so one test class cannot take the
 * server away from the others. Thread-safe because {@link ServerProcess} is.
 */
public final class ScopedServer implements MongoServer {

  private final ServerProcess process;
  private final String databaseName;
  private final boolean owner;

  /**
   * A handle on {@code process} for database {@code databaseName}; {@code owner} lets it stop and
   * close the process.
   */
  public ScopedServer(ServerProcess process, String databaseName, boolean owner) {
    this.process = Objects.requireNonNull(process, "process == null");
    ConnectionStrings.checkDatabaseName(databaseName);
    this.databaseName = databaseName;
    this.owner = owner;
  }

  @Override
  public String uri() {
    return uri(databaseName);
  }

  @Override
  public String uri(String database) {
    return ConnectionStrings.withDatabase(process.baseUri(), database);
  }

  @Override
  public String databaseName() {
    return databaseName;
  }

  @Override
  public ServerKind kind() {
    return process.kind();
  }

  @Override
  public String host() {
    return process.host();
  }

  @Override
  public int port() {
    return process.port();
  }

  @Override
  public void stop() {
    checkOwner("stop");
    process.stop();
  }

  @Override
  public void start() {
    checkOwner("start");
    process.start();
  }

  private void checkOwner(String what) {
    if (!owner && process.kind() != ServerKind.EXTERNAL) {
      throw new IllegalStateException(
          "cannot "
              + what
              + " the "
              + process.kind()
              + " MongoDB shared by every test class; annotate the test class @MongoTest(isolated = true)"
              + " to get a server of its own");
    }
  }

  @Override
  public boolean isRunning() {
    return process.isRunning();
  }

  @Override
  public boolean supports(Capability capability) {
    return process.supports(Objects.requireNonNull(capability, "capability == null"));
  }

  @Override
  public void close() {
    if (owner) {
      process.close();
    }
  }

  @Override
  public String toString() {
    return process + ", database " + databaseName + (owner ? "" : " (shared)");
  }
}
