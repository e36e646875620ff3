package dev.meerkat.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which {@code node --version} answers run the suite: Mongoose 9 needs Node.js 20.19 or later. */
class NodeToolchainTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "v20.19.0, true",
    "v20.18.3, false",
    "v20.20.2, true",
    "v21.0.0, true",
    "v22.12.0, true",
    "v19.99.0, false",
    "v18.20.4, false",
    "v100.0.0, true",
    "20.19.0, false",
    "v20.19, false",
    "'', false"
  })
  void recentEnough(String version, boolean expected) {
    assertEquals(expected, NodeToolchain.recentEnough(version));
  }
}
