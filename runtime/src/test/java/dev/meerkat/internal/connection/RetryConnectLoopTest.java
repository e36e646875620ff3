package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.meerkat.Connection;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.ReadyState;
import dev.meerkat.ServerSelectionException;
import dev.meerkat.testing.Capability;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import dev.meerkat.testing.RequiresCapability;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The retry-connect loop from {@link MeerkatInstance#connect(String, ConnectionOptions)}'s Javadoc,
 * as written: the port refuses at first, the server comes up after the first attempt failed.
 */
@MongoTest(isolated = true)
@RequiresCapability(Capability.STOP_START)
class RetryConnectLoopTest {
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  RetryConnectLoopTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    server.start();
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  @Test
  void theDocumentedLoopConnectsOnALaterAttempt() {
    server.stop();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    meerkat
        .connection()
        .on(
            ConnectionEvent.ERROR,
            e -> {
              failures.add(e.cause());
              server.start(); // the server comes up once the first attempt has failed
            });
    String uri = server.uri();

    // --- the documented loop ---
    ConnectionOptions options = ConnectionOptions.builder().serverSelectionTimeoutMS(5000).build();
    Connection conn = null;
    for (int attempt = 1; conn == null; attempt++) {
      try {
        conn = meerkat.connect(uri, options).join();
      } catch (CompletionException e) {
        if (attempt == 3) {
          throw e;
        }
        System.err.println("connect attempt " + attempt + " failed: " + e.getCause().getMessage());
      }
    }
    // ---

    assertEquals(1, failures.size());
    assertInstanceOf(ServerSelectionException.class, failures.get(0));
    assertEquals(ReadyState.CONNECTED, conn.readyState());
    conn.collection("loop").insertOne(new Document("ok", true));
    assertEquals(1, conn.collection("loop").countDocuments());
  }
}
