package dev.meerkat.benchmarks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.codecs.Codec;

/**
 * Every {@code Codec<Customer>} under comparison, by name, in the order the benchmark reports them.
 * Shared by the JMH benchmark and the equivalence test so both exercise the same objects. Close it
 * to release Morphia's (never connected) client.
 */
public final class CustomerCodecs implements AutoCloseable {
  /** Meerkat's generated codec: {@code CustomerSchema.INSTANCE.codec()}. */
  public static final String GENERATED = "generated";

  /** The hand-written baseline every ratio is relative to. */
  public static final String HAND_WRITTEN = "handWritten";

  /** The experiment: hand-written, matching names on raw bytes ({@link RawNameCustomerCodec}). */
  public static final String RAW_NAMES = "rawNames";

  /** The driver's automatic {@code PojoCodecProvider}. */
  public static final String POJO = "pojo";

  /** Morphia's entity codec. */
  public static final String MORPHIA = "morphia";

  private final MorphiaCodecSource morphia = new MorphiaCodecSource();
  private final Map<String, Codec<Customer>> byName = new LinkedHashMap<>();

  /** Builds every codec; none of them touches a server. */
  public CustomerCodecs() {
    byName.put(GENERATED, CustomerSchema.INSTANCE.codec());
    byName.put(HAND_WRITTEN, new HandWrittenCustomerCodec());
    byName.put(RAW_NAMES, new RawNameCustomerCodec());
    byName.put(POJO, PojoCodecs.customer());
    byName.put(MORPHIA, morphia.codec());
  }

  /** The codecs by name, in the order above. */
  public Map<String, Codec<Customer>> all() {
    return Collections.unmodifiableMap(byName);
  }

  /** The codec called {@code name}; one of the constants of this class. */
  public Codec<Customer> get(String name) {
    Codec<Customer> codec = byName.get(name);
    if (codec == null) {
      throw new IllegalArgumentException(
          "No codec named '" + name + "'; known: " + byName.keySet());
    }
    return codec;
  }

  @Override
  public void close() {
    morphia.close();
  }
}
