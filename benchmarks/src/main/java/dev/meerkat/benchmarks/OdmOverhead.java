package dev.meerkat.benchmarks;

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
import dev.meerkat.testing.MongoServers;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.types.ObjectId;

/**
 * Meerkat's per-operation overhead over the raw driver, on one embedded server in one JVM, with
 * rounds interleaved so both sides see the same machine: each round runs every operation on the raw
 * driver (with {@link HandWrittenCustomerCodec}) and on a Meerkat model (generated codec), in
 * alternating order, and records Meerkat's cost divided by the raw driver's for wall time, the
 * calling thread's CPU time (steadier on a shared machine; the sync driver encodes, writes, reads
 * and decodes on the calling thread) and the bytes the calling thread allocated (deterministic).
 * Prints, per operation, the median ratio over the measured rounds and their range, and the median
 * bytes per operation of each side.
 *
 * <p>A third variant is the A/A control: a separately compiled copy of the raw calls ({@link
 * #controlOps}), on a second collection of the same client, with the same codec. Its ratio to the
 * raw side ({@code A/A} column, caller CPU) is what the harness reads when nothing differs, JIT
 * placement included; a Meerkat ratio is only meaningful beside it. The three variants run in each
 * of their six orders in turn (use a multiple of six rounds), so that each runs in each position
 * and after each other variant equally often.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.meerkat.benchmarks.OdmOverhead [rounds] [opsPerRound] [shared|own] [ops]
 * </pre>
 *
 * <p>{@code ops}, a comma-separated subset of {@code insert,findById,updateOne,find+limit}, runs
 * only those operations.
 *
 * <p>By default the raw side has its own {@code MongoClient} with the driver's defaults. With
 * {@code shared}, it uses Meerkat's own client ({@link Connection#client()}): same pool, same
 * listeners, so the ratio is the cost of Meerkat's code alone; the difference between the two runs
 * is what Meerkat's client configuration (its pool and cluster listeners) costs.
 */
public final class OdmOverhead {
  private static final int SEEDED = 1000;
  private static final int WARMUP_ROUNDS = 5;

  /**
   * The six orders of the three variants (raw, Meerkat, control), one per round in turn: each
   * variant runs in each position and after each other variant equally often, so neither a position
   * nor what ran just before (its garbage, its code in the caches) favours one side.
   */
  private static final int[][] ORDERS = {
    {0, 1, 2}, {2, 1, 0}, {1, 2, 0}, {0, 2, 1}, {2, 0, 1}, {1, 0, 2}
  };

  private final MongoCollection<Customer> raw;
  private final MongoCollection<Customer> control;
  private final Model<Customer> model;
  private final List<ObjectId> rawIds = new ArrayList<>();
  private final List<ObjectId> controlIds = new ArrayList<>();
  private final List<ObjectId> modelIds = new ArrayList<>();
  private final Random random = new Random(1);
  private volatile Object sink;

  private OdmOverhead(
      MongoCollection<Customer> raw, MongoCollection<Customer> control, Model<Customer> model) {
    this.raw = raw;
    this.control = control;
    this.model = model;
  }

