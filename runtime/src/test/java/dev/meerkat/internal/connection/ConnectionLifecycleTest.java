package dev.meerkat.internal.connection;

import static dev.meerkat.ConnectionEvent.CLOSE;
import static dev.meerkat.ConnectionEvent.CONNECTED;
import static dev.meerkat.ConnectionEvent.CONNECTING;
import static dev.meerkat.ConnectionEvent.DISCONNECTED;
import static dev.meerkat.ConnectionEvent.DISCONNECTING;
import static dev.meerkat.ConnectionEvent.OPEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.ConfigurationException;
import dev.meerkat.Connection;
import dev.meerkat.ConnectionClosedException;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.NotConnectedException;
import dev.meerkat.ReadyState;
import dev.meerkat.Setting;
import dev.meerkat.internal.options.HostAndPort;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Opening, closing, destroying; names; instances and settings; listeners. */
@MongoTest
class ConnectionLifecycleTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  ConnectionLifecycleTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  private static ConnectionOptions quick() {
    return BufferingTest.quick().build();
  }

  @Test
  void defaultConnectionExistsBeforeConnect() throws Exception {
    Connection conn = meerkat.connection();
    assertEquals(ReadyState.DISCONNECTED, conn.readyState());
    assertEquals(0, conn.id());
    assertNull(conn.name());
    assertEquals(-1, conn.port());
    assertThrows(NotConnectedException.class, conn::client);

    AtomicReference<Connection> called = new AtomicReference<>();
    Connection opened =
        meerkat.connect(server.uri(), quick(), (c, e) -> called.set(c)).get(10, TimeUnit.SECONDS);
    assertSame(conn, opened);
    assertSame(conn, called.get());
    assertSame(conn, conn.asFuture().get(1, TimeUnit.SECONDS));
    assertEquals(ReadyState.CONNECTED, conn.readyState());
    assertEquals(server.databaseName(), conn.name());
    assertEquals(server.port(), conn.port());
    assertEquals(List.of(conn.host() + ":" + server.port()), conn.hosts());
    assertEquals(server.databaseName(), conn.db().getName());
  }

  @Test
  void aThrowingConnectCallbackDoesNotFailTheConnect() throws Exception {
    Connection conn =
        meerkat
            .connect(
                server.uri(),
                quick(),
                (c, e) -> {
                  throw new IllegalStateException("callback bug");
                })
            .get(10, TimeUnit.SECONDS);
    assertEquals(ReadyState.CONNECTED, conn.readyState());
  }

  @Test
  void hostAndPortSplitIpv6Literals() {
    assertEquals("::1", HostAndPort.host("[::1]:27018").replace("[", "").replace("]", ""));
    assertEquals(27018, HostAndPort.port("[::1]:27018"));
    assertEquals("db.example.com", HostAndPort.host("db.example.com:27017"));
    assertEquals(27017, HostAndPort.port("db.example.com"));
  }

  @Test
  void dbNameOverridesTheUriPath() throws Exception {
    Connection conn =
        meerkat.createConnection(server.uri(), BufferingTest.quick().dbName("other").build());
    conn.asFuture().get(10, TimeUnit.SECONDS);
    assertEquals("other", conn.name());
  }

  @Test
  void openEmitsConnectingConnectedOpenOnceAndCloseEmitsDisconnectingDisconnectedClose()
      throws Exception {
    Connection conn = meerkat.createConnection();
    Events events = Events.on(conn);
    conn.openUri(server.uri(), quick()).get(10, TimeUnit.SECONDS);
    assertEquals(
        List.of(CONNECTING, CONNECTED, OPEN),
        events.names(),
        "asFuture completes after OPEN's listeners");

    conn.close().get(10, TimeUnit.SECONDS);
    assertEquals(
        List.of(CONNECTING, CONNECTED, OPEN, DISCONNECTING, DISCONNECTED, CLOSE), events.names());
    assertEquals(ReadyState.DISCONNECTED, conn.readyState());

    conn.close().get(10, TimeUnit.SECONDS);
    assertEquals(6, events.names().size(), "closing a closed connection emits nothing");
  }

  @Test
  void closingANeverOpenedConnectionIsFine() throws Exception {
    Connection conn = meerkat.createConnection();
    Events events = Events.on(conn);
    conn.close().get(1, TimeUnit.SECONDS);
    conn.close(true).get(1, TimeUnit.SECONDS);
    assertEquals(List.of(), events.names());
  }

  @Test
  void aClosedConnectionReopens() throws Exception {
    Connection conn = meerkat.createConnection(server.uri(), quick());
    conn.asFuture().get(10, TimeUnit.SECONDS);
    conn.collection("reopen").insertOne(new Document("n", 1));
    conn.close().get(10, TimeUnit.SECONDS);
    CompletableFuture<Connection> reopened = conn.openUri(server.uri(), quick());
    assertSame(conn, reopened.get(10, TimeUnit.SECONDS));
    assertEquals(1, conn.collection("reopen").countDocuments());
  }

  @Test
  void openUriOnAnOpenConnectionWithAnotherUriFails() throws Exception {
    Connection conn = meerkat.createConnection(server.uri(), quick());
    conn.asFuture().get(10, TimeUnit.SECONDS);
    assertSame(
        conn,
        conn.openUri(server.uri(), quick()).get(1, TimeUnit.SECONDS),
        "same URI: the same opening");
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> conn.openUri(server.uri("elsewhere"), quick()).get(1, TimeUnit.SECONDS));
    assertTrue(e.getCause().getMessage().contains("close() it first"), e.getCause().getMessage());
  }

  @Test
  void destroyRemovesTheConnectionAndForbidsReopening() throws Exception {
    Connection conn = meerkat.createConnection(server.uri(), quick());
    conn.asFuture().get(10, TimeUnit.SECONDS);
    assertTrue(meerkat.connections().contains(conn));
    Events events = Events.on(conn);

    conn.destroy().get(10, TimeUnit.SECONDS);

    assertFalse(meerkat.connections().contains(conn));
    assertEquals(List.of(DISCONNECTING, DISCONNECTED, CLOSE), events.names());
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> conn.openUri(server.uri(), quick()).get(1, TimeUnit.SECONDS));
    assertInstanceOf(ConnectionClosedException.class, e.getCause());
    assertTrue(
        e.getCause().getMessage().contains("create a new connection"), e.getCause().getMessage());
    assertThrows(ConnectionClosedException.class, () -> conn.collection("x").countDocuments());
  }

  @Test
  void connectionIdsAreScopedPerInstanceAndInstancesAreIsolated() throws Exception {
    MeerkatInstance other = Meerkat.newInstance();
    try {
      Connection a = meerkat.createConnection();
      Connection b = other.createConnection();
      assertEquals(1, a.id());
      assertEquals(1, b.id());
      assertEquals(List.of(meerkat.connection(), a), meerkat.connections());
      assertEquals(List.of(other.connection(), b), other.connections());
      assertNotSame(meerkat.connection(), other.connection());

      other.set(Setting.BUFFER_COMMANDS, false);
      assertEquals(true, meerkat.get(Setting.BUFFER_COMMANDS));
      assertThrows(NotConnectedException.class, () -> b.collection("x").countDocuments());
    } finally {
      other.disconnect().get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void settingsAreTypeChecked() {
    assertEquals(10_000L, meerkat.get(Setting.BUFFER_TIMEOUT_MS));
    meerkat.set(Setting.BUFFER_TIMEOUT_MS, 500);
    assertEquals(500L, meerkat.get(Setting.BUFFER_TIMEOUT_MS));
    ConfigurationException wrongType =
        assertThrows(
            ConfigurationException.class, () -> meerkat.set(Setting.BUFFER_COMMANDS, "yes"));
    assertTrue(
        wrongType.getMessage().contains("BUFFER_COMMANDS takes a Boolean, not a String"),
        wrongType.getMessage());
    assertThrows(ConfigurationException.class, () -> meerkat.set(Setting.AUTO_INDEX, null));
    assertThrows(ConfigurationException.class, () -> meerkat.set(Setting.BUFFER_TIMEOUT_MS, -1));
    assertFalse(meerkat.enabled(Setting.DEBUG));
  }

  @Test
  void aListenerThatThrowsBreaksNeitherTheOpeningNorOtherListeners() throws Exception {
    Connection conn = meerkat.createConnection();
    AtomicInteger after = new AtomicInteger();
    conn.on(
        ConnectionEvent.OPEN,
        e -> {
          throw new IllegalStateException("listener bug");
        });
    conn.on(ConnectionEvent.OPEN, e -> after.incrementAndGet());
    conn.on(
        ConnectionEvent.CONNECTED,
        e -> {
          throw new AssertionError("listener assertion");
        });
    conn.openUri(server.uri(), quick()).get(10, TimeUnit.SECONDS);
    assertEquals(1, after.get());
    assertEquals(0, conn.collection("listeners").countDocuments());
  }

  @Test
  void onceFiresOnceAndOffRemoves() throws Exception {
    Connection conn = meerkat.createConnection();
    AtomicInteger once = new AtomicInteger();
    AtomicInteger removed = new AtomicInteger();
    java.util.function.Consumer<dev.meerkat.ConnectionEventData> listener =
        e -> removed.incrementAndGet();
    conn.once(ConnectionEvent.OPEN, e -> once.incrementAndGet());
    conn.on(ConnectionEvent.OPEN, listener);
    conn.off(ConnectionEvent.OPEN, listener);
    Events events = Events.on(conn);
    for (int i = 0; i < 2; i++) {
      conn.openUri(server.uri(), quick()).get(10, TimeUnit.SECONDS);
      conn.close().get(10, TimeUnit.SECONDS);
    }
    events.await(CLOSE, 2, WAIT);
    assertEquals(1, once.get());
    assertEquals(0, removed.get());
  }

  @Test
  void eventsAreDeliveredOnTheConfiguredExecutor() throws Exception {
    java.util.concurrent.ExecutorService executor =
        java.util.concurrent.Executors.newSingleThreadExecutor(r -> new Thread(r, "app-events"));
    try {
      Connection conn = meerkat.createConnection();
      AtomicReference<String> thread = new AtomicReference<>();
      conn.on(ConnectionEvent.OPEN, e -> thread.set(Thread.currentThread().getName()));
      conn.openUri(server.uri(), BufferingTest.quick().executor(executor).build())
          .get(10, TimeUnit.SECONDS);
      assertEquals("app-events", thread.get());
      AtomicReference<String> asyncThread = new AtomicReference<>();
      conn.model(new Item.ItemSchema("ExecutorItem", Item.ItemSchema.INSTANCE.options()))
          .async()
          .countDocuments(Filter.empty())
          .thenRun(() -> asyncThread.set(Thread.currentThread().getName()))
          .get(10, TimeUnit.SECONDS);
      assertEquals("app-events", asyncThread.get());
    } finally {
      executor.shutdownNow();
    }
  }
}
