package dev.meerkat.testing.internal;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh database names such as {@code t_UserStoreTest_1a2b3c}, unique per call. */
public final class DatabaseNames {

  private static final int MAX_PREFIX = 48;

  private DatabaseNames() {}

  /** A new name for {@code owner} (a test class's simple name, or any label). */
  public static String fresh(String owner) {
    String cleaned = owner.replaceAll("[^A-Za-z0-9_]", "_");
    if (cleaned.length() > MAX_PREFIX) {
      cleaned = cleaned.substring(0, MAX_PREFIX);
    }
    int suffix = ThreadLocalRandom.current().nextInt(0x1000000);
    return String.format("t_%s_%06x", cleaned, suffix);
  }
}
