package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.Update;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On an open connection, a model operation allocates (on the calling thread) hardly more than the
 * same driver call on a raw {@code MongoCollection} with the same codec, measured side by side in
 * one test: no pending-operation record, future, lock or message per call. Bytes allocated are
 * counted by the JVM per thread, so this is not a timing assertion: the figure is the same on a
 * loaded machine. The bounds leave room for what a model call must build (its filter wrapper, its
 * query object, an {@code Optional}), not for the buffered path (about 600 bytes more per call).
 */
@MongoTest
class DirectRunAllocationTest {
  private static final int WARMUP = 3000;
  private static final int OPS = 1000;
  private static final int ROUNDS = 7;

  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private MongoClient rawClient;
  private MongoCollection<Person> raw;
  private Model<Person> model;
  private ObjectId rawId;
  private ObjectId modelId;
  private volatile Object sink;

  DirectRunAllocationTest(MongoServer server) {
    this.server = server;
  }

  @BeforeEach
  void open() throws Exception {
    Connection conn = meerkat.createConnection(server.uri());
    conn.asFuture().get(30, TimeUnit.SECONDS);
    model = conn.model(PersonSchema.INSTANCE);
    rawClient = MongoClients.create(server.uri());
    raw =
        rawClient
            .getDatabase(server.databaseName())
            .getCollection("raw_people", Person.class)
            .withCodecRegistry(
                CodecRegistries.fromRegistries(
                    CodecRegistries.fromCodecs(PersonSchema.INSTANCE.codec()),
                    MongoClientSettings.getDefaultCodecRegistry()));
    rawId = new ObjectId();
    raw.insertOne(new Person(rawId, "raw", 30));
    modelId = model.create(new Person(null, "model-" + new ObjectId(), 30)).id();
  }

  @AfterEach
  void close() throws Exception {
    rawClient.close();
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  @Test
  void findByIdAllocatesAlmostNothingBeyondTheDriver() {
    long[] extra =
        extraBytesPerOp(
            () -> {
              sink = raw.find(Filters.eq("_id", rawId)).limit(1).first();
              return 0;
            },
            () -> {
              sink = model.findById(modelId).orElseThrow();
              return 0;
            });
    // Meerkat builds a Filter, a Query and an Optional: well under 200 bytes.
    assertBetween("findById", extra, -64, 200);
  }

  @Test
  void updateOneAllocatesAlmostNothingBeyondTheDriver() {
    long[] extra =
        extraBytesPerOp(
            () -> {
              sink = raw.updateOne(Filters.eq("_id", rawId), Updates.inc("age", 1));
              return 0;
            },
            () -> {
              sink =
                  model.updateOne(
                      Filter.raw(Filters.eq("_id", modelId)), Update.raw(Updates.inc("age", 1)));
              return 0;
            });
    assertBetween("updateOne", extra, -64, 200);
  }

  @Test
  void theBufferedPathWouldFailTheBound() {
    // The same measure with an operation observer registered (which sends every operation through
    // the buffered path with its tracker): the bound above is tight enough to tell them apart.
    model.connection().addOperationObserver(new dev.meerkat.OperationObserver() {});
    long[] extra =
        extraBytesPerOp(
            () -> {
              sink = raw.find(Filters.eq("_id", rawId)).limit(1).first();
              return 0;
            },
            () -> {
              sink = model.findById(modelId).orElseThrow();
              return 0;
            });
    assertTrue(extra[2] > 400, "the buffered path allocates more: " + describe(extra));
  }

  private static void assertBetween(String what, long[] extra, long min, long max) {
    String message = what + ": " + describe(extra);
    System.out.println(message);
    assertTrue(extra[2] >= min && extra[2] <= max, message + ", expected " + min + ".." + max);
  }

  private static String describe(long[] extra) {
    return String.format(
        Locale.ROOT,
        "raw %d bytes/op, Meerkat %d bytes/op, extra %d",
        extra[0],
        extra[1],
        extra[2]);
  }

  /**
   * Bytes/op of each side and Meerkat's extra: the least over interleaved rounds (a round can only
   * be inflated, e.g. by a lazily made driver object, never deflated).
   */
  private static long[] extraBytesPerOp(IntSupplier rawOp, IntSupplier modelOp) {
    for (int i = 0; i < WARMUP; i++) {
      rawOp.getAsInt();
      modelOp.getAsInt();
    }
    long rawBest = Long.MAX_VALUE;
    long modelBest = Long.MAX_VALUE;
    for (int round = 0; round < ROUNDS; round++) {
      rawBest = Math.min(rawBest, bytesPerOp(rawOp));
      modelBest = Math.min(modelBest, bytesPerOp(modelOp));
    }
    assertTrue(rawBest > 1000, "the driver's own allocation is seen: " + rawBest);
    return new long[] {rawBest, modelBest, modelBest - rawBest};
  }

  private static long bytesPerOp(IntSupplier op) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < OPS; i++) {
      op.getAsInt();
    }
    return (threads.getThreadAllocatedBytes(thread) - before) / OPS;
  }
}
