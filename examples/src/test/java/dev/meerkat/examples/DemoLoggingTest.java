package dev.meerkat.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The demo's logging default (its {@code simplelogger.properties}): the driver's INFO lines (the
 * settings dump, "Waiting for server to become available", monitor stack traces) are off, its
 * warnings and Meerkat's own lines are on.
 */
class DemoLoggingTest {

  @Test
  void driverInfoIsOffAndWarningsStayOn() {
    for (String driver :
        new String[] {
          "org.mongodb.driver.client", "org.mongodb.driver.cluster", "org.mongodb.driver.connection"
        }) {
      assertFalse(
          LoggerFactory.getLogger(driver).isInfoEnabled(), driver + " would print INFO lines");
      assertTrue(
          LoggerFactory.getLogger(driver).isWarnEnabled(), driver + " would hide its warnings");
    }
    assertTrue(LoggerFactory.getLogger("dev.meerkat.internal.model.SafeInsert").isWarnEnabled());
    assertTrue(LoggerFactory.getLogger("dev.meerkat.examples.DemoApplication").isInfoEnabled());
    assertFalse(
        LoggerFactory.getLogger("de.bwaldvogel.mongo.backend.AbstractMongoCollection")
            .isErrorEnabled());
  }
}
