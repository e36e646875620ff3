package dev.meerkat.internal.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
