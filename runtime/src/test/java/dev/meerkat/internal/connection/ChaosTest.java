package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.meerkat.BufferTimeoutException;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.NotConnectedException;
import dev.meerkat.testing.Capability;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import dev.meerkat.testing.RequiresCapability;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 20 restarts of the server under a mixed sync and async load, with callers interrupted and futures
 * cancelled at random: no acknowledged write lost, none applied twice, no false success, no write
 * reported as not sent that was stored, nothing stuck past bufferTimeoutMS + 1 s, and the events
 * DISCONNECTED / RECONNECTED strictly alternating, one pair per restart. Prints its figures.
 */
@MongoTest(persistent = true)
@RequiresCapability(Capability.STOP_START)
class ChaosTest {
  private static final int RESTARTS = 20;

  /** The default bufferTimeoutMS: the test runs with default options throughout. */
  private static final long BUFFER_TIMEOUT_MS = 10_000;

  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final Queue<ChaosLedger.Op> ops = new ConcurrentLinkedQueue<>();
  private final AtomicLong nextOp = new AtomicLong();
  private final AtomicBoolean running = new AtomicBoolean(true);

  ChaosTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    server.start();
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  @Test
  void twentyRestartsUnderMixedLoad() throws Exception {
    List<ObjectId> decoys = seedDecoys();
    // Default options: heartbeat every 10 s, serverSelectionTimeoutMS 30 s, bufferTimeoutMS 10 s.
    DefaultConnection conn =
        (DefaultConnection) meerkat.createConnection(server.uri(), ConnectionOptions.defaults());
    List<ChaosLedger.Event> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    conn.on(
        ConnectionEvent.DISCONNECTED,
        e -> events.add(new ChaosLedger.Event(e.event(), System.nanoTime())));
    long t0 = System.nanoTime();

    conn.on(
        ConnectionEvent.RECONNECTED,
        e -> events.add(new ChaosLedger.Event(e.event(), System.nanoTime())));
    conn.asFuture().get(10, TimeUnit.SECONDS);
    Model<Item> items =
        conn.model(new Item.ItemSchema("Chaos", Item.ItemSchema.INSTANCE.options()));
    items.init();
    MongoCollection<Document> pushes = conn.collection("chaospushes");

    List<Thread> syncCallers = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      int seed = t;
      syncCallers.add(
          start("chaos-sync-" + t, () -> syncLoop(new Random(seed), items, pushes, decoys)));
    }
    Thread async = start("chaos-async", () -> asyncLoop(new Random(7), items));
    Thread interrupter = start("chaos-interrupter", () -> interrupt(new Random(11), syncCallers));

    long[] stops = new long[RESTARTS];
    long[] starts = new long[RESTARTS];
    Random chaos = new Random(42);
    Thread.sleep(500);
    for (int i = 0; i < RESTARTS; i++) {
      stops[i] = System.nanoTime();
      server.stop();
      Thread.sleep(500 + chaos.nextInt(700));
      starts[i] = System.nanoTime();
      server.start();
      Thread.sleep(800 + chaos.nextInt(400));
      // On a loaded machine a recovery can take longer than the up-time drawn above; wait for it
      // (at most 10 s), so that its RECONNECTED is not counted in the next outage's window.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (ChaosLedger.recoveries(events, new long[] {starts[i]}).get(0) < 0
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    }
    running.set(false);
    for (Thread t :
        List.of(interrupter, async, syncCallers.get(0), syncCallers.get(1), syncCallers.get(2))) {
      t.join(20_000);
    }

