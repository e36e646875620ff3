package dev.meerkat.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;

/** The one customer every benchmark and the equivalence test encode and decode. */
public final class SampleCustomers {
  private SampleCustomers() {}

  /** A fresh, fully populated customer (about 300 bytes of BSON). */
  public static Customer sample() {
    Customer c = new Customer();
    c.setId(new ObjectId("65f1c0ffee0123456789abcd"));
    c.setName("Ada Lovelace");
    c.setEmail("ada.lovelace@example.com");
    c.setAge(36);
    c.setBalance(12345.67);
    c.setActive(true);
    // Whole milliseconds: every codec stores an Instant as a BSON date.
    c.setCreatedAt(Instant.ofEpochMilli(1_710_000_000_123L));
    c.setStatus(Status.ACTIVE);
    c.setAddress(new Address("12 St James's Square", "London", "SW1Y 4JH"));
    c.setTags(new ArrayList<>(List.of("vip", "newsletter", "beta", "mathematics")));
    Map<String, Integer> counters = new LinkedHashMap<>();
    counters.put("logins", 42);
    counters.put("orders", 7);
    counters.put("returns", 1);
    c.setCounters(counters);
    return c;
  }
}
