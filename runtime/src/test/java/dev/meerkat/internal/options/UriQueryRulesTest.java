package dev.meerkat.internal.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.ReadPreference;
import dev.meerkat.ConfigurationException;
import dev.meerkat.ConnectionOptions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the URI's query string may say, and what it may not. */
class UriQueryRulesTest {
  private static final ConnectionOptions NONE = ConnectionOptions.defaults();

  @Test
  void meerkatOptionsInTheUriAreIgnoredWithAWarningSayingWhereTheyBelong() {
    ResolvedSettings r =
        ClientSettingsFactory.resolve(
            "mongodb://h1/app?bufferCommands=false&autoIndex=false"
                + "&bufferTimeoutMS=5&dbName=other&debug=true&user=eve&pass=evepass&family=6&maxPoolSize=4",
            NONE);
    ConnectionOptions e = r.effective();
    assertNull(e.bufferCommands());
    assertNull(e.autoIndex());
    assertNull(e.bufferTimeoutMS());
    assertNull(e.debug());
    assertNull(e.user());
    assertNull(e.family());
    assertEquals("app", r.databaseName());
    assertNull(r.settings().build().getCredential());
    assertEquals(4, e.maxPoolSize());
    assertEquals(8, r.warnings().size(), r.warnings().toString());
    String bufferWarning = r.warnings().get(0);
    assertTrue(
        bufferWarning.contains("bufferCommands")
            && bufferWarning.contains("ConnectionOptions")
            && bufferWarning.contains("@ConnectionConfig"),
        bufferWarning);
    assertFalse(String.join("\n", r.warnings()).contains("evepass"));
    assertFalse(r.redactedUri().contains("evepass"), r.redactedUri());
  }

  @Test
  void removedMongooseOptionsWarnAndPoolSizeBecomesMaxPoolSize() {
    ResolvedSettings r =
        ClientSettingsFactory.resolve(
            "mongodb://h1/app?useNewUrlParser=true&useUnifiedTopology=true"
                + "&keepAlive=true&keepAliveInitialDelay=300000&poolSize=12&autoReconnect=true&reconnectTries=30"
                + "&reconnectInterval=1000&bufferMaxEntries=0&useCreateIndex=true&useFindAndModify=false",
            NONE);
    assertEquals(12, r.effective().maxPoolSize());
    assertEquals(12, r.settings().build().getConnectionPoolSettings().getMaxSize());
    assertEquals(11, r.warnings().size(), r.warnings().toString());
    assertTrue(
        r.warnings().stream().allMatch(w -> w.contains("deprecated")), r.warnings().toString());
    assertTrue(
        r.warnings().stream().anyMatch(w -> w.contains("poolSize") && w.contains("maxPoolSize")));
    assertTrue(
        r.warnings().stream()
            .anyMatch(w -> w.contains("reconnectTries") && w.contains("serverSelectionTimeoutMS")));
  }

  @Test
  void poolSizeLosesToAnExplicitMaxPoolSize() {
    ResolvedSettings r =
        ClientSettingsFactory.resolve("mongodb://h1/?poolSize=12&maxPoolSize=3", NONE);
    assertEquals(3, r.effective().maxPoolSize());
  }