    ChaosLedger ledger = new ChaosLedger(List.copyOf(ops), stored(), storedPushes(), decoys);
    ChaosLedger.Figures f = ledger.figures(BUFFER_TIMEOUT_MS + 1000);
    List<Long> recoveries = ChaosLedger.recoveries(events, starts);
    ops.stream()
        .filter(op -> op.latencyMs() > 3000)
        .forEach(
            op ->
                System.out.println(
                    "ChaosTest: slow "
                        + op
                        + " issued at "
                        + (op.issuedNanos() - t0) / 1_000_000
                        + " ms"));
    System.out.println(
        "ChaosTest: "
            + f
            + ", DISCONNECTED/RECONNECTED per restart "
            + ChaosLedger.pairs(events, stops)
            + ", recovery after restart (ms) "
            + recoveries);
    assertEquals(0, f.lost(), "acknowledged writes lost");
    assertEquals(0, f.twice(), "writes applied twice");
    assertEquals(0, f.falseSuccesses(), "false successes");
    assertEquals(0, f.ghosts(), "writes reported as not sent that were stored");
    assertEquals(0, f.stuck(), "operations stuck past bufferTimeoutMS + 1 s");
    assertTrue(f.acknowledged() > 100, "too little load to mean anything: " + f);
    ChaosLedger.assertAlternating(events);
    assertEquals(
        ChaosLedger.onePairEach(RESTARTS), ChaosLedger.pairs(events, stops), "events per restart");
  }

  private Thread start(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private void syncLoop(
      Random random, Model<Item> items, MongoCollection<Document> pushes, List<ObjectId> decoys) {
    while (running.get()) {
      long id = nextOp.incrementAndGet();
      String name = "op-" + id;
      int dice = random.nextInt(100);
      long start = System.nanoTime();
      ChaosLedger.Kind kind =
          dice < 40
              ? ChaosLedger.Kind.CREATE
              : dice < 55
                  ? ChaosLedger.Kind.CREATE_OWN_ID
                  : dice < 60
                      ? ChaosLedger.Kind.CREATE_DECOY_ID
                      : dice < 85 ? ChaosLedger.Kind.PUSH : ChaosLedger.Kind.READ;
      ObjectId own =
          kind == ChaosLedger.Kind.CREATE_DECOY_ID
              ? decoys.get(random.nextInt(decoys.size()))
              : kind == ChaosLedger.Kind.CREATE_OWN_ID ? new ObjectId() : null;
      ChaosLedger.Outcome outcome;
      try {
        switch (kind) {
          case CREATE, CREATE_OWN_ID, CREATE_DECOY_ID -> items.create(new Item(own, name));
          case PUSH ->
              pushes.updateOne(
                  Filters.eq("_id", "counter"),
                  Updates.push("ops", name),
                  new UpdateOptions().upsert(true));
          case READ -> items.findById(decoys.get(0));
        }
        outcome = ChaosLedger.Outcome.OK;
      } catch (RuntimeException e) {
        outcome = classify(e);
      }
      ops.add(
          new ChaosLedger.Op(
              kind,
              name,
              own,
              outcome,
              TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
              start));
    }
  }

  private void asyncLoop(Random random, Model<Item> items) {
    while (running.get()) {
      List<CompletableFuture<Item>> burst = new ArrayList<>();
      List<String> names = new ArrayList<>();
      long[] latency = new long[20];
      long[] issued = new long[20];
      for (int i = 0; i < 20; i++) {
        String name = "op-" + nextOp.incrementAndGet();
        long start = System.nanoTime();
        issued[i] = start;
        int n = i;
        CompletableFuture<Item> f = items.async().create(new Item(null, name));
        f.whenComplete((v, e) -> latency[n] = System.nanoTime() - start);
        if (random.nextInt(10) == 0) {
          f.cancel(true);
        }
        burst.add(f);
        names.add(name);
      }
      for (int i = 0; i < burst.size(); i++) {
        ChaosLedger.Outcome outcome;
        try {
          burst.get(i).get(30, TimeUnit.SECONDS);
          outcome = ChaosLedger.Outcome.OK;
        } catch (java.util.concurrent.ExecutionException e) {
          outcome = classify(e.getCause());
        } catch (java.util.concurrent.CancellationException
            | java.util.concurrent.TimeoutException e) {
          outcome = ChaosLedger.Outcome.UNKNOWN;
        } catch (InterruptedException e) {
          return;
        }
        ops.add(
            new ChaosLedger.Op(
                ChaosLedger.Kind.CREATE,
                names.get(i),
                null,
                outcome,
                TimeUnit.NANOSECONDS.toMillis(latency[i]),
                issued[i]));
      }
    }
  }

  private void interrupt(Random random, List<Thread> callers) {
    while (running.get()) {
      try {
        Thread.sleep(50 + random.nextInt(100));
      } catch (InterruptedException e) {
        return;
      }
      callers.get(random.nextInt(callers.size())).interrupt();
    }
  }

  /**
   * What the caller was told: only "not sent" and a refused duplicate are claims that nothing was
   * written.
   */
  private static ChaosLedger.Outcome classify(Throwable e) {
    Thread.interrupted(); // the interrupter's flag must not leak into the next operation's
    // classification
    if (e instanceof BufferTimeoutException
        || e instanceof NotConnectedException
        || (e.getMessage() != null && e.getMessage().contains("was not sent"))) {
      return ChaosLedger.Outcome.NOT_SENT;
    }
    if (e instanceof MongoWriteException w && w.getError().getCode() == 11000) {
      return ChaosLedger.Outcome.REFUSED;
    }
    return ChaosLedger.Outcome.UNKNOWN;
  }

  private List<ObjectId> seedDecoys() {
    List<ObjectId> ids = new ArrayList<>();
    try (MongoClient client = MongoClients.create(server.uri())) {
      var c = client.getDatabase(server.databaseName()).getCollection("chaoss");
      for (int i = 0; i < 5; i++) {
        ObjectId id = new ObjectId();
        c.insertOne(new Document("_id", id).append("name", "decoy-" + i));
        ids.add(id);
      }
    }
    return ids;
  }

  /**
   * Every stored document's ids by name (a name is one operation: two ids would be a double
   * insert).
   */
  private Map<String, List<ObjectId>> stored() {
    Map<String, List<ObjectId>> byName = new HashMap<>();
    try (MongoClient client = MongoClients.create(server.uri())) {
      for (Document d : client.getDatabase(server.databaseName()).getCollection("chaoss").find()) {
        byName
            .computeIfAbsent(d.getString("name"), n -> new ArrayList<>())
            .add(d.getObjectId("_id"));
      }
    }
    return byName;
  }

  private List<String> storedPushes() {
    try (MongoClient client = MongoClients.create(server.uri())) {
      Document counter =
          client
              .getDatabase(server.databaseName())
              .getCollection("chaospushes")
              .find(Filters.eq("_id", "counter"))
              .first();
      return counter == null ? List.of() : counter.getList("ops", String.class);
    }
  }
}
