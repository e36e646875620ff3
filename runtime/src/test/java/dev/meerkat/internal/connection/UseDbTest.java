package dev.meerkat.internal.connection;

import static dev.meerkat.ConnectionEvent.CLOSE;
import static dev.meerkat.ConnectionEvent.CONNECTED;
import static dev.meerkat.ConnectionEvent.CONNECTING;
import static dev.meerkat.ConnectionEvent.DISCONNECTED;
import static dev.meerkat.ConnectionEvent.DISCONNECTING;
import static dev.meerkat.ConnectionEvent.OPEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.ReadyState;
import dev.meerkat.UseDbOptions;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** useDb: one client and pool, the base's events, caching, no growth per call. */
@MongoTest
class UseDbTest {
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  UseDbTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  @Test
  void sharesTheClientAndSeesEveryEventOfTheBase() throws Exception {
    Connection base = meerkat.createConnection();
    Connection other = base.useDb(server.databaseName() + "_other");
    Events events = Events.on(other);
    CompletableFuture<Long> buffered =
        CompletableFuture.supplyAsync(
            () -> {
              other.collection("c").insertOne(new Document("x", 1));
              return other.collection("c").countDocuments();
            });

    base.openUri(server.uri(), BufferingTest.quick().build()).get(10, TimeUnit.SECONDS);
    assertEquals(
        1L, buffered.get(10, TimeUnit.SECONDS), "useDb operations buffer until the base opens");
    assertSame(base.client(), other.client());
    assertEquals(server.databaseName() + "_other", other.name());
    assertEquals(ReadyState.CONNECTED, other.readyState());
    assertSame(other, other.asFuture().get(1, TimeUnit.SECONDS));
    assertEquals(0L, base.collection("c").countDocuments(), "another database");

    base.close().get(10, TimeUnit.SECONDS);
    events.await(CLOSE, 1, Duration.ofSeconds(5));
    assertEquals(
        List.of(CONNECTING, CONNECTED, OPEN, DISCONNECTING, DISCONNECTED, CLOSE), events.names());
    assertSame(
        other, events.all().get(0).connection(), "events are addressed to the useDb connection");
    assertEquals(
        ReadyState.DISCONNECTED,
        other.readyState(),
        "closing the base closes its useDb connections");
  }

  @Test
  void cachedReturnsTheSameConnectionPerName() {
    Connection base = meerkat.createConnection();
    Connection a = base.useDb("a", UseDbOptions.cached());
    assertSame(a, base.useDb("a", UseDbOptions.cached()));
    assertSame(a, a.useDb("a", UseDbOptions.cached()), "useDb on a useDb connection uses the base");
    assertNotSame(a, base.useDb("a"));
    assertNotSame(base.useDb("b"), base.useDb("b"));
  }

  @Test
  void tenThousandUseDbCallsDoNotGrowTheBase() throws Exception {
    DefaultConnection base = (DefaultConnection) meerkat.createConnection();
    int listenersBefore = base.listenerCount();
    for (int i = 0; i < 10_000; i++) {
      base.useDb("cached", UseDbOptions.cached());
    }
    assertEquals(
        1, base.children().forwardingEntries(), "one forwarding entry for the cached connection");

    for (int i = 0; i < 10_000; i++) {
      base.useDb("tenant_" + i);
    }
    for (int attempt = 0; attempt < 50 && base.children().forwardingEntries() > 100; attempt++) {
      System.gc();
      Thread.sleep(20);
    }
    assertTrue(
        base.children().forwardingEntries() <= 100,
        "unreferenced useDb connections are dropped: " + base.children().forwardingEntries());
    assertEquals(listenersBefore, base.listenerCount(), "useDb never adds listeners to the base");
    assertTrue(meerkat.connections().size() <= 2, "useDb connections are not kept by the instance");
  }

  @Test
  void noListenerConnectionsGetNoEvents() throws Exception {
    Connection base = meerkat.createConnection();
    Connection quiet = base.useDb("quiet", new UseDbOptions(false, true));
    Events events = Events.on(quiet);
    base.openUri(server.uri(), BufferingTest.quick().build()).get(10, TimeUnit.SECONDS);
    assertEquals(0L, quiet.collection("c").countDocuments());
    assertEquals(List.of(), events.names());
  }
}
