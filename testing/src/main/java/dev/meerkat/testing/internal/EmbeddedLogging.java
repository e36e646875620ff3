package dev.meerkat.testing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Keeps mongo-java-server quiet. It logs every command it rejects (capped collections, sessions,
 * {@code hello}...) as an ERROR with a stack trace, which buries real failures in test logs.
 *
 * <p>When slf4j-simple is the logging backend, its level for {@code de.bwaldvogel} is set to {@code
 * off} through a system property, unless the user already chose a level for that logger in a system
 * property or in {@code simplelogger.properties}. Other backends are configured by their own files
 * (see the README).
 */
final class EmbeddedLogging {

  static final String LEVEL_KEY = "org.slf4j.simpleLogger.log.de.bwaldvogel";

  private EmbeddedLogging() {}

  /** Must run before the first mongo-java-server class initializes: loggers read levels once. */
  static synchronized void silence() {
    if (System.getProperty(LEVEL_KEY) == null && !configuredInFile()) {
      System.setProperty(LEVEL_KEY, "off");
    }
  }

  private static boolean configuredInFile() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in =
        loader == null ? null : loader.getResourceAsStream("simplelogger.properties")) {
      if (in == null) {
        return false;
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.containsKey(LEVEL_KEY);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read simplelogger.properties", e);
    }
  }
}
