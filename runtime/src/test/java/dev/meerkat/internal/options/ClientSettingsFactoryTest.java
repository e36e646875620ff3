package dev.meerkat.internal.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.AuthenticationMechanism;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import com.mongodb.ReadPreference;
import com.mongodb.connection.ClusterConnectionMode;
import dev.meerkat.ConfigurationException;
import dev.meerkat.ConnectionOptions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.UuidRepresentation;
import org.junit.jupiter.api.Test;

/**
 * URI and option rules of {@link ClientSettingsFactory}, checked on the driver settings it builds.
 */
class ClientSettingsFactoryTest {
  private static final ConnectionOptions NONE = ConnectionOptions.defaults();

  @Test
  void objectOptionsWinOverTheUri() {
    ConnectionOptions options =
        ConnectionOptions.builder()
            .maxPoolSize(7)
            .serverSelectionTimeoutMS(1234)
            .socketTimeoutMS(99)
            .build();
    ResolvedSettings r =
        ClientSettingsFactory.resolve(
            "mongodb://h1/app?maxPoolSize=5&serverSelectionTimeoutMS=5000&connectTimeoutMS=700&minPoolSize=2",
            options);
    MongoClientSettings s = r.settings().build();

    assertEquals(7, s.getConnectionPoolSettings().getMaxSize());
    assertEquals(2, s.getConnectionPoolSettings().getMinSize());
    assertEquals(1234, s.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS));
    assertEquals(99, s.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS));
    assertEquals(700, s.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS));
    assertEquals(7, r.effective().maxPoolSize());
    assertEquals(2, r.effective().minPoolSize());
    assertEquals(700L, r.effective().connectTimeoutMS());
    assertEquals(1234L, r.effective().serverSelectionTimeoutMS());
  }

  @Test
  void driverOptionsInTheUriAreReadBackIntoEffective() {
    ResolvedSettings r =
        ClientSettingsFactory.resolve(
            "mongodb://h1/app?maxPoolSize=5&maxConnecting=3"
                + "&maxIdleTimeMS=600&waitQueueTimeoutMS=800&heartbeatFrequencyMS=900&replicaSet=rs0"
                + "&readPreference=nearest",
            NONE);
    ConnectionOptions e = r.effective();
    assertEquals(5, e.maxPoolSize());
    assertEquals(3, e.maxConnecting());
    assertEquals(600L, e.maxIdleTimeMS());
    assertEquals(800L, e.waitQueueTimeoutMS());
    assertEquals(900L, e.heartbeatFrequencyMS());
    assertEquals("rs0", e.replicaSet());
    assertEquals(ReadPreference.nearest(), e.readPreference());
    MongoClientSettings s = r.settings().build();
    assertEquals(800, s.getConnectionPoolSettings().getMaxWaitTime(TimeUnit.MILLISECONDS));
    assertEquals(
        600, s.getConnectionPoolSettings().getMaxConnectionIdleTime(TimeUnit.MILLISECONDS));
    assertEquals(3, s.getConnectionPoolSettings().getMaxConnecting());
    assertEquals(900, s.getServerSettings().getHeartbeatFrequency(TimeUnit.MILLISECONDS));
    assertEquals("rs0", s.getClusterSettings().getRequiredReplicaSetName());
  }

  @Test
  void everyObjectOptionReachesTheDriver() {
    ConnectionOptions options =
        ConnectionOptions.builder()
            .maxPoolSize(9)
            .minPoolSize(1)
            .maxConnecting(4)
            .maxIdleTimeMS(111)
            .waitQueueTimeoutMS(222)
            .socketTimeoutMS(333)
            .connectTimeoutMS(444)
            .serverSelectionTimeoutMS(555)
            .heartbeatFrequencyMS(666)
            .replicaSet("rs1")
            .readPreference(ReadPreference.primaryPreferred())
            .family(4)
            .build();
    MongoClientSettings s =
        ClientSettingsFactory.resolve("mongodb://h1", options).settings().build();
    assertEquals(9, s.getConnectionPoolSettings().getMaxSize());
    assertEquals(1, s.getConnectionPoolSettings().getMinSize());
    assertEquals(4, s.getConnectionPoolSettings().getMaxConnecting());
    assertEquals(
        111, s.getConnectionPoolSettings().getMaxConnectionIdleTime(TimeUnit.MILLISECONDS));
    assertEquals(222, s.getConnectionPoolSettings().getMaxWaitTime(TimeUnit.MILLISECONDS));
    assertEquals(333, s.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS));
    assertEquals(444, s.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS));
    assertEquals(555, s.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS));
    assertEquals(666, s.getServerSettings().getHeartbeatFrequency(TimeUnit.MILLISECONDS));
    assertEquals("rs1", s.getClusterSettings().getRequiredReplicaSetName());
    assertEquals(ClusterConnectionMode.MULTIPLE, s.getClusterSettings().getMode());
    assertEquals(ReadPreference.primaryPreferred(), s.getReadPreference());
    assertInstanceOf(FamilyAddressResolver.class, s.getInetAddressResolver());
    assertEquals(UuidRepresentation.STANDARD, s.getUuidRepresentation());
  }

  @Test
  void uuidRepresentationIsAlwaysStandard() {
    ResolvedSettings r =
        ClientSettingsFactory.resolve("mongodb://h1/?uuidRepresentation=javaLegacy", NONE);
    assertEquals(UuidRepresentation.STANDARD, r.settings().build().getUuidRepresentation());
    assertTrue(
        r.warnings().stream().anyMatch(w -> w.contains("uuidRepresentation")),
        r.warnings().toString());
  }

  @Test
  void databaseNameHostsAndRedactedUri() {
    ResolvedSettings r =
        ClientSettingsFactory.resolve(
            "mongodb://ann:s3cr3tPw@a.example:27018,b.example,[::1]/shop?replicaSet=rs0", NONE);
    assertEquals("shop", r.databaseName());
    assertEquals(List.of("a.example:27018", "b.example:27017", "[::1]:27017"), r.hosts());
    assertEquals(
        "mongodb://ann:<hidden>@a.example:27018,b.example,[::1]/shop?replicaSet=rs0",
        r.redactedUri());
    assertFalse(r.toString().contains("s3cr3tPw"), r.toString());
    assertFalse(r.effective().toString().contains("s3cr3tPw"));

    assertEquals("test", ClientSettingsFactory.resolve("mongodb://h1", NONE).databaseName());
    assertEquals(
        "other",
        ClientSettingsFactory.resolve(
                "mongodb://h1/shop", ConnectionOptions.builder().dbName("other").build())
            .databaseName());
  }

  @Test
  void uriCredentialsAreUsedWhenTheObjectSetsNone() {
    ResolvedSettings r = ClientSettingsFactory.resolve("mongodb://ann:pw%40x@h1/shop", NONE);
    MongoCredential c = r.settings().build().getCredential();
    assertEquals("ann", c.getUserName());
    assertEquals("pw@x", new String(c.getPassword()));
    assertEquals("shop", c.getSource());
    assertEquals("ann", r.effective().user());
    assertEquals("shop", r.effective().authSource());
  }

  @Test
  void objectCredentialsWinAndDefaultTheAuthSourceAsTheDriverDoes() {
    ConnectionOptions options = ConnectionOptions.builder().user("bob").pass("bobpw").build();
    MongoCredential c =
        ClientSettingsFactory.resolve("mongodb://ann:pw@h1/shop", options)
            .settings()
            .build()
            .getCredential();
    assertEquals("bob", c.getUserName());
    assertEquals("bobpw", new String(c.getPassword()));
    assertEquals("shop", c.getSource());
    assertNull(c.getAuthenticationMechanism());

    MongoCredential admin =
        ClientSettingsFactory.resolve("mongodb://h1", options).settings().build().getCredential();
    assertEquals("admin", admin.getSource());

    MongoCredential fromUriSource =
        ClientSettingsFactory.resolve("mongodb://h1/shop?authSource=users", options)
            .settings()
            .build()
            .getCredential();
    assertEquals("users", fromUriSource.getSource());

    MongoCredential objectSource =
        ClientSettingsFactory.resolve(
                "mongodb://h1/shop?authSource=users",
                ConnectionOptions.builder(options).authSource("auth").build())
            .settings()
            .build()
            .getCredential();
    assertEquals("auth", objectSource.getSource());
  }

  @Test
  void uriMechanismIsKeptAndAuthSourceOverridesTheUris() {
    MongoCredential c =
        ClientSettingsFactory.resolve(
                "mongodb://ann:pw@h1/shop?authMechanism=SCRAM-SHA-256",
                ConnectionOptions.builder().authSource("other").build())
            .settings()
            .build()
            .getCredential();
    assertEquals(AuthenticationMechanism.SCRAM_SHA_256, c.getAuthenticationMechanism());
    assertEquals("other", c.getSource());
    assertEquals("ann", c.getUserName());
  }

  @Test
  void userWithoutPassIsAnErrorUnlessTheUriHasTheSameUser() {
    ConnectionOptions userOnly = ConnectionOptions.builder().user("bob").build();
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> ClientSettingsFactory.resolve("mongodb://ann:annpw@h1", userOnly));
    assertTrue(e.getMessage().contains("user (bob) is set without pass"), e.getMessage());
    assertFalse(e.getMessage().contains("annpw"));

    MongoCredential same =
        ClientSettingsFactory.resolve("mongodb://bob:bobpw@h1", userOnly)
            .settings()
            .build()
            .getCredential();
    assertEquals("bobpw", new String(same.getPassword()));
  }

  @Test
  void minPoolSizeAboveMaxPoolSizeAfterMergingIsAnError() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () ->
                ClientSettingsFactory.resolve(
                    "mongodb://u:hunter22@h1/?minPoolSize=20",
                    ConnectionOptions.builder().maxPoolSize(10).build()));
    assertTrue(
        e.getMessage().contains("minPoolSize (20) must not exceed maxPoolSize (10)"),
        e.getMessage());
    assertFalse(e.getMessage().contains("hunter22"), e.getMessage());
  }

  @Test
  void invalidValuesInTheUriNameTheOption() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> ClientSettingsFactory.resolve("mongodb://u:hunter22@h1/?maxPoolSize=ten", NONE));
    assertTrue(
        e.getMessage().contains("maxPoolSize") || e.getMessage().contains("maxpoolsize"),
        e.getMessage());
    assertFalse(e.getMessage().contains("hunter22"), e.getMessage());

    ConfigurationException negative =
        assertThrows(
            ConfigurationException.class,
            () -> ClientSettingsFactory.resolve("mongodb://h1/?maxIdleTimeMS=-5", NONE));
    assertTrue(
        negative.getMessage().toLowerCase().contains("maxidletimems"), negative.getMessage());
  }

  @Test
  void zeroHeartbeatIsRejectedByName() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () ->
                ClientSettingsFactory.resolve(
                    "mongodb://h1", ConnectionOptions.builder().heartbeatFrequencyMS(0).build()));
    assertTrue(e.getMessage().contains("heartbeatFrequency"), e.getMessage());
  }
}
