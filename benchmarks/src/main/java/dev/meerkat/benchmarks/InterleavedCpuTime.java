package dev.meerkat.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;

/**
 * The codec ratios measured by thread CPU time instead of wall-clock time, for a machine too loaded
 * for JMH's throughput scores to mean anything: the operations of {@link CustomerCodecBenchmark}
 * (generated and hand-written encode and decode, and the generated casting decode) run in
 * interleaved slices, {@code rounds} times, each slice timed with {@link
 * ThreadMXBean#getCurrentThreadCpuTime()}. Prints, per operation, the median and range of its ratio
 * to the hand-written codec over the rounds (higher is faster). A second hand-written codec
 * instance runs as the A/A control: its ratio is what the harness reads when nothing differs. The
 * order of the slices rotates each round. A complement to the JMH run, not a replacement: it cannot
 * see time lost outside the thread (GC threads, for one).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.meerkat.benchmarks.InterleavedCpuTime [rounds]}.
 */
public final class InterleavedCpuTime {
  private static final int WARM_UP_OPS = 400_000;
  private static final int SLICE_OPS = 40_000;

  private final EncoderContext encoderContext = EncoderContext.builder().build();
  private final DecoderContext decoderContext = DecoderContext.builder().build();
  private final BasicOutputBuffer buffer = new BasicOutputBuffer(1024);
  private final Customer customer = SampleCustomers.sample();
  private final byte[] bytes = CodecBytes.encode(new HandWrittenCustomerCodec(), customer);
  private final byte[] castingBytes = CastingBytes.otherTypes(bytes);
  private long sink;

  private InterleavedCpuTime() {}

  /** Runs the measurement; the optional argument is the number of rounds (default 15). */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    try (CustomerCodecs codecs = new CustomerCodecs()) {
      new InterleavedCpuTime()
          .run(
              codecs.get(CustomerCodecs.GENERATED),
              codecs.get(CustomerCodecs.HAND_WRITTEN),
              rounds);
    }
  }

  private void run(Codec<Customer> generated, Codec<Customer> handWritten, int rounds) {
    Map<String, Runnable> ops = new LinkedHashMap<>();
    ops.put("encodeGenerated", () -> encode(generated));
    ops.put("encodeHandWritten", () -> encode(handWritten));
    ops.put("decodeGenerated", () -> decode(generated, bytes));
    ops.put("decodeHandWritten", () -> decode(handWritten, bytes));
    ops.put("decodeGeneratedCasting", () -> decode(generated, castingBytes));
    // The A/A control: a second instance of the hand-written codec, the harness's own reading.
    Codec<Customer> control = new HandWrittenCustomerCodec();
    ops.put("encodeControl (A/A)", () -> encode(control));
    ops.put("decodeControl (A/A)", () -> decode(control, bytes));
    List<String> names = new ArrayList<>(ops.keySet());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (Runnable op : ops.values()) {
      for (int i = 0; i < WARM_UP_OPS; i++) {
        op.run();
      }
    }
    Map<String, List<Double>> nanosPerOp = new LinkedHashMap<>();
    ops.keySet().forEach(name -> nanosPerOp.put(name, new ArrayList<>()));
    for (int round = 0; round < rounds; round++) {
      // Each round starts one operation later, so no operation always follows the same one.
      for (int k = 0; k < names.size(); k++) {
        String name = names.get((round + k) % names.size());
        Runnable op = ops.get(name);
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < SLICE_OPS; i++) {
          op.run();
        }
        nanosPerOp.get(name).add((threads.getCurrentThreadCpuTime() - start) / (double) SLICE_OPS);
      }
    }
    System.out.printf(
        "%-24s %14s %10s %16s%n", "operation", "median ns/op", "ratio", "ratio range");
    for (String name : ops.keySet()) {
      String base = name.startsWith("encode") ? "encodeHandWritten" : "decodeHandWritten";
      double[] ratios = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        ratios[round] = nanosPerOp.get(base).get(round) / nanosPerOp.get(name).get(round);
      }
      double[] nanos =
          nanosPerOp.get(name).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      Arrays.sort(ratios);
      System.out.printf(
          "%-24s %14.1f %9.2fx %7.2fx-%.2fx%n",
          name, nanos[rounds / 2], ratios[rounds / 2], ratios[0], ratios[rounds - 1]);
    }
    System.out.println("(sink " + (sink & 1) + ")");
  }

  private void encode(Codec<Customer> codec) {
    buffer.truncateToPosition(0);
    codec.encode(new BsonBinaryWriter(buffer), customer, encoderContext);
    sink += buffer.getPosition();
  }

  private void decode(Codec<Customer> codec, byte[] input) {
    sink += codec.decode(new BsonBinaryReader(ByteBuffer.wrap(input)), decoderContext).getAge();
  }
}