  @Test
  void unknownUriOptionIsAnErrorWithTheClosestName() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () ->
                ClientSettingsFactory.resolve(
                    "mongodb://ann:topsecret9@h1/app?maxPoolSise=5", NONE));
    assertTrue(e.getMessage().contains("Unknown option maxPoolSise"), e.getMessage());
    assertTrue(e.getMessage().contains("did you mean maxPoolSize?"), e.getMessage());
    assertTrue(e.getMessage().contains("mongodb://ann:<hidden>@h1/app"), e.getMessage());
    assertFalse(e.getMessage().contains("topsecret9"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://ann:Pa55word@h1/app", // wrong scheme
        "mongodb://ann:Pa55word@", // no host
        "mongodb://ann:Pa55word@h1:notaport/app", // bad port
        "mongodb://ann:Pa55word@h1:99999/app", // port out of range
        "mongodb://ann:Pa55word@h1/app?maxPoolSize", // option without value
        "mongodb+srv://ann:Pa55word@h1:27017/app", // SRV with a port
        "mongodb://ann:Pa5@5word@h1/app", // unescaped @ in the password
        "mongodb://ann:Pa55word@h1/app?wtimeoutMS=soon", // not a number
        "mongodb://ann:Pa55word@h1/app?readPreference=sideways",
        "mongodb://ann:Pa55word@h1/app?authMechanism=NOPE",
      })
  void malformedUrisFailWithTheRedactedUriAndNeverThePassword(String uri) {
    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> ClientSettingsFactory.resolve(uri, NONE));
    String everything = e.getMessage() + e + (e.getCause() == null ? "" : e.getCause().toString());
    assertFalse(everything.contains("Pa55word"), everything);
    assertFalse(everything.contains("Pa5@5word"), everything);
    assertFalse(everything.contains("5word"), everything);
    assertTrue(e.getMessage().contains("<hidden>"), e.getMessage());
  }

  @Test
  void malformedUriMessageSaysWhatIsWrong() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> ClientSettingsFactory.resolve("mongodb://h1:notaport/app", NONE));
    assertTrue(
        e.getMessage().startsWith("Invalid MongoDB URI mongodb://h1:notaport/app: "),
        e.getMessage());
    assertTrue(e.getMessage().contains("port"), e.getMessage());
  }

  @Test
  void secretQueryValuesAreHidden() {
    ResolvedSettings r =
        ClientSettingsFactory.resolve(
            "mongodb://h1/app?proxyHost=p&proxyUsername=x&proxyPassword=proxySecret1", NONE);
    assertEquals(
        "mongodb://h1/app?proxyHost=p&proxyUsername=x&proxyPassword=<hidden>", r.redactedUri());
  }

  @Test
  void secondaryReadPreferenceTurnsAutoCreateAndAutoIndexOff() {
    for (String uri :
        List.of(
            "mongodb://h1/?readPreference=secondary",
            "mongodb://h1/?readPreference=secondaryPreferred")) {
      ResolvedSettings r = ClientSettingsFactory.resolve(uri, NONE);
      assertEquals(Boolean.FALSE, r.effective().autoCreate(), uri);
      assertEquals(Boolean.FALSE, r.effective().autoIndex(), uri);
    }
    ResolvedSettings fromObject =
        ClientSettingsFactory.resolve(
            "mongodb://h1",
            ConnectionOptions.builder()
                .readPreference(ReadPreference.secondaryPreferred())
                .autoCreate(false)
                .build());
    assertEquals(Boolean.FALSE, fromObject.effective().autoIndex());

    ResolvedSettings primary =
        ClientSettingsFactory.resolve("mongodb://h1/?readPreference=primaryPreferred", NONE);
    assertNull(primary.effective().autoIndex());
  }

  @Test
  void explicitAutoIndexOrAutoCreateWithSecondaryReadsIsAnError() {
    ConfigurationException index =
        assertThrows(
            ConfigurationException.class,
            () ->
                ClientSettingsFactory.resolve(
                    "mongodb://h1/?readPreference=secondary",
                    ConnectionOptions.builder().autoIndex(true).build()));
    assertTrue(
        index.getMessage().contains("autoIndex cannot be true with readPreference secondary"),
        index.getMessage());
    assertTrue(index.getMessage().contains("secondaries"), index.getMessage());

    ConfigurationException create =
        assertThrows(
            ConfigurationException.class,
            () ->
                ClientSettingsFactory.resolve(
                    "mongodb://h1",
                    ConnectionOptions.builder()
                        .readPreference(ReadPreference.secondaryPreferred())
                        .autoCreate(true)
                        .build()));
    assertTrue(
        create
            .getMessage()
            .contains("autoCreate cannot be true with readPreference secondaryPreferred"),
        create.getMessage());
  }

  @Test
  void objectReadPreferenceOverridesTheUrisSoNoConflict() {
    ResolvedSettings r =
        ClientSettingsFactory.resolve(
            "mongodb://h1/?readPreference=secondary",
            ConnectionOptions.builder()
                .readPreference(ReadPreference.primary())
                .autoIndex(true)
                .build());
    assertEquals(Boolean.TRUE, r.effective().autoIndex());
    assertEquals(ReadPreference.primary(), r.settings().build().getReadPreference());
  }

  @Test
  void srvUriKeepsItsHostAsGivenOrFailsWithoutThePassword() {
    try {
      ResolvedSettings r =
          ClientSettingsFactory.resolve(
              "mongodb+srv://ann:srvSecret77@cluster0.example.com/app", NONE);
      assertEquals(List.of("cluster0.example.com"), r.hosts());
      assertEquals("mongodb+srv://ann:<hidden>@cluster0.example.com/app", r.redactedUri());
    } catch (ConfigurationException e) {
      // Without DNS the driver's TXT lookup fails while parsing; the message must still be clean.
      assertTrue(e.getMessage().contains("cluster0.example.com"), e.getMessage());
      assertFalse(e.getMessage().contains("srvSecret77"), e.getMessage());
    }
  }

  @Test
  void warningsAreLoggedThroughSlf4j() {
    java.io.PrintStream err = System.err;
    java.io.PrintStream out = System.out;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.PrintStream capture =
        new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
    System.setErr(capture);
    System.setOut(capture);
    try {
      ClientSettingsFactory.resolve("mongodb://h1/?keepAlive=true&autoCreate=false", NONE);
      ConnectionOptions.fromMap(java.util.Map.of("useUnifiedTopology", true));
    } finally {
      System.setErr(err);
      System.setOut(out);
    }
    String log = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(log.contains("WARN") && log.contains("keepAlive in the URI is deprecated"), log);
    assertTrue(log.contains("autoCreate in the URI query string is ignored"), log);
    assertTrue(log.contains("useUnifiedTopology is deprecated"), log);
  }
}
