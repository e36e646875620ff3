package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoSocketException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.Update;
import dev.meerkat.WriteOutcomeUnknownException;
import dev.meerkat.testing.Capability;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import dev.meerkat.testing.RequiresCapability;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A model write (other than an insert, which {@code SafeInsert} retries) whose command met a
 * network error once it was on its way may or may not have been applied: the caller gets a {@link
 * WriteOutcomeUnknownException} saying so, with the network error as its cause, rather than the
 * driver's bare socket exception, so that a retried {@code $inc} is a decision, not a reflex.
 */
@MongoTest(persistent = true)
@RequiresCapability(Capability.STOP_START)
class CutWriteTest {
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  CutWriteTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    server.start();
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  @Test
  void aSyncUpdateCutOnItsWayIsReportedAsUnknown() throws Exception {
    Throwable e =
        cut(
            "Upd",
            "update",
            items ->
                CompletableFuture.supplyAsync(
                    () ->
                        items.updateOne(
                            Filter.raw(Filters.eq("name", "a")),
                            Update.raw(Updates.set("name", "b")))));
    WriteOutcomeUnknownException unknown = assertInstanceOf(WriteOutcomeUnknownException.class, e);
    assertInstanceOf(MongoSocketException.class, unknown.getCause());
    assertTrue(unknown.getMessage().contains("`upds.updateOne()`"), unknown.getMessage());
  }

  @Test
  void anAsyncDeleteCutOnItsWayIsReportedAsUnknown() throws Exception {
    Throwable e =
        cut("Del", "delete", items -> items.async().deleteOne(Filter.raw(Filters.eq("name", "a"))));
    WriteOutcomeUnknownException unknown = assertInstanceOf(WriteOutcomeUnknownException.class, e);
    assertTrue(unknown.getMessage().contains("`dels.deleteOne()`"), unknown.getMessage());
  }

  @Test
  void aReadCutOnItsWayIsRetriedByTheDriverAndSucceeds() throws Exception {
    CompletableFuture<?> read =
        start("Rea", "find", items -> items.async().find(Filter.raw(Filters.eq("name", "a"))));
    assertEquals(1, ((java.util.List<?>) read.get(20, TimeUnit.SECONDS)).size());
  }

  /** The failure of {@code write} on a new model, its command cut by a server stop. */
  private Throwable cut(
      String model, String command, Function<Model<Item>, CompletableFuture<?>> write)
      throws Exception {
    CompletableFuture<?> result = start(model, command, write);
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> result.get(20, TimeUnit.SECONDS));
    return e.getCause();
  }

  private CompletableFuture<?> start(
      String model, String command, Function<Model<Item>, CompletableFuture<?>> write)
      throws Exception {
    String collection = model.toLowerCase(java.util.Locale.ROOT) + "s";
    OneShotBlock block = new OneShotBlock(command, collection);
    DefaultConnection conn =
        (DefaultConnection)
            meerkat.createConnection(
                server.uri(),
                ConnectionOptions.builder()
                    .serverSelectionTimeoutMS(2000)
                    .heartbeatFrequencyMS(500)
                    .driverSettings(b -> b.addCommandListener(block))
                    .build());
    conn.asFuture().get(10, TimeUnit.SECONDS);
    Model<Item> items = conn.model(new Item.ItemSchema(model, Item.ItemSchema.INSTANCE.options()));
    items.create(new Item(null, "a"));
    CompletableFuture<?> result = write.apply(items);
    block.awaitHolding();
    server.stop();
    block.release();
    Thread.sleep(300);
    server.start();
    return result;
  }
}
