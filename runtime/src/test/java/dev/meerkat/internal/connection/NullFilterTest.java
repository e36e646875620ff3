package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.model.Updates;
import dev.meerkat.AsyncModel;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.Update;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A null filter (or pipeline) is a caller's mistake found before anything is buffered: the sync
 * call throws at once, and the async call returns a future already failed with it (it never throws,
 * and never waits for the connection to open first).
 */
class NullFilterTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  @AfterEach
  void closeAll() throws Exception {
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  /** A model on a connection that never opens: whatever reaches the buffer waits there. */
  private Model<Item> unopened() {
    return meerkat.createConnection().model(Item.ItemSchema.INSTANCE);
  }

  private static Update<Item> rename() {
    return Update.raw(Updates.set("name", "x"));
  }

  @Test
  void asyncCallsFailTheirFutureAtOnce() {
    Model<Item> items = unopened();
    AsyncModel<Item> async = items.async();
    Map<String, Supplier<CompletableFuture<?>>> calls = new LinkedHashMap<>();
    calls.put("find", () -> async.find(null));
    calls.put("findOne", () -> async.findOne(null));
    calls.put("exists", () -> async.exists(null));
    calls.put("countDocuments", () -> async.countDocuments(null));
    calls.put("updateOne", () -> async.updateOne(null, rename()));
    calls.put("updateMany", () -> async.updateMany(null, rename()));
    calls.put("findOneAndUpdate", () -> async.findOneAndUpdate(null, rename()));
    calls.put("deleteOne", () -> async.deleteOne(null));
    calls.put("deleteMany", () -> async.deleteMany(null));
    calls.put("aggregate", () -> async.aggregate(null, Document.class));
    for (Map.Entry<String, Supplier<CompletableFuture<?>>> call : calls.entrySet()) {
      CompletableFuture<?> future = call.getValue().get(); // must not throw
      assertTrue(future.isCompletedExceptionally(), call.getKey() + " did not fail at once");
      CompletionException e = assertThrows(CompletionException.class, future::join);
      assertInstanceOf(NullPointerException.class, e.getCause(), call.getKey());
      String message = e.getCause().getMessage();
      assertTrue(
          message.equals("filter == null") || message.equals("pipeline == null"),
          call.getKey() + ": " + message);
    }
    assertEquals(0, ((DefaultConnection) items.connection()).queuedOperations());
  }

  @Test
  void syncCallsThrowAtOnce() {
    Model<Item> items = unopened();
    Map<String, Runnable> calls = new LinkedHashMap<>();
    calls.put("exists", () -> items.exists(null));
    calls.put("countDocuments", () -> items.countDocuments(null));
    calls.put("updateOne", () -> items.updateOne(null, rename()));
    calls.put("updateMany", () -> items.updateMany(null, rename()));
    calls.put("findOneAndUpdate", () -> items.findOneAndUpdate(null, rename()));
    calls.put("deleteOne", () -> items.deleteOne(null));
    calls.put("deleteMany", () -> items.deleteMany(null));
    calls.put("aggregate", () -> items.aggregate(null, Document.class));
    for (Map.Entry<String, Runnable> call : calls.entrySet()) {
      long start = System.nanoTime();
      NullPointerException e =
          assertThrows(NullPointerException.class, call.getValue()::run, call.getKey());
      long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      // Buffered, it would wait bufferTimeoutMS (10 s) for a connection that never opens.
      assertTrue(tookMs >= 0 && tookMs < 2000, call.getKey() + " took " + tookMs + " ms");
      assertTrue(
          List.of("filter == null", "pipeline == null").contains(e.getMessage()),
          call.getKey() + ": " + e.getMessage());
    }
  }

  @Test
  void asyncSaveOfNullFailsItsFutureAsSaveDoes() {
    Model<Item> items = unopened();
    assertEquals(
        "document == null",
        assertThrows(NullPointerException.class, () -> items.save(null)).getMessage());
    CompletableFuture<Item> saved = items.async().save(null);
    CompletionException e = assertThrows(CompletionException.class, saved::join);
    assertInstanceOf(NullPointerException.class, e.getCause());
    assertEquals("document == null", e.getCause().getMessage());
  }
}
