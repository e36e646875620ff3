package dev.meerkat.benchmarks;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Encode and decode of one {@link Customer} with each codec, plus floors, in one JMH run.
 *
 * <p>Encode writes to a reused {@link BasicOutputBuffer} (truncated each op) through a fresh {@link
 * BsonBinaryWriter}; decode reads the hand-written codec's bytes (declaration order) through a
 * fresh {@link BsonBinaryReader}. Every codec writes the same fields and values, only the driver's
 * Pojo codec sorts them by name ({@code CustomerCodecEquivalenceTest} proves it), so every decoder
 * reads the same bytes. The {@code OtherOrder} pair reads the Pojo codec's sorted bytes instead:
 * the generated codec expects declaration order and this measures the fallback. Each benchmark
 * calls its codec through its own call site, and JMH forks a fresh JVM per benchmark, so no codec's
 * profile pollutes another's.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CustomerCodecBenchmark {
  private final EncoderContext encoderContext = EncoderContext.builder().build();
  private final DecoderContext decoderContext = DecoderContext.builder().build();
  private final BasicOutputBuffer buffer = new BasicOutputBuffer(1024);

  private CustomerCodecs codecs;
  private Codec<Customer> generated;
  private Codec<Customer> handWritten;
  private Codec<Customer> rawNames;
  private Codec<Customer> pojo;
  private Codec<Customer> morphia;
  private Customer customer;
  private byte[] bytes;
  private byte[] otherOrderBytes;
  private byte[] castingBytes;

  /** Builds the codecs and the bytes every decoder reads. */
  @Setup
  public void setUp() {
    codecs = new CustomerCodecs();
    generated = codecs.get(CustomerCodecs.GENERATED);
    handWritten = codecs.get(CustomerCodecs.HAND_WRITTEN);
    rawNames = codecs.get(CustomerCodecs.RAW_NAMES);
    pojo = codecs.get(CustomerCodecs.POJO);
    morphia = codecs.get(CustomerCodecs.MORPHIA);
    customer = SampleCustomers.sample();
    bytes = CodecBytes.encode(new HandWrittenCustomerCodec(), customer);
    // The same fields sorted by name, as the driver's Pojo codec writes them.
    otherOrderBytes = CodecBytes.encode(PojoCodecs.customer(), customer);
    // The same values in other BSON types (int64 age, string balance...): the casting path.
    castingBytes = CastingBytes.otherTypes(bytes);
  }

  /** Releases Morphia's client. */
  @TearDown
  public void tearDown() {
    codecs.close();
  }

  private BsonBinaryWriter writer() {
    buffer.truncateToPosition(0);
    return new BsonBinaryWriter(buffer);
  }

  private BsonBinaryReader reader() {
    return new BsonBinaryReader(ByteBuffer.wrap(bytes));
  }

  private BsonBinaryReader otherOrderReader() {
    return new BsonBinaryReader(ByteBuffer.wrap(otherOrderBytes));
  }

  /** Floor: a writer and an empty document. */
  @Benchmark
  public int encodeFloorEmptyDocument() {
    Floors.writeEmptyDocument(writer());
    return buffer.getPosition();
  }

  /** Meerkat's generated codec. */
  @Benchmark
  public int encodeGenerated() {
    generated.encode(writer(), customer, encoderContext);
    return buffer.getPosition();
  }

  /** The hand-written baseline. */
  @Benchmark
  public int encodeHandWritten() {
    handWritten.encode(writer(), customer, encoderContext);
    return buffer.getPosition();
  }

  /** The driver's automatic Pojo codec. */
  @Benchmark
  public int encodePojo() {
    pojo.encode(writer(), customer, encoderContext);
    return buffer.getPosition();
  }

  /** Morphia. */
  @Benchmark
  public int encodeMorphia() {
    morphia.encode(writer(), customer, encoderContext);
    return buffer.getPosition();
  }

  /** Floor: walk the same bytes, skipping every value. */
  @Benchmark
  public int decodeFloorSkipEveryValue() {
    return Floors.skipEveryValue(reader());
  }

  /** Floor: walk the same bytes under the reader, skipping names too (nothing allocated). */
  @Benchmark
  public int decodeFloorRawBytes() {
    return Floors.walkRawBytes(reader());
  }

  /** Meerkat's generated codec. */
  @Benchmark
  public void decodeGenerated(Blackhole bh) {
    bh.consume(generated.decode(reader(), decoderContext));
  }

  /** The hand-written baseline. */
  @Benchmark
  public void decodeHandWritten(Blackhole bh) {
    bh.consume(handWritten.decode(reader(), decoderContext));
  }

  /** The experiment: hand-written, names matched on raw bytes. */
  @Benchmark
  public void decodeRawNames(Blackhole bh) {
    bh.consume(rawNames.decode(reader(), decoderContext));
  }

  /** The driver's automatic Pojo codec. */
  @Benchmark
  public void decodePojo(Blackhole bh) {
    bh.consume(pojo.decode(reader(), decoderContext));
  }

  /** Morphia. */
  @Benchmark
  public void decodeMorphia(Blackhole bh) {
    bh.consume(morphia.decode(reader(), decoderContext));
  }

  /** Generated, reading fields in an order other than declaration order (alphabetical). */
  @Benchmark
  public void decodeGeneratedOtherOrder(Blackhole bh) {
    bh.consume(generated.decode(otherOrderReader(), decoderContext));
  }

  /** Hand-written, reading fields in alphabetical order: the baseline for the line above. */
  @Benchmark
  public void decodeHandWrittenOtherOrder(Blackhole bh) {
    bh.consume(handWritten.decode(otherOrderReader(), decoderContext));
  }

  /**
   * Generated, reading the same values stored in other BSON types (int64 age, string balance, int64
   * createdAt, double counters), each converted without loss: the casting slow path.
   */
  @Benchmark
  public void decodeGeneratedCasting(Blackhole bh) {
    bh.consume(
        generated.decode(new BsonBinaryReader(ByteBuffer.wrap(castingBytes)), decoderContext));
  }
}
