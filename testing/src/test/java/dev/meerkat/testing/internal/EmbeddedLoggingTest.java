package dev.meerkat.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EmbeddedLoggingTest {

  @Test
  void embeddedServerLoggersAreOffUnlessTheUserChoseALevel() {
    String chosenByUser = System.getProperty(EmbeddedLogging.LEVEL_KEY);
    EmbeddedProcess.inMemory().close();
    // This module's simplelogger.properties sets no level for de.bwaldvogel, so only an
    // explicit system property (e.g. through -DargLine) may keep the loggers on.
    assertEquals(
        chosenByUser == null ? "off" : chosenByUser, System.getProperty(EmbeddedLogging.LEVEL_KEY));
  }
}
