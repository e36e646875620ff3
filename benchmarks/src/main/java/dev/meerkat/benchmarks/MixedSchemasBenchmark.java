package dev.meerkat.benchmarks;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.bson.BsonBinaryReader;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The generated decode of {@code Customer} in a JVM that has also decoded two other schemas at the
 * top level first, as an application with several models does: any call site shared by every
 * generated codec then sees three receiver types, as it would in production. Compare with {@code
 * CustomerCodecBenchmark.decodeGenerated}, where only one schema was ever decoded.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MixedSchemasBenchmark {
  private final DecoderContext decoderContext = DecoderContext.builder().build();
  private Codec<Customer> customers;
  private byte[] bytes;

  /**
   * Decodes the three schemas in turn, before anything is compiled, then keeps the Customer bytes.
   */
  @Setup
  public void setUp() {
    customers = CustomerSchema.INSTANCE.codec();
    Codec<Address> addresses = AddressSchema.INSTANCE.codec();
    Codec<Label> labels = LabelSchema.INSTANCE.codec();
    Customer customer = SampleCustomers.sample();
    bytes = CodecBytes.encode(customers, customer);
    byte[] address = CodecBytes.encode(addresses, customer.getAddress());
    byte[] label = CodecBytes.encode(labels, new Label("vip", 3));
    for (int i = 0; i < 30_000; i++) {
      customers.decode(new BsonBinaryReader(ByteBuffer.wrap(bytes)), decoderContext);
      addresses.decode(new BsonBinaryReader(ByteBuffer.wrap(address)), decoderContext);
      labels.decode(new BsonBinaryReader(ByteBuffer.wrap(label)), decoderContext);
    }
  }

  /** Meerkat's generated codec, after two other schemas went through the same code. */
  @Benchmark
  public void decodeGeneratedAmongSchemas(Blackhole bh) {
    bh.consume(customers.decode(new BsonBinaryReader(ByteBuffer.wrap(bytes)), decoderContext));
  }
}
