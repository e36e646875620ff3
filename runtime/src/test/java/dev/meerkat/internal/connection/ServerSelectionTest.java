package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.ReadyState;
import dev.meerkat.ServerSelectionException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Initial connection failures: ServerSelectionException with the servers map, ERROR once, no retry.
 */
class ServerSelectionTest {
  private static final long SELECTION_MS = 1000;
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  @AfterEach
  void closeAll() throws Exception {
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private ServerSelectionException failToOpen(Connection conn, String uri) throws Exception {
    long start = System.nanoTime();
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () ->
                conn.openUri(
                        uri,
                        ConnectionOptions.builder().serverSelectionTimeoutMS(SELECTION_MS).build())
                    .get(10, TimeUnit.SECONDS));
    long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(elapsed < SELECTION_MS + 1000, "failed after " + elapsed + " ms");
    return assertInstanceOf(ServerSelectionException.class, e.getCause());
  }

  @Test
  void closedPortFailsWithConnectionRefused() throws Exception {
    int port = closedPort();
    Connection conn = meerkat.createConnection();
    Events events = Events.on(conn);
    ServerSelectionException e = failToOpen(conn, "mongodb://127.0.0.1:" + port + "/app");

    String address = "127.0.0.1:" + port;
    assertEquals(List.of(address), List.copyOf(e.servers().keySet()));
    assertTrue(
        e.servers().get(address).lastError().contains("Connection refused"),
        e.servers().toString());
    assertTrue(e.reason().contains(address), e.reason());
    assertTrue(e.getMessage().contains("Connection refused"), e.getMessage());

    events.await(ConnectionEvent.ERROR, 1, Duration.ofSeconds(5));
    assertEquals(List.of(ConnectionEvent.CONNECTING, ConnectionEvent.ERROR), events.names());
    assertEquals(ReadyState.DISCONNECTED, conn.readyState());
    ExecutionException viaAsFuture =
        assertThrows(ExecutionException.class, () -> conn.asFuture().get(1, TimeUnit.SECONDS));
    assertEquals(e, viaAsFuture.getCause());
    Thread.sleep(2 * SELECTION_MS);
    assertEquals(
        List.of(ConnectionEvent.CONNECTING, ConnectionEvent.ERROR), events.names(), "not retried");
    assertEquals(ReadyState.DISCONNECTED, conn.readyState());
  }

  @Test
  void unknownHostFailsWithTheResolutionError() throws Exception {
    Connection conn = meerkat.createConnection();
    ServerSelectionException e = failToOpen(conn, "mongodb://no-such-host.invalid:27017/app");
    var info = e.servers().get("no-such-host.invalid:27017");
    assertTrue(info != null && info.lastError() != null, e.servers().toString());
    assertTrue(
        info.lastError().contains("UnknownHostException")
            || info.lastError().contains("no-such-host"),
        info.lastError());
  }

  @Test
  void aPasswordNeverShowsInTheError() throws Exception {
    int port = closedPort();
    Connection conn = meerkat.createConnection();
    ServerSelectionException e =
        failToOpen(conn, "mongodb://ada:s3cr3t-pw@127.0.0.1:" + port + "/app");
    String everything =
        e.getMessage() + e.reason() + e.servers() + conn.options() + String.valueOf(e.getCause());
    assertFalse(everything.contains("s3cr3t-pw"), everything);
  }

  @Test
  void aMalformedUriFailsTheFutureWithConfigurationExceptionAndNoPassword() throws Exception {
    Connection conn = meerkat.createConnection();
    Events events = Events.on(conn);
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () ->
                conn.openUri("mongodb://ada:pa55-word@host:notaport/app").get(5, TimeUnit.SECONDS));
    assertInstanceOf(dev.meerkat.ConfigurationException.class, e.getCause());
    assertFalse(e.getCause().getMessage().contains("pa55-word"), e.getCause().getMessage());
    events.await(ConnectionEvent.ERROR, 1, Duration.ofSeconds(5));
    assertEquals(List.of(ConnectionEvent.CONNECTING, ConnectionEvent.ERROR), events.names());
    assertEquals(ReadyState.DISCONNECTED, conn.readyState());
  }

  @Test
  void connectCallbackReceivesTheError() throws Exception {
    int port = closedPort();
    java.util.concurrent.CompletableFuture<Throwable> seen =
        new java.util.concurrent.CompletableFuture<>();
    meerkat.connect(
        "mongodb://127.0.0.1:" + port + "/app",
        ConnectionOptions.builder().serverSelectionTimeoutMS(300).build(),
        (c, t) -> seen.complete(t));
    assertInstanceOf(ServerSelectionException.class, seen.get(5, TimeUnit.SECONDS));
  }
}
