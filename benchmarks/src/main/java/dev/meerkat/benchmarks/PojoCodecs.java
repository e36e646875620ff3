package dev.meerkat.benchmarks;

import com.mongodb.MongoClientSettings;
import org.bson.codecs.Codec;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.codecs.pojo.PojoCodecProvider;

/** The driver's reflective codec, configured the way the driver's documentation shows. */
public final class PojoCodecs {
  private PojoCodecs() {}

  /** {@code PojoCodecProvider.builder().automatic(true)} over the driver's default registry. */
  public static Codec<Customer> customer() {
    CodecRegistry registry =
        CodecRegistries.fromRegistries(
            MongoClientSettings.getDefaultCodecRegistry(),
            CodecRegistries.fromProviders(PojoCodecProvider.builder().automatic(true).build()));
    return registry.get(Customer.class);
  }
}
