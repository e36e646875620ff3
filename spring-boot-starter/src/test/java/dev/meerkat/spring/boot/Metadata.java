package dev.meerkat.spring.boot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the starter's {@code spring-configuration-metadata.json} as an IDE finds it on the class
 * path. The file is flat and machine-written, so a few patterns read what the tests need.
 */
final class Metadata {
  private static final Pattern PROPERTY_NAME =
      Pattern.compile("\"name\"\\s*:\\s*\"(meerkat\\.[^\"]+)\"");
  private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]+)\"");

  private Metadata() {}

  static String read() throws IOException {
    Enumeration<URL> files =
        Metadata.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json");
    while (files.hasMoreElements()) {
      try (InputStream in = files.nextElement().openStream()) {
        String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (json.contains("dev.meerkat.spring.boot.MeerkatProperties")) {
          return json;
        }
      }
    }
    throw new AssertionError(
        "No spring-configuration-metadata.json of the starter on the class path");
  }

  /** Every {@code meerkat.*} name the file describes: groups, properties and hints. */
  static Set<String> names() throws IOException {
    Set<String> names = new TreeSet<>();
    Matcher m = PROPERTY_NAME.matcher(read());
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The hinted keys of {@code meerkat.options}. */
  static Set<String> optionHints() throws IOException {
    String json = read();
    int start = json.indexOf("\"meerkat.options.keys\"");
    int end = json.indexOf("\"meerkat.options.values\"");
    if (start < 0 || end < start) {
      throw new AssertionError(
          "No meerkat.options.keys hint before meerkat.options.values in " + json);
    }
    Set<String> keys = new TreeSet<>();
    Matcher m = VALUE.matcher(json.substring(start, end));
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }
}
