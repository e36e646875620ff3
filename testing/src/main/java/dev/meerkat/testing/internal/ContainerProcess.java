package dev.meerkat.testing.internal;

import com.github.dockerjava.api.DockerClient;
import dev.meerkat.testing.Capability;
import dev.meerkat.testing.ServerKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * A single-node replica set of a real mongod in a Docker container, published on a fixed host port
 * so that stopping and starting the container keeps the address. The data lives in the container's
 * volume and survives a stop. Thread-safe: state changes hold this object's lock.
 */
public final class ContainerProcess implements ServerProcess {

  /** The image used; override with system property {@code meerkat.test.mongodb.image}. */
  public static final String DEFAULT_IMAGE = "mongo:7.0";

  private static final long START_WAIT_MILLIS = 60_000;

  private final MongoDBContainer container;
  private final int port;
  private boolean running;

  private ContainerProcess(MongoDBContainer container, int port) {
    this.container = container;
    this.port = port;
  }

  /** Starts a container; call only after {@link DockerProbe#engineAnswers()} said yes. */
  @SuppressWarnings("resource") // closed by close()
  public static ContainerProcess start(String image) {
    int port = freePort();
    MongoDBContainer container = new MongoDBContainer(image).withReplicaSet();
    container.setPortBindings(List.of(port + ":27017"));
    container.start();
    ContainerProcess process = new ContainerProcess(container, port);
    process.running = true;
    return process;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free local port for the MongoDB container", e);
    }
  }

  @Override
  public ServerKind kind() {
    return ServerKind.TESTCONTAINERS;
  }

  @Override
  public String baseUri() {
    // The replica set knows itself by a container-internal name: talk to the one member directly.
    return "mongodb://" + host() + ":" + port + "/?directConnection=true";
  }

  @Override
  public String host() {
    return container.getHost();
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    docker().stopContainerCmd(container.getContainerId()).exec();
    running = false;
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    docker().startContainerCmd(container.getContainerId()).exec();
    awaitListening();
    running = true;
  }

  private void awaitListening() {
    long deadline = System.currentTimeMillis() + START_WAIT_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host(), port), 1000);
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for the MongoDB container", e);
        }
      }
    }
    throw new IllegalStateException(
        "the MongoDB container did not listen on "
            + host()
            + ":"
            + port
            + " within "
            + START_WAIT_MILLIS
            + "ms after start()");
  }

  private static DockerClient docker() {
    return DockerClientFactory.instance().client();
  }

  @Override
  public synchronized boolean isRunning() {
    return running;
  }

  @Override
  public boolean supports(Capability capability) {
    return true;
  }

  @Override
  public synchronized void close() {
    container.stop();
    running = false;
  }

  @Override
  public String toString() {
    return "MongoDB container " + container.getDockerImageName() + " at " + baseUri();
  }
}
