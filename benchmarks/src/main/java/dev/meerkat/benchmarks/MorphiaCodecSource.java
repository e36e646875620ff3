package dev.meerkat.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.morphia.Datastore;
import dev.morphia.Morphia;
import org.bson.codecs.Codec;

/**
 * Morphia's codec for {@link Customer}, taken from a {@link Datastore}'s codec registry. The
 * datastore's client points at a closed port and never connects: building codecs needs no server.
 * Close it to stop the client's monitor thread.
 */
public final class MorphiaCodecSource implements AutoCloseable {
  private final MongoClient client;
  private final Codec<Customer> codec;

  /** Creates the datastore and maps {@link Customer}. */
  public MorphiaCodecSource() {
    client = MongoClients.create("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=1000");
    Datastore datastore = createDatastore(client);
    codec = datastore.getCodecRegistry().get(Customer.class);
  }

  @SuppressWarnings("deprecation") // the config-free factory is the simplest one in 2.x
  private static Datastore createDatastore(MongoClient client) {
    return Morphia.createDatastore(client, "bench");
  }

  /** Morphia's {@code Codec<Customer>}. */
  public Codec<Customer> codec() {
    return codec;
  }

  @Override
  public void close() {
    client.close();
  }
}
