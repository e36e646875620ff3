package dev.meerkat.internal.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValidationTest {
  @Test
  void numbersPrintAsJavaScriptPrintsThem() {
    assertEquals("3", Validation.number(3.0));
    assertEquals("-1", Validation.number(-1));
    assertEquals("1.5", Validation.number(1.5f));
    assertEquals("0.5", Validation.number(new BigDecimal("0.50")));
    assertEquals(
        "Path `age` (200) is more than maximum allowed value (150).",
        Validation.max("age", 200, 150.0).message());
  }
}
