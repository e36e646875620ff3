package dev.meerkat.benchmarks;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.meerkat.Connection;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoServers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.types.ObjectId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A generated repository method against the same query written by hand on the driver with the
 * hand-written codec: same server, same data, same run. Average time per call, so the ratio
 * repository / hand-written is the repository's cost per call (goal: at most 1.03).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RepositoryBenchmark {
  /** Customers stored; the list query matches about a tenth of them. */
  static final int CUSTOMERS = 60;

  static final int MIN_AGE = 45;

  private MongoServer server;
  private MeerkatInstance meerkat;
  private MongoClient client;
  CustomerRepository repository;
  dev.meerkat.Model<Customer> model;
  MongoCollection<Customer> handWritten;

  /**
   * Starts the server (MONGODB_URI's, else an embedded one), stores the customers, opens both
   * clients.
   */
  @Setup(Level.Trial)
  public void start() {
    String uri = System.getenv("MONGODB_URI");
    server = uri != null ? MongoServers.external(uri) : MongoServers.startEmbedded();
    meerkat = Meerkat.newInstance();
    Connection connection = meerkat.connect(server.uri()).join();
    repository = CustomerRepositoryImpl.on(connection);
    model = connection.model(CustomerSchema.INSTANCE);
    connection.model(CustomerSchema.INSTANCE).deleteMany(dev.meerkat.Filter.empty());
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < CUSTOMERS; i++) {
      Customer c = SampleCustomers.sample();
      c.setId(new ObjectId());
      c.setEmail("customer" + i + "@example.com");
      c.setAge(18 + i % 63);
      c.setStatus(Status.values()[i % 3]);
      customers.add(c);
    }
    connection.model(CustomerSchema.INSTANCE).insertMany(customers);
    MongoClientSettings.Builder settings =
        MongoClientSettings.builder()
            .applyConnectionString(new com.mongodb.ConnectionString(server.uri()))
            .codecRegistry(
                CodecRegistries.fromRegistries(
                    CodecRegistries.fromCodecs(new HandWrittenCustomerCodec()),
                    MongoClientSettings.getDefaultCodecRegistry()));
    if (Boolean.getBoolean("bench.listeners")) {
      // Experiment: give the hand-written client the kind of listeners every Meerkat client
      // carries.
      settings.addCommandListener(new com.mongodb.event.CommandListener() {});
      settings.applyToConnectionPoolSettings(
          p -> p.addConnectionPoolListener(new com.mongodb.event.ConnectionPoolListener() {}));
    }
    client = MongoClients.create(settings.build());
    handWritten = client.getDatabase(connection.name()).getCollection("customers", Customer.class);
  }

  /** Closes both clients and the server. */
  @TearDown(Level.Trial)
  public void stop() {
    client.close();
    meerkat.disconnect().join();
    server.close();
  }

  /** The generated repository: several documents. */
  @Benchmark
  public List<Customer> listRepository() {
    return repository.findByStatusAndAgeGreaterThanOrderByAgeAsc(Status.ACTIVE, MIN_AGE);
  }

  /** The same query by hand on the driver, with the hand-written codec. */
  @Benchmark
  public List<Customer> listHandWritten() {
    return handWritten
        .find(Filters.and(Filters.eq("status", Status.ACTIVE.name()), Filters.gt("age", MIN_AGE)))
        .sort(Sorts.ascending("age"))
        .into(new ArrayList<>());
  }

  /**
   * The same query on Meerkat's model API, written by hand: what the repository itself adds is the
   * difference.
   */
  @Benchmark
  public List<Customer> listModel() {
    return model
        .find(
            dev.meerkat.Filter.raw(
                Filters.and(
                    Filters.eq("status", Status.ACTIVE.name()), Filters.gt("age", MIN_AGE))))
        .sort(dev.meerkat.Sort.raw(Sorts.ascending("age")))
        .list();
  }

  /** The generated repository: one document. */
  @Benchmark
  public Optional<Customer> oneRepository() {
    return repository.findByEmail("customer30@example.com");
  }

  /** The same lookup on Meerkat's model API. */
  @Benchmark
  public Optional<Customer> oneModel() {
    return model
        .find(dev.meerkat.Filter.raw(Filters.eq("email", "customer30@example.com")))
        .first();
  }

  /** The same lookup by hand. */
  @Benchmark
  public Optional<Customer> oneHandWritten() {
    return Optional.ofNullable(
        handWritten.find(Filters.eq("email", "customer30@example.com")).limit(1).first());
  }
}
