package dev.meerkat.internal.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoClientSettings;
import com.mongodb.ReadPreference;
import dev.meerkat.ConfigurationException;
import dev.meerkat.ConnectionOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** {@link ConnectionOptions#fromMap} with Mongoose's option names. */
class OptionsMapReaderTest {

  @Test
  void readsTypedAndStringValues() {
    Executor direct = Runnable::run;
    Consumer<MongoClientSettings.Builder> custom = b -> b.applicationName("x");
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("bufferCommands", "false");
    map.put("bufferTimeoutMS", 2500);
    map.put("autoIndex", true);
    map.put("autoCreate", "TRUE");
    map.put("dbName", "shop");
    map.put("user", "ann");
    map.put("pass", "annpw");
    map.put("debug", false);
    map.put("executor", direct);
    map.put("maxPoolSize", "10");
    map.put("minPoolSize", 2L);
    map.put("maxConnecting", 3);
    map.put("maxIdleTimeMS", "60000");
    map.put("waitQueueTimeoutMS", 500);
    map.put("socketTimeoutMS", 0);
    map.put("connectTimeoutMS", 1000.0);
    map.put("serverSelectionTimeoutMS", "5000");
    map.put("heartbeatFrequencyMS", 2000);
    map.put("family", "4");
    map.put("authSource", "admin");
    map.put("replicaSet", "rs0");
    map.put("readPreference", "secondaryPreferred");
    map.put("driverSettings", custom);
    ConnectionOptions o = ConnectionOptions.fromMap(map);

    assertEquals(false, o.bufferCommands());
    assertEquals(2500L, o.bufferTimeoutMS());
    assertEquals(true, o.autoIndex());
    assertEquals(true, o.autoCreate());
    assertEquals("shop", o.dbName());
    assertEquals("ann", o.user());
    assertEquals("annpw", o.pass());
    assertEquals(false, o.debug());
    assertSame(direct, o.executor());
    assertEquals(10, o.maxPoolSize());
    assertEquals(2, o.minPoolSize());
    assertEquals(3, o.maxConnecting());
    assertEquals(60000L, o.maxIdleTimeMS());
    assertEquals(500L, o.waitQueueTimeoutMS());
    assertEquals(0L, o.socketTimeoutMS());
    assertEquals(1000L, o.connectTimeoutMS());
    assertEquals(5000L, o.serverSelectionTimeoutMS());
    assertEquals(2000L, o.heartbeatFrequencyMS());
    assertEquals(4, o.family());
    assertEquals("admin", o.authSource());
    assertEquals("rs0", o.replicaSet());
    assertEquals(ReadPreference.secondaryPreferred(), o.readPreference());
    assertSame(custom, o.driverSettings());
  }

  @Test
  void acceptsMongooseAuthMap() {
    ConnectionOptions o =
        ConnectionOptions.fromMap(Map.of("auth", Map.of("username", "ann", "password", "pw1")));
    assertEquals("ann", o.user());
    assertEquals("pw1", o.pass());
  }

  @Test
  void removedOptionsWarnAndPoolSizeBecomesMaxPoolSize() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("poolSize", "8");
    map.put("useNewUrlParser", true);
    map.put("keepAlive", true);
    OptionsMapReader.Result r = OptionsMapReader.read(map);
    assertEquals(8, r.options().maxPoolSize());
    assertEquals(3, r.warnings().size(), r.warnings().toString());
    assertTrue(
        r.warnings().get(0).contains("poolSize is deprecated")
            && r.warnings().get(0).contains("maxPoolSize"),
        r.warnings().get(0));
    assertTrue(r.warnings().get(1).contains("useNewUrlParser is deprecated"), r.warnings().get(1));
  }

  @Test
  void unknownKeySuggestsTheClosestName() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> ConnectionOptions.fromMap(Map.of("maxPoolsize", 5)));
    assertTrue(
        e.getMessage().contains("Unknown connection option maxPoolsize; did you mean maxPoolSize?"),
        e.getMessage());

    ConfigurationException typo =
        assertThrows(
            ConfigurationException.class,
            () -> ConnectionOptions.fromMap(Map.of("bufferComands", false)));
    assertTrue(typo.getMessage().contains("did you mean bufferCommands?"), typo.getMessage());
  }

  @Test
  void wrongTypesNameKeyValueAndExpectedType() {
    ConfigurationException number =
        assertThrows(
            ConfigurationException.class,
            () -> ConnectionOptions.fromMap(Map.of("maxPoolSize", "ten")));
    assertEquals(
        "Option maxPoolSize has value \"ten\" (String); expected an integer", number.getMessage());

    ConfigurationException bool =
        assertThrows(
            ConfigurationException.class,
            () -> ConnectionOptions.fromMap(Map.of("bufferCommands", "yes please")));
    assertTrue(
        bool.getMessage().contains("bufferCommands")
            && bool.getMessage().contains("yes please")
            && bool.getMessage().contains("boolean"),
        bool.getMessage());

    ConfigurationException fraction =
        assertThrows(
            ConfigurationException.class,
            () -> ConnectionOptions.fromMap(Map.of("connectTimeoutMS", 1.5)));
    assertTrue(
        fraction.getMessage().contains("connectTimeoutMS has value 1.5"), fraction.getMessage());

    ConfigurationException readPreference =
        assertThrows(
            ConfigurationException.class,
            () -> ConnectionOptions.fromMap(Map.of("readPreference", "sideways")));
    assertTrue(
        readPreference.getMessage().contains("sideways")
            && readPreference.getMessage().contains("secondaryPreferred"));

    ConfigurationException executor =
        assertThrows(
            ConfigurationException.class,
            () -> ConnectionOptions.fromMap(Map.of("executor", "pool")));
    assertTrue(executor.getMessage().contains("Executor"), executor.getMessage());
  }

  @Test
  void passValueIsNeverShown() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> ConnectionOptions.fromMap(Map.of("user", "ann", "pass", 123456789)));
    assertTrue(
        e.getMessage().contains("Option pass has value a Integer; expected a string"),
        e.getMessage());
    assertFalse(e.getMessage().contains("123456789"));

    ConfigurationException inAuth =
        assertThrows(
            ConfigurationException.class,
            () ->
                ConnectionOptions.fromMap(
                    Map.of("auth", Map.of("username", "ann", "password", 987654321))));
    assertFalse(inAuth.getMessage().contains("987654321"), inAuth.getMessage());
  }

  @Test
  void invalidValuesAndCrossFieldRulesAreChecked() {
    ConfigurationException family =
        assertThrows(
            ConfigurationException.class, () -> ConnectionOptions.fromMap(Map.of("family", 5)));
    assertTrue(family.getMessage().contains("family must be 4"), family.getMessage());

    ConfigurationException pool =
        assertThrows(
            ConfigurationException.class,
            () -> ConnectionOptions.fromMap(Map.of("minPoolSize", 20, "maxPoolSize", 10)));
    assertEquals("minPoolSize (20) must not exceed maxPoolSize (10)", pool.getMessage());

    ConfigurationException nulled =
        assertThrows(ConfigurationException.class, () -> ConnectionOptions.fromMap(nullValued()));
    assertTrue(nulled.getMessage().contains("dbName is null"), nulled.getMessage());
  }

  private static Map<String, Object> nullValued() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("dbName", null);
    return map;
  }
}
