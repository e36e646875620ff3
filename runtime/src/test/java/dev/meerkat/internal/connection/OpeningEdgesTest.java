package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import dev.meerkat.BufferTimeoutException;
import dev.meerkat.Connection;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Openings and the operations that wait for them: giving up on {@code openUri}'s future, reopening
 * with other options while operations wait, an {@code Error} while the client is made or pinged.
 */
@MongoTest
class OpeningEdgesTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  OpeningEdgesTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  private long stored(String collection, String name) {
    try (MongoClient client = MongoClients.create(server.uri())) {
      return client
          .getDatabase(server.databaseName())
          .getCollection(collection)
          .countDocuments(Filters.eq("name", name));
    }
  }

  /**
   * A caller that gives up on {@code openUri}'s future (orTimeout, cancel) gives up its own wait:
   * the connection still opens, and {@code asFuture()} says so.
   */
  @Test
  void givingUpOnOpenUrisFutureDoesNotFailAsFuture() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    Executor gated =
        task ->
            Executors.newSingleThreadExecutor()
                .execute(
                    () -> {
                      try {
                        held.await(10, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      task.run();
                    });
    Connection conn = meerkat.createConnection();
    ConnectionOptions options = BufferingTest.quick().executor(gated).build();
    CompletableFuture<Connection> opening = conn.openUri(server.uri(), options);
    assertTrue(opening.cancel(true), "the open completed before the executor was released");
    CompletableFuture<Connection> again = conn.openUri(server.uri(), options);
    held.countDown();
    assertSame(conn, conn.asFuture().get(10, TimeUnit.SECONDS));
    assertSame(conn, again.get(10, TimeUnit.SECONDS));
    assertThrows(CancellationException.class, opening::join);
  }

  /**
   * After a failed open, openUri with a shorter bufferTimeoutMS: operations already queued time out
   * by the new options (issue 8: "the connection's current options apply to operations already
   * queued"), not by the failed opening's.
   */
  @Test
  void reopeningAfterAFailedOpenAppliesTheNewBufferTimeoutToQueuedOperations() throws Exception {
    Connection conn = meerkat.createConnection();
    String nowhere = "mongodb://127.0.0.1:1/qa";
    CompletableFuture<Connection> first =
        conn.openUri(
            nowhere,
            BufferingTest.quick().serverSelectionTimeoutMS(200).bufferTimeoutMS(20_000).build());
    long issued = System.nanoTime();
    CompletableFuture<Void> queued =
        ((DefaultConnection) conn)
            .operations()
            .runAsync(null, "qa", "probe", null, null, live -> null, issued);
    assertThrows(ExecutionException.class, () -> first.get(10, TimeUnit.SECONDS));
    conn.openUri(
        nowhere,
        BufferingTest.quick().serverSelectionTimeoutMS(5_000).bufferTimeoutMS(1_000).build());
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> queued.get(15, TimeUnit.SECONDS));
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - issued);
    assertInstanceOf(BufferTimeoutException.class, e.getCause());
    assertTrue(tookMs >= 950 && tookMs < 4_000, "timed out after " + tookMs + " ms");
  }

  /**
   * An {@code Error} while the client is made (a driver-settings customizer that needs a library
   * missing from the class path) fails the opening like any other failure: asFuture() completes,
   * the connection is not left CONNECTING, and buffered operations do not wait for it.
   */
  @Test
  void anErrorWhileMakingTheClientFailsTheOpeningInsteadOfHangingIt() throws Exception {
    Connection conn = meerkat.createConnection();
    CompletableFuture<Void> buffered =
        ((DefaultConnection) conn)
            .operations()
            .runAsync(null, "qa", "probe", null, null, live -> null, System.nanoTime());
    ConnectionOptions broken =
        BufferingTest.quick()
            .bufferTimeoutMS(1_000)
            .driverSettings(
                b -> {
                  throw new NoClassDefFoundError("io/netty/channel/EventLoopGroup");
                })
            .build();
    long start = System.nanoTime();
    CompletableFuture<Connection> opening;
    try {
      opening = conn.openUri(server.uri(), broken);
    } catch (Error e) {
      opening = CompletableFuture.failedFuture(e);
    }
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> conn.asFuture().get(5, TimeUnit.SECONDS));
    assertTrue(
        String.valueOf(e.getCause()).contains("io/netty/channel/EventLoopGroup"),
        String.valueOf(e.getCause()));
    // openUri's own future fails too, on the executor: not necessarily before asFuture()'s
    CompletableFuture<Connection> openUri = opening;
    assertThrows(ExecutionException.class, () -> openUri.get(5, TimeUnit.SECONDS));
    assertEquals(dev.meerkat.ReadyState.DISCONNECTED, conn.readyState());
    ExecutionException timedOut =
        assertThrows(ExecutionException.class, () -> buffered.get(5, TimeUnit.SECONDS));
    assertInstanceOf(BufferTimeoutException.class, timedOut.getCause());
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(tookMs >= 900 && tookMs < 4_000, "took " + tookMs + " ms");
    // and the connection can be opened again
    conn.openUri(server.uri(), BufferingTest.quick().build()).get(10, TimeUnit.SECONDS);
  }

  /**
   * An {@code Error} thrown by a user's command listener during the opening's ping (an assertion in
   * a test's listener, say) fails the opening instead of leaving asFuture() pending forever.
   */
  @Test
  void anErrorDuringThePingFailsTheOpeningInsteadOfHangingIt() throws Exception {
    com.mongodb.event.CommandListener failing =
        new com.mongodb.event.CommandListener() {
          @Override
          public void commandStarted(com.mongodb.event.CommandStartedEvent event) {
            throw new AssertionError("listener failed on " + event.getCommandName());
          }
        };
    Connection conn = meerkat.createConnection();
    CompletableFuture<Connection> opening =
        conn.openUri(
            server.uri(),
            BufferingTest.quick().driverSettings(b -> b.addCommandListener(failing)).build());
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> opening.get(5, TimeUnit.SECONDS));
    assertTrue(String.valueOf(e.getCause()).contains("listener failed"), String.valueOf(e));
    assertEquals(dev.meerkat.ReadyState.DISCONNECTED, conn.readyState());
  }

  /**
   * An async operation issued before openUri completes on the executor the opening configured (the
   * connection's options in force when it completes), not on the one in force when it was issued.
   */
  @Test
  void operationsQueuedBeforeOpenCompleteOnTheOpeningsExecutor() throws Exception {
    java.util.concurrent.ExecutorService configured =
        Executors.newSingleThreadExecutor(r -> new Thread(r, "configured-executor"));
    try {
      Connection conn = meerkat.createConnection();
      Model<Item> items =
          conn.model(new Item.ItemSchema("OnExecutor", Item.ItemSchema.INSTANCE.options()));
      CompletableFuture<String> thread =
          items
              .async()
              .create(new Item(null, "x"))
              .thenApply(n -> Thread.currentThread().getName());
      conn.openUri(server.uri(), BufferingTest.quick().executor(configured).build());
      assertEquals("configured-executor", thread.get(10, TimeUnit.SECONDS));
    } finally {
      configured.shutdown();
    }
  }
}
