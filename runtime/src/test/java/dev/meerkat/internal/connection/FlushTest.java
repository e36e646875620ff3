package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.meerkat.BufferTimeoutException;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.Setting;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.bson.BsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What happens to the buffer when the connection opens: everything is handed over at once, in issue
 * order.
 */
@MongoTest
class FlushTest {
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  FlushTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  private static Model<Item> items(DefaultConnection conn, String name) {
    return conn.model(new Item.ItemSchema(name, Item.ItemSchema.INSTANCE.options()));
  }

  @Test
  void operationsQueuedBeforeOpenAllRunWhenTheServerIsSlow() throws Exception {
    // 300 inserts, 20 ms each on the server: one after another they need 6 s, past bufferTimeoutMS.
    HeldConnections slow = HeldConnections.slowing("slowflushs", 20);
    meerkat.set(Setting.BUFFER_TIMEOUT_MS, 3000);
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    Model<Item> items = items(conn, "Slowflush");
    List<CompletableFuture<Item>> created = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      created.add(items.async().create(new Item(null, "slow-" + i)));
    }
    Thread.sleep(44);
    conn.openUri(
        server.uri(),
        BufferingTest.quick().driverSettings(b -> b.addCommandListener(slow)).build());

    int failed = 0;
    for (CompletableFuture<Item> f : created) {
      try {
        f.get(20, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        failed++;
      }
    }
    assertEquals(
        0, failed, "queued inserts that failed although the connection opened 44 ms after them");
    assertEquals(300L, items.countDocuments());
  }

  @Test
  void theBufferTimeoutGivenToOpenUriAppliesToOperationsAlreadyQueued() throws Exception {
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    Model<Item> items = items(conn, "Retimed");
    long start = System.nanoTime();
    CompletableFuture<Long> count = items.async().countDocuments(Filter.empty());
    conn.openUri(
        "mongodb://127.0.0.1:1/x",
        BufferingTest.quick().bufferTimeoutMS(300).serverSelectionTimeoutMS(100).build());

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> count.get(15, TimeUnit.SECONDS));
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertInstanceOf(BufferTimeoutException.class, e.getCause());
    assertEquals(
        "Operation `retimeds.countDocuments()` buffering timed out after 300ms",
        e.getCause().getMessage());
    // Measured from issue, with the timeout openUri gave (not the 10 s default in force at issue).
    assertTrue(elapsedMs >= 290 && elapsedMs < 3000, "timed out after " + elapsedMs + " ms");
  }

  @Test
  void queuedOperationsAreSentInTheOrderIssued() throws Exception {
    List<String> sent = new CopyOnWriteArrayList<>();
    CommandListener recorder =
        new CommandListener() {
          @Override
          public void commandStarted(CommandStartedEvent event) {
            if (event.getCommandName().equals("insert")
                && event.getCommand().getString("insert").getValue().equals("ordereds")) {
              for (BsonValue doc : event.getCommand().getArray("documents")) {
                sent.add(doc.asDocument().getString("name").getValue());
              }
            }
          }
        };
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    Model<Item> items = items(conn, "Ordered");
    List<String> issued = new ArrayList<>();
    List<CompletableFuture<?>> futures = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String name = String.format("n%03d", i);
      issued.add(name);
      futures.add(items.async().create(new Item(null, name)));
    }
    conn.openUri(
        server.uri(),
        BufferingTest.quick()
            .maxPoolSize(1)
            .driverSettings(b -> b.addCommandListener(recorder))
            .build());
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
    assertEquals(issued, sent);
  }
}
