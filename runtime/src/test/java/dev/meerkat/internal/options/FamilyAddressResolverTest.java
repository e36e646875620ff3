package dev.meerkat.internal.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import dev.meerkat.ConfigurationException;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Mongoose's {@code family} option through the driver's address resolver. */
@MongoTest
class FamilyAddressResolverTest {

  @Test
  void family4ResolvesLocalhostToIpv4Only() throws UnknownHostException {
    List<InetAddress> addresses = new FamilyAddressResolver(4).lookupByName("localhost");
    assertFalse(addresses.isEmpty());
    assertTrue(addresses.stream().allMatch(a -> a instanceof Inet4Address), addresses.toString());
    assertTrue(
        addresses.stream().anyMatch(a -> a.getHostAddress().equals("127.0.0.1")),
        addresses.toString());
  }

  @Test
  void family6ResolvesToIpv6OnlyOrNamesTheHostAndFamily() throws UnknownHostException {
    assertEquals(
        List.of(InetAddress.getByName("::1")), new FamilyAddressResolver(6).lookupByName("::1"));

    boolean localhostHasIpv6 =
        List.of(InetAddress.getAllByName("localhost")).stream()
            .anyMatch(a -> a instanceof Inet6Address);
    if (localhostHasIpv6) {
      List<InetAddress> addresses = new FamilyAddressResolver(6).lookupByName("localhost");
      assertTrue(addresses.stream().allMatch(a -> a instanceof Inet6Address), addresses.toString());
    }
    UnknownHostException e =
        assertThrows(
            UnknownHostException.class,
            () -> new FamilyAddressResolver(6).lookupByName("127.0.0.1"));
    assertTrue(
        e.getMessage().contains("'127.0.0.1'")
            && e.getMessage().contains("IPv6")
            && e.getMessage().contains("family 6"),
        e.getMessage());
  }

  @Test
  void family4ClientReachesTheServerThroughLocalhost(MongoServer server) {
    String uri = server.uri().replace(server.host() + ":", "localhost:");
    ResolvedSettings r =
        ClientSettingsFactory.resolve(uri, ConnectionOptions.builder().family(4).build());
    try (MongoClient client = MongoClients.create(r.applyDriverSettings().build())) {
      MongoCollection<Document> things =
          client.getDatabase(r.databaseName()).getCollection("family_things");
      things.insertOne(new Document("n", 4));
      assertEquals(4, things.find().first().getInteger("n"));
    }
  }

  @Test
  void familyMustBe4Or6() {
    assertThrows(ConfigurationException.class, () -> ConnectionOptions.builder().family(5));
  }
}
