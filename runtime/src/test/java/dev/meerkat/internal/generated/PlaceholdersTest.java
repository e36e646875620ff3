package dev.meerkat.internal.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.ConfigurationException;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
  private static final UnaryOperator<String> NONE = name -> null;

  private static UnaryOperator<String> of(Map<String, String> values) {
    return values::get;
  }

  @Test
  void textWithoutPlaceholdersIsUnchanged() {
    assertEquals(
        "mongodb://h:27017/db?x=$1", Placeholders.resolve("mongodb://h:27017/db?x=$1", NONE, NONE));
  }

  @Test
  void environmentWinsOverSystemPropertyAndDefault() {
    String uri =
        Placeholders.resolve(
            "${URI:mongodb://default/db}",
            of(Map.of("URI", "mongodb://env/db")),
            of(Map.of("URI", "mongodb://prop/db")));
    assertEquals("mongodb://env/db", uri);
  }

  @Test
  void systemPropertyIsUsedWhenTheEnvironmentHasNoValue() {
    assertEquals(
        "mongodb://prop/db",
        Placeholders.resolve(
            "${URI:mongodb://default/db}", NONE, of(Map.of("URI", "mongodb://prop/db"))));
    assertEquals(
        "mongodb://prop/db",
        Placeholders.resolve(
            "${URI:mongodb://default/db}",
            of(Map.of("URI", "")),
            of(Map.of("URI", "mongodb://prop/db"))));
  }

  @Test
  void defaultIsUsedWhenNeitherHasAValueAndKeepsItsColons() {
    assertEquals(
        "mongodb://127.0.0.1:27017/web",
        Placeholders.resolve("${URI:mongodb://127.0.0.1:27017/web}", NONE, NONE));
    assertEquals("", Placeholders.resolve("${EMPTY:}", NONE, NONE));
  }

  @Test
  void severalPlaceholdersInsideTheTextAreResolvedOnce() {
    String uri =
        Placeholders.resolve(
            "mongodb://${HOST:localhost}:${PORT:27017}/${DB}?appName=x",
            of(Map.of("PORT", "27018")),
            of(Map.of("DB", "${NOT_AGAIN}")));
    assertEquals("mongodb://localhost:27018/${NOT_AGAIN}?appName=x", uri);
  }

  @Test
  void realSystemPropertiesAreRead() {
    String name = "meerkat.placeholders.test." + System.nanoTime();
    System.setProperty(name, "mongodb://from-property/db");
    try {
      assertEquals("mongodb://from-property/db", Placeholders.resolve("${" + name + "}"));
    } finally {
      System.clearProperty(name);
    }
  }

  @Test
  void missingValueWithoutDefaultNamesThePlaceholderAndHidesTheRest() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> Placeholders.resolve("mongodb://user:s3cret@h/${DB_NAME}", NONE, NONE));
    assertEquals(
        "The connection string placeholder ${DB_NAME} has no value: set the environment variable"
            + " DB_NAME or the system property DB_NAME, or give a default with ${DB_NAME:default}",
        e.getMessage());
    assertFalse(e.getMessage().contains("s3cret"));
  }

  @Test
  void unclosedAndNamelessPlaceholdersAreRejectedWithTheirIndex() {
    ConfigurationException unclosed =
        assertThrows(
            ConfigurationException.class,
            () -> Placeholders.resolve("mongodb://u:pw@h/${DB", NONE, NONE));
    assertTrue(unclosed.getMessage().contains("index 17"), unclosed.getMessage());
    assertFalse(unclosed.getMessage().contains("pw"));
    ConfigurationException nameless =
        assertThrows(
            ConfigurationException.class,
            () -> Placeholders.resolve("${:mongodb://h}", NONE, NONE));
    assertTrue(nameless.getMessage().contains("without a name at index 0"), nameless.getMessage());
  }

  @Test
  void nullIsRejected() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Placeholders.resolve(null));
    assertEquals("uri == null", e.getMessage());
  }
}
