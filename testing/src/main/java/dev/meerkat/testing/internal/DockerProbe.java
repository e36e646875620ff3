package dev.meerkat.testing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Answers "does a Docker engine respond?" within a bounded time, before anything touches
 * Testcontainers: its own discovery can block for a long time when there is no engine.
 *
 * <p>It sends {@code GET /_ping} to {@code DOCKER_HOST} ({@code unix://} or {@code tcp://}) or,
 * when that is unset, to the usual unix sockets, and expects HTTP 200. Thread-safe (stateless).
 */
public final class DockerProbe {

  /** How long {@link #engineAnswers()} may take at most. */
  public static final Duration LIMIT = Duration.ofSeconds(3);

  private DockerProbe() {}

  /** Whether a Docker engine answers, judged from this process's environment. */
  public static boolean engineAnswers() {
    return engineAnswers(System.getenv());
  }

  /** Whether a Docker engine answers at the endpoints {@code environment} points to. */
  public static boolean engineAnswers(Map<String, String> environment) {
    List<String> endpoints = endpoints(environment);
    CompletableFuture<Boolean> answer =
        CompletableFuture.supplyAsync(
            () -> anyAnswers(endpoints),
            runnable -> {
              Thread thread = new Thread(runnable, "meerkat-docker-probe");
              thread.setDaemon(true);
              thread.start();
            });
    try {
      return answer.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static List<String> endpoints(Map<String, String> environment) {
    String dockerHost = environment.get("DOCKER_HOST");
    if (dockerHost != null && !dockerHost.isBlank()) {
      return List.of(dockerHost.trim());
    }
    List<String> endpoints = new ArrayList<>();
    endpoints.add("unix:///var/run/docker.sock");
    String home = environment.get("HOME");
    if (home != null) {
      endpoints.add("unix://" + home + "/.docker/run/docker.sock");
      endpoints.add("unix://" + home + "/.docker/desktop/docker.sock");
    }
    String runtimeDir = environment.get("XDG_RUNTIME_DIR");
    if (runtimeDir != null) {
      endpoints.add("unix://" + runtimeDir + "/docker.sock");
    }
    return endpoints;
  }

  private static boolean anyAnswers(List<String> endpoints) {
    for (String endpoint : endpoints) {
      if (answers(endpoint)) {
        return true;
      }
    }
    return false;
  }

  private static boolean answers(String endpoint) {
    try {
      if (endpoint.startsWith("unix://")) {
        Path socket = Path.of(endpoint.substring("unix://".length()));
        if (!Files.exists(socket)) {
          return false;
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
          channel.connect(UnixDomainSocketAddress.of(socket));
          channel.write(ByteBuffer.wrap(request().getBytes(StandardCharsets.US_ASCII)));
          return isOk(Channels.newInputStream(channel));
        }
      }
      if (endpoint.startsWith("tcp://")) {
        URI uri = URI.create(endpoint);
        try (Socket socket = new Socket()) {
          int timeout = (int) LIMIT.toMillis();
          socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), timeout);
          socket.setSoTimeout(timeout);
          OutputStream out = socket.getOutputStream();
          out.write(request().getBytes(StandardCharsets.US_ASCII));
          out.flush();
          return isOk(socket.getInputStream());
        }
      }
      return false; // npipe:// and ssh:// are left to Testcontainers users who set MONGODB_URI
      // instead.
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String request() {
    return "GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n";
  }

  private static boolean isOk(InputStream in) throws IOException {
    byte[] head = in.readNBytes(12);
    String status = new String(head, StandardCharsets.US_ASCII);
    return status.startsWith("HTTP/1.") && status.endsWith("200");
  }
}
