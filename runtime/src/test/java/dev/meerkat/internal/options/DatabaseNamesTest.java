package dev.meerkat.internal.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The encoding of tenant ids into a URI path, at the edges of each kept range, and how a too-long
 * name is shown. Written from the mutants PIT found surviving the end-to-end tests.
 */
class DatabaseNamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a|a",
        "z|z",
        "A|A",
        "Z|Z",
        "0|0",
        "9|9",
        "-|-",
        "_|_",
        "~|~",
        // the neighbours of every kept range are encoded
        "`|%60",
        "{|%7B",
        "@|%40",
        "[|%5B",
        "/|%2F",
        ":|%3A",
        ",|%2C",
        ".|%2E",
        "^|%5E",
        "}|%7D",
        "%|%25",
        "é|%C3%A9"
      })
  void keepsExactlyLettersDigitsAndThreeMarks(String text, String encoded) {
    assertEquals(encoded, DatabaseNames.encodeForUriPath(text));
  }

  @Test
  void aNameOverTheByteLimitIsShownShortenedNeverWhole() {
    String name = "abcdefghijklmnop" + "x".repeat(48); // 64 bytes
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> DatabaseNames.check(name, "tenant id", false, "opt in"));
    assertTrue(e.getMessage().contains("\"abcdefghijklmnop...\" is 64 bytes long"), e.getMessage());
    assertFalse(e.getMessage().contains(name), e.getMessage());
  }

  @Test
  void sixtyThreeBytesIsAllowedSixtyFourIsNot() {
    DatabaseNames.check("x".repeat(63), "tenant id", false, "opt in");
    assertThrows(
        ConfigurationException.class,
        () -> DatabaseNames.check("x".repeat(64), "tenant id", false, "opt in"));
  }

  /** MongoDB's limit is in UTF-8 bytes: 21 three-byte euro signs are 63 bytes, one more is 64. */
  @Test
  void theByteLimitCountsMultiByteCharacters() {
    String euros = "\u20ac".repeat(21); // 63 bytes, 21 chars
    DatabaseNames.check(euros, "tenant id", false, "opt in");
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> DatabaseNames.check(euros + "a", "tenant id", false, "opt in"));
    assertTrue(e.getMessage().contains("is 64 bytes long"), e.getMessage());
    String emoji = "\uD83D\uDE00".repeat(15) + "abc"; // 63 bytes, 33 chars
    DatabaseNames.check(emoji, "tenant id", false, "opt in");
    assertThrows(
        ConfigurationException.class,
        () -> DatabaseNames.check(emoji + "d", "tenant id", false, "opt in"));
  }

  /** The shortened name in the message never cuts a character in half. */
  @Test
  void aShortenedNameKeepsWholeCharacters() {
    String name = "a" + "\uD83D\uDE00".repeat(16); // 65 bytes
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> DatabaseNames.check(name, "tenant id", false, "opt in"));
    assertTrue(
        e.getMessage().contains("\"a" + "\uD83D\uDE00".repeat(15) + "...\" is 65 bytes long"),
        e.getMessage());
  }

  /**
   * A name with an unpaired surrogate is not Unicode text: UTF-8 cannot carry it (it becomes '?'),
   * so two different names would reach one database. Refused, naming the position.
   */
  @ParameterizedTest
  @ValueSource(strings = {"acme\uD800", "acme\uDC00", "\uDBFFx", "a\uDE00\uD83Db"})
  void unpairedSurrogatesAreRefused(String name) {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> DatabaseNames.check(name, "useDb name", false, "opt in"));
    assertTrue(
        e.getMessage().startsWith("useDb name has")
            && e.getMessage().contains("unpaired surrogate"),
        e.getMessage());
  }

  /**
   * Look-alikes of forbidden characters are other characters: the server takes them as they are,
   * and encoded into a tenant URI they name exactly themselves.
   */
  @ParameterizedTest
  @ValueSource(strings = {"acme\uFF0Ex", "acme\u2024x", "acme\uFF0Fx", "caf\u00e9", "%61cme"})
  void lookAlikesAreAcceptedAsThemselves(String name) {
    DatabaseNames.check(name, "tenant id", false, "opt in");
    assertEquals(
        name,
        java.net.URLDecoder.decode(
            DatabaseNames.encodeForUriPath(name), java.nio.charset.StandardCharsets.UTF_8));
  }
}
