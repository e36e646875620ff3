package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A query's own futures ({@code Query.firstAsync()}, {@code listAsync()}) are given up like the
 * async model's: cancelling one while its operation waits in the buffer withdraws the operation, so
 * it is never sent.
 */
@MongoTest
class AsyncQueryWithdrawTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final List<String> sent = new CopyOnWriteArrayList<>();

  AsyncQueryWithdrawTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  private void open(DefaultConnection conn) throws Exception {
    CommandListener finds =
        new CommandListener() {
          @Override
          public void commandStarted(CommandStartedEvent event) {
            if (event.getCommandName().equals("find")) {
              sent.add(event.getCommand().getString("find").getValue());
            }
          }
        };
    conn.openUri(
            server.uri(),
            BufferingTest.quick().driverSettings(b -> b.addCommandListener(finds)).build())
        .get(10, TimeUnit.SECONDS);
  }

  @Test
  void aCancelledFirstAsyncIsWithdrawnAndNeverSent() throws Exception {
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    Model<Item> items =
        conn.model(new Item.ItemSchema("Firstwithdrawn", Item.ItemSchema.INSTANCE.options()));
    CompletableFuture<Optional<Item>> first = items.find().firstAsync();
    Await.until("the find to be queued", () -> conn.queuedOperations() == 1, WAIT);

    assertTrue(first.cancel(true));
    assertEquals(0, conn.queuedOperations());
    open(conn);
    items.async().countDocuments(dev.meerkat.Filter.empty()).get(10, TimeUnit.SECONDS);

    assertThrows(CancellationException.class, first::join);
    assertEquals(List.of(), sent);
  }

  @Test
  void aTimedOutFirstAsyncIsWithdrawnAndNeverSent() throws Exception {
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    Model<Item> items =
        conn.model(new Item.ItemSchema("Firsttimedout", Item.ItemSchema.INSTANCE.options()));
    CompletableFuture<Optional<Item>> first =
        items.find().firstAsync().orTimeout(200, TimeUnit.MILLISECONDS);
    Await.until("the find to time out", first::isDone, WAIT);

    assertEquals(0, conn.queuedOperations());
    open(conn);
    items.async().countDocuments(dev.meerkat.Filter.empty()).get(10, TimeUnit.SECONDS);
    assertEquals(List.of(), sent);
  }
}
