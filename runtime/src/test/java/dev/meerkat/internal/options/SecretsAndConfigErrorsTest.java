package dev.meerkat.internal.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.meerkat.ConfigurationException;
import dev.meerkat.Connection;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every secret-bearing option stays hidden, redaction hides the secret itself, and bad
 * configuration is a ConfigurationException.
 */
@MongoTest
class SecretsAndConfigErrorsTest {
  private static final String SECRET = "Zq7xSecret";
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mongodb://h1/app?tlsCertificateKeyFilePassword=" + SECRET,
        "mongodb://h1/app?sslPEMKeyPassword=" + SECRET,
        "mongodb://h1/app?proxyHost=p&proxyPassword=" + SECRET + "&maxPoolSise=2",
        "mongodb://h1/app??proxyPassword=" + SECRET,
        "mongodb://h1/app?&&proxyPassword=" + SECRET + "&bogus",
        "mongodb://h1/app?passwd=" + SECRET,
        "mongodb://h1/app?pasword=" + SECRET,
        "mongodb://h1/app?authMechanismProperties=AWS_SESSION_TOKEN:" + SECRET + "&nope=1",
        "mongodb://h1/app?proxyPassword:" + SECRET,
        "mongodb://h1/app?maxPoolSize=1;" + SECRET,
      })
  void secretQueryValuesNeverReachTheMessage(String uri) {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> ClientSettingsFactory.resolve(uri, ConnectionOptions.defaults()));
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    assertFalse(RedactedUri.of(uri).contains(SECRET), RedactedUri.of(uri));
  }

  @Test
  void aOneLetterPasswordIsHiddenWhereItStandsNotInsideOtherWords() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () ->
                ClientSettingsFactory.resolve(
                    "mongodb://ann:p@h1/app?maxPoolSise=5", ConnectionOptions.defaults()));
    assertEquals(
        "Unknown option maxPoolSise in the URI mongodb://ann:<hidden>@h1/app?maxPoolSise=<hidden>; did you"
            + " mean maxPoolSize?",
        e.getMessage());
    assertEquals(
        "mongodb://ann:<hidden>@h1/app?appName=p&maxPoolSize=5",
        RedactedUri.of("mongodb://ann:p@h1/app?appName=p&maxPoolSize=5"));
  }

  @Test
  void fromMapNeverPrintsAuthAndRejectsANullKey() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> ConnectionOptions.fromMap(Map.of("auth", "alice:" + SECRET)));
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    assertTrue(
        e.getMessage().startsWith("Option auth has value a String; expected a map"),
        e.getMessage());
    e =
        assertThrows(
            ConfigurationException.class,
            () ->
                ConnectionOptions.fromMap(Map.of("auth", Map.of("user", "alice", "password", 42))));
    assertEquals("Option auth.password has value a Integer; expected a string", e.getMessage());
    Map<String, Object> nullKey = new HashMap<>();
    nullKey.put(null, SECRET);
    e = assertThrows(ConfigurationException.class, () -> ConnectionOptions.fromMap(nullKey));
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    assertTrue(e.getMessage().startsWith("An option name is null"), e.getMessage());
  }

  @Test
  void anAppNameOver128BytesFailsTheOpeningWithAConfigurationException(MongoServer server)
      throws Exception {
    Connection fine = meerkat.createConnection(server.uri() + "?appName=" + "a".repeat(128));
    fine.asFuture().get(20, TimeUnit.SECONDS);
    Connection tooLong = meerkat.createConnection(server.uri() + "?appName=" + "a".repeat(129));
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> tooLong.asFuture().get(20, TimeUnit.SECONDS));
    assertInstanceOf(ConfigurationException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains("appName"), e.getCause().getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"snappy", "zstd"})
  void aMissingCompressorLibraryFailsTheOpeningNamingTheDependency(
      String compressor, MongoServer server) {
    String className =
        compressor.equals("snappy") ? "org.xerial.snappy.Snappy" : "com.github.luben.zstd.Zstd";
    assumeFalse(isPresent(className), className + " is on the test class path");
    Connection conn = meerkat.createConnection(server.uri() + "?compressors=" + compressor);
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> conn.asFuture().get(20, TimeUnit.SECONDS));
    assertInstanceOf(ConfigurationException.class, e.getCause());
    String dependency =
        compressor.equals("snappy") ? "org.xerial.snappy:snappy-java" : "com.github.luben:zstd-jni";
    assertTrue(
        e.getCause().getMessage().startsWith("compressors=" + compressor + " needs "),
        e.getCause().getMessage());
    assertTrue(
        e.getCause().getMessage().contains("add the dependency " + dependency),
        e.getCause().getMessage());
    Connection zlib = meerkat.createConnection(server.uri() + "?compressors=zlib");
    zlib.asFuture().join();
  }

  private static boolean isPresent(String className) {
    try {
      Class.forName(className, false, SecretsAndConfigErrorsTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
