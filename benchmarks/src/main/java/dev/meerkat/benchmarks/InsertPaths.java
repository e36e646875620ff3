package dev.meerkat.benchmarks;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import dev.meerkat.Connection;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoServers;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.bson.codecs.Codec;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.types.ObjectId;

/**
 * Where an insert's cost over the raw driver goes: the same {@code insertOne} through Meerkat's own
 * {@code MongoClient} with the hand-written codec, with Meerkat's generated codec, and a Meerkat
 * model's {@code create} (validation, {@code _id}, the safe-insert bookkeeping, the generated
 * codec). Rounds of {@code ops} inserts per variant, the three in rotating order, calling-thread
 * CPU time; prints the median ratio to the hand-written insert and its range.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.meerkat.benchmarks.InsertPaths [rounds] [ops]
 * </pre>
 */
public final class InsertPaths {
  private static final int WARMUP_ROUNDS = 5;
  private static volatile Object sink;

  private InsertPaths() {}

  private static Customer customer(int i) {
    Customer c = SampleCustomers.sample();
    c.setId(null);
    c.setName("Customer " + i);
    return c;
  }

  /** Runs the comparison; arguments: measured rounds (default 21), inserts per variant (300). */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
    int ops = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (MongoServer server = MongoServers.startEmbedded()) {
      MeerkatInstance meerkat = Meerkat.newInstance();
      Connection conn = meerkat.createConnection(server.uri());
      conn.asFuture().get(30, TimeUnit.SECONDS);
      MongoClient client = conn.client();
      MongoCollection<Customer> hand =
          collection(client, server, "hand", new HandWrittenCustomerCodec());
      MongoCollection<Customer> generated =
          collection(client, server, "generated", CustomerSchema.INSTANCE.codec());
      Model<Customer> model = conn.model(CustomerSchema.INSTANCE);
      int[] next = {0};
      Runnable[] variants = {
        () -> {
          Customer c = customer(next[0]++);
          c.setId(new ObjectId());
          hand.insertOne(c);
        },
        () -> {
          Customer c = customer(next[0]++);
          c.setId(new ObjectId());
          generated.insertOne(c);
        },
        () -> sink = model.create(customer(next[0]++)),
      };
      List<double[]> ratios = new ArrayList<>();
      for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
        long[] cpu = new long[variants.length];
        for (int k = 0; k < variants.length; k++) {
          int which = Math.floorMod(round + k, variants.length);
          long start = threads.getCurrentThreadCpuTime();
          for (int i = 0; i < ops; i++) {
            variants[which].run();
          }
          cpu[which] = threads.getCurrentThreadCpuTime() - start;
        }
        if (round >= 0) {
          ratios.add(new double[] {(double) cpu[1] / cpu[0], (double) cpu[2] / cpu[0]});
        }
      }
      print("raw insert, generated codec / hand-written", ratios, 0);
      print("model.create / raw insert, hand-written   ", ratios, 1);
      meerkat.disconnect().get(30, TimeUnit.SECONDS);
    }
  }

  private static MongoCollection<Customer> collection(
      MongoClient client, MongoServer server, String name, Codec<Customer> codec) {
    return client
        .getDatabase(server.databaseName())
        .getCollection(name + "_customers", Customer.class)
        .withCodecRegistry(
            CodecRegistries.fromRegistries(
                CodecRegistries.fromCodecs(codec), MongoClientSettings.getDefaultCodecRegistry()));
  }

  private static void print(String label, List<double[]> ratios, int column) {
    double[] r = ratios.stream().mapToDouble(d -> d[column]).toArray();
    Arrays.sort(r);
    double median =
        r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
    System.out.printf(
        Locale.ROOT,
        "%s CPU: median %.3fx [%.3f-%.3f] (%d rounds)%n",
        label,
        median,
        r[0],
        r[r.length - 1],
        r.length);
  }
}