  /**
   * Runs the comparison; arguments: measured rounds (default 15), operations per side per round
   * (default 2000).
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    int ops = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    try (MongoServer server = MongoServers.startEmbedded();
        MongoClient client =
            MongoClients.create(
                MongoClientSettings.builder()
                    .applyConnectionString(new com.mongodb.ConnectionString(server.uri()))
                    .build())) {
      MeerkatInstance meerkat = Meerkat.newInstance();
      Connection conn = meerkat.createConnection(server.uri());
      conn.asFuture().get(30, TimeUnit.SECONDS);
      boolean shared = args.length > 2 && args[2].equals("shared");
      MongoClient rawClient = shared ? conn.client() : client;
      OdmOverhead bench =
          new OdmOverhead(
              handWritten(rawClient, server, "raw_customers"),
              handWritten(rawClient, server, "control_customers"),
              conn.model(CustomerSchema.INSTANCE));
      bench.seed();
      Set<String> only = args.length > 3 ? Set.of(args[3].split(",")) : Set.of();
      bench.run(rounds, ops, only);
      meerkat.disconnect().get(30, TimeUnit.SECONDS);
    }
  }

  private static MongoCollection<Customer> handWritten(
      MongoClient client, MongoServer server, String name) {
    return client
        .getDatabase(server.databaseName())
        .getCollection(name, Customer.class)
        .withCodecRegistry(
            CodecRegistries.fromRegistries(
                CodecRegistries.fromCodecs(new HandWrittenCustomerCodec()),
                MongoClientSettings.getDefaultCodecRegistry()));
  }

  private void seed() {
    for (int i = 0; i < SEEDED; i++) {
      Customer r = customer(i);
      r.setId(new ObjectId());
      raw.insertOne(r);
      rawIds.add(r.getId());
      Customer c = customer(i);
      c.setId(new ObjectId());
      control.insertOne(c);
      controlIds.add(c.getId());
      modelIds.add(model.create(customer(i)).getId());
    }
  }

  private static Customer customer(int i) {
    Customer c = SampleCustomers.sample();
    c.setId(null);
    c.setName("Customer " + i);
    c.setStatus(i % 3 == 0 ? Status.ACTIVE : Status.PENDING);
    return c;
  }

  private void run(int rounds, int ops, Set<String> only) {
    String[] names = {"insert", "findById", "updateOne", "find+limit"};
    IntConsumer[][] variants = {rawOps(raw, rawIds), modelOps(), controlOps(control, controlIds)};
    double[][] wall = new double[names.length][rounds];
    double[][] cpu = new double[names.length][rounds];
    double[][] alloc = new double[names.length][rounds];
    double[][] controlCpu = new double[names.length][rounds];
    double[][] rawBytes = new double[names.length][rounds];
    double[][] modelBytes = new double[names.length][rounds];
    for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
      for (int op = 0; op < names.length; op++) {
        if (!only.isEmpty() && !only.contains(names[op])) {
          continue;
        }
        long[][] times = new long[variants.length][];
        for (int which : ORDERS[Math.floorMod(round + op, ORDERS.length)]) {
          times[which] = time(variants[which][op], ops);
        }
        long[] rawTime = times[0];
        long[] modelTime = times[1];
        if (round >= 0) {
          // Cost ratios, Meerkat / raw: above 1, Meerkat costs more.
          wall[op][round] = (double) modelTime[0] / rawTime[0];
          cpu[op][round] = (double) modelTime[1] / rawTime[1];
          alloc[op][round] = (double) modelTime[2] / rawTime[2];
          controlCpu[op][round] = (double) times[2][1] / rawTime[1];
          rawBytes[op][round] = (double) rawTime[2] / ops;
          modelBytes[op][round] = (double) modelTime[2] / ops;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-11s %25s %25s %25s %19s %25s%n",
        "Meerkat/raw",
        "wall: median [min-max]",
        "caller CPU: median [min-max]",
        "alloc: median [min-max]",
        "bytes/op raw Meerkat",
        "A/A caller CPU");
    for (int op = 0; op < names.length; op++) {
      if (!only.isEmpty() && !only.contains(names[op])) {
        continue;
      }
      System.out.printf(
          Locale.ROOT,
          "%-11s %25s %25s %25s %9.0f %9.0f %25s%n",
          names[op],
          summary(wall[op]),
          summary(cpu[op]),
          summary(alloc[op]),
          median(rawBytes[op]),
          median(modelBytes[op]),
          summary(controlCpu[op]));
    }
    System.out.printf(
        Locale.ROOT,
        "(cost ratios, above 1: Meerkat costs more; A/A: the raw calls on a second collection / the"
            + " raw side, the harness's own reading; %d rounds x %d ops per side, interleaved)%n",
        rounds,
        ops);
  }

  /** The raw driver's four operations on {@code collection}, whose seeded ids are {@code ids}. */
  private IntConsumer[] rawOps(MongoCollection<Customer> collection, List<ObjectId> ids) {
    return new IntConsumer[] {
      i -> {
        Customer c = customer(i);
        c.setId(new ObjectId());
        collection.insertOne(c);
      },
      i -> sink = collection.find(Filters.eq("_id", ids.get(random.nextInt(SEEDED)))).first(),
      i ->
          sink =
              collection.updateOne(
                  Filters.eq("_id", ids.get(random.nextInt(SEEDED))), Updates.inc("age", 1)),
      i -> sink = collection.find(Filters.eq("status", "ACTIVE")).limit(10).into(new ArrayList<>()),
    };
  }

  /**
   * A copy of {@link #rawOps}, on purpose: the control must not share the raw side's compiled code.
   * With the same lambdas, the control ran whatever machine code the JIT made for the raw side and
   * read 1.00x even in JVMs where that code happened to be better or worse than another copy of it
   * would be (the JIT's inlining and escape analysis depend on the order methods get hot);
   * Meerkat's calls are compiled separately, so only a separately compiled copy shows that
   * variation.
   */
  private IntConsumer[] controlOps(MongoCollection<Customer> collection, List<ObjectId> ids) {
    return new IntConsumer[] {
      i -> {
        Customer c = customer(i);
        c.setId(new ObjectId());
        collection.insertOne(c);
      },
      i -> sink = collection.find(Filters.eq("_id", ids.get(random.nextInt(SEEDED)))).first(),
      i ->
          sink =
              collection.updateOne(
                  Filters.eq("_id", ids.get(random.nextInt(SEEDED))), Updates.inc("age", 1)),
      i -> sink = collection.find(Filters.eq("status", "ACTIVE")).limit(10).into(new ArrayList<>()),
    };
  }

  /** The same four operations through the Meerkat model. */
  private IntConsumer[] modelOps() {
    return new IntConsumer[] {
      i -> sink = model.create(customer(i)),
      i -> sink = model.findById(modelIds.get(random.nextInt(SEEDED))),
      i ->
          sink =
              model.updateOne(
                  Filter.raw(Filters.eq("_id", modelIds.get(random.nextInt(SEEDED)))),
                  Update.raw(Updates.inc("age", 1))),
      i -> sink = model.find(Filter.raw(Filters.eq("status", "ACTIVE"))).limit(10).list(),
    };
  }

  private static double median(double[] values) {
    double[] r = values.clone();
    Arrays.sort(r);
    return r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
  }

  private static String summary(double[] ratios) {
    double[] r = ratios.clone();
    Arrays.sort(r);
    return String.format(Locale.ROOT, "%.3fx [%.3f-%.3f]", median(r), r[0], r[r.length - 1]);
  }

  /**
   * Wall-clock nanoseconds, calling-thread CPU nanoseconds and bytes allocated by the calling
   * thread for {@code count} operations (the sync driver encodes, does its I/O and decodes on the
   * caller; the allocation figure is deterministic, unlike the times).
   */
  private static long[] time(IntConsumer op, int count) {
    long thread = Thread.currentThread().getId();
    long bytesStart = THREADS.getThreadAllocatedBytes(thread);
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < count; i++) {
      op.accept(i);
    }
    long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
    long wall = System.nanoTime() - start;
    return new long[] {wall, cpu, THREADS.getThreadAllocatedBytes(thread) - bytesStart};
  }

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
}
