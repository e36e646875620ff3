package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.BufferTimeoutException;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.WriteOutcomeUnknownException;
import dev.meerkat.testing.Capability;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import dev.meerkat.testing.RequiresCapability;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An insert whose first attempt was sent and cut by a network error may have been applied. When its
 * retry then cannot be sent (the server stays away past {@code bufferTimeoutMS}, the caller is
 * interrupted), the caller must be told the outcome is unknown, never that the insert "timed out
 * buffering" or "was not sent": that would invite a second insert of a document that may be stored.
 */
@MongoTest(persistent = true)
@RequiresCapability(Capability.STOP_START)
class UnsentRetryTest {
  private static final long BUFFER_TIMEOUT_MS = 1000;
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  UnsentRetryTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    server.start();
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  /** A model whose first insert on {@code collection} is cut: the server stops while it is held. */
  private Model<Item> cutting(String model, OneShotBlock block) throws Exception {
    return cutting(model, block, true);
  }

  private Model<Item> cutting(String model, OneShotBlock block, boolean buffer) throws Exception {
    DefaultConnection conn =
        (DefaultConnection)
            meerkat.createConnection(
                server.uri(),
                ConnectionOptions.builder()
                    .serverSelectionTimeoutMS(2000)
                    .heartbeatFrequencyMS(500)
                    .bufferTimeoutMS(BUFFER_TIMEOUT_MS)
                    .bufferCommands(buffer)
                    .driverSettings(b -> b.addCommandListener(block))
                    .build());
    conn.asFuture().get(10, TimeUnit.SECONDS);
    Model<Item> items = conn.model(new Item.ItemSchema(model, Item.ItemSchema.INSTANCE.options()));
    items.init();
    return items;
  }

  private static void assertUnknownOutcome(Throwable e, String collection, Object id) {
    WriteOutcomeUnknownException unknown = assertInstanceOf(WriteOutcomeUnknownException.class, e);
    String message = unknown.getMessage();
    assertTrue(message.contains("`" + collection + "."), message);
    assertTrue(message.contains("may have been applied"), message);
    assertFalse(message.contains("not sent"), message);
    if (id != null) {
      assertTrue(message.contains(id.toString()), message);
    }
  }

