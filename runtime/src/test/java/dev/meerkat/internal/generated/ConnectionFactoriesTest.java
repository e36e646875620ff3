package dev.meerkat.internal.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConnectionFactoriesTest {
  @Test
  void redactHidesThePasswordAndKeepsTheRest() {
    assertEquals(
        "mongodb://app:<hidden>@db.example:27017/shop?retryWrites=true",
        ConnectionFactories.redact("mongodb://app:s3cret@db.example:27017/shop?retryWrites=true"));
    assertEquals(
        "mongodb://db.example/shop", ConnectionFactories.redact("mongodb://db.example/shop"));
  }
}