  @Test
  void asyncCreateWhoseRetryTimesOutInTheBufferIsAnUnknownOutcome() throws Exception {
    OneShotBlock block = new OneShotBlock("insert", "asynctimeouts");
    Model<Item> items = cutting("Asynctimeout", block);
    ObjectId id = new ObjectId();

    long start = System.nanoTime();
    CompletableFuture<Item> created = items.async().create(new Item(id, "mine"));
    block.awaitHolding();
    server.stop();
    block.release();

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> created.get(10, TimeUnit.SECONDS));
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertUnknownOutcome(e.getCause(), "asynctimeouts", id);
    assertInstanceOf(BufferTimeoutException.class, e.getCause().getSuppressed()[0]);
    // The retry waits for the server until bufferTimeoutMS after the call; the upper bound leaves
    // room for a loaded machine.
    assertTrue(tookMs >= BUFFER_TIMEOUT_MS - 50 && tookMs < 8000, "took " + tookMs + " ms");
  }

  @Test
  void insertManyWhoseRetryTimesOutInTheBufferIsAnUnknownOutcome() throws Exception {
    OneShotBlock block = new OneShotBlock("insert", "manytimeouts");
    Model<Item> items = cutting("Manytimeout", block);

    long start = System.nanoTime();
    CompletableFuture<List<Item>> inserted =
        CompletableFuture.supplyAsync(
            () -> items.insertMany(List.of(new Item(null, "a"), new Item(null, "b"))));
    block.awaitHolding();
    server.stop();
    block.release();

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> inserted.get(10, TimeUnit.SECONDS));
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertUnknownOutcome(e.getCause(), "manytimeouts", null);
    assertTrue(tookMs >= BUFFER_TIMEOUT_MS - 50 && tookMs < 8000, "took " + tookMs + " ms");
  }

  @Test
  void aCreateInterruptedWhileItsRetryIsBufferedIsAnUnknownOutcome() throws Exception {
    OneShotBlock block = new OneShotBlock("insert", "interrupteds");
    Model<Item> items = cutting("Interrupted", block);
    DefaultConnection conn = (DefaultConnection) items.connection();
    ObjectId id = new ObjectId();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                items.create(new Item(id, "mine"));
              } catch (RuntimeException e) {
                failure.set(e);
              }
            });
    caller.start();
    block.awaitHolding();
    server.stop();
    block.release();
    Await.until(
        "the retry to be buffered", () -> conn.queuedOperations() == 1, Duration.ofSeconds(5));
    caller.interrupt();
    caller.join(5000);

    assertFalse(caller.isAlive());
    assertUnknownOutcome(failure.get(), "interrupteds", id);
  }

  @Test
  void aCreateWhoseRetryIsRefusedByAForcedCloseIsAnUnknownOutcome() throws Exception {
    OneShotBlock block = new OneShotBlock("insert", "forceds");
    Model<Item> items = cutting("Forced", block);
    DefaultConnection conn = (DefaultConnection) items.connection();
    ObjectId id = new ObjectId();

    CompletableFuture<Item> created = items.async().create(new Item(id, "mine"));
    block.awaitHolding();
    server.stop();
    block.release();
    Await.until(
        "the retry to be buffered", () -> conn.queuedOperations() == 1, Duration.ofSeconds(5));
    conn.close(true).get(10, TimeUnit.SECONDS);

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> created.get(10, TimeUnit.SECONDS));
    assertUnknownOutcome(e.getCause(), "forceds", id);
  }

  @Test
  void withBufferingOffARetryRefusedAtOnceIsAnUnknownOutcome() throws Exception {
    OneShotBlock block = new OneShotBlock("insert", "unbuffereds");
    Model<Item> items = cutting("Unbuffered", block, false);
    ObjectId id = new ObjectId();

    long start = System.nanoTime();
    CompletableFuture<Item> created =
        CompletableFuture.supplyAsync(() -> items.create(new Item(id, "mine")));
    block.awaitHolding();
    server.stop();
    block.release();

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> created.get(10, TimeUnit.SECONDS));
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertUnknownOutcome(e.getCause(), "unbuffereds", id);
    // Nothing waits for the server: the retry is refused as soon as the connection is lost.
    assertTrue(tookMs >= 0 && tookMs < BUFFER_TIMEOUT_MS, "took " + tookMs + " ms");
  }

  @Test
  void aFirstAttemptThatNeverConnectedLeavesTheBufferTimeoutAsItIs() throws Exception {
    // A pooled connection idle for over 1 ms is not reused, so the insert must open a socket to a
    // stopped server: it fails with MongoSocketOpenException, having sent nothing. The default
    // heartbeat (10 s) keeps the driver from noticing the stop any earlier.
    DefaultConnection conn =
        (DefaultConnection)
            meerkat.createConnection(
                server.uri(),
                ConnectionOptions.builder()
                    .serverSelectionTimeoutMS(2000)
                    .bufferTimeoutMS(BUFFER_TIMEOUT_MS)
                    .maxIdleTimeMS(1)
                    .build());
    conn.asFuture().get(10, TimeUnit.SECONDS);
    Model<Item> items =
        conn.model(new Item.ItemSchema("Neverconnected", Item.ItemSchema.INSTANCE.options()));
    items.init();
    server.stop();
    Thread.sleep(50);
    ObjectId id = new ObjectId();

    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> items.async().create(new Item(id, "mine")).get(10, TimeUnit.SECONDS));
    assertInstanceOf(BufferTimeoutException.class, e.getCause(), e.getCause().toString());
    server.start();
    assertEquals(0L, items.countDocuments());
  }
}
