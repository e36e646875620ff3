package dev.meerkat.spring.boot;

import dev.meerkat.internal.options.OptionsMapReader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the keys Spring binds under {@code meerkat.options} to {@code ConnectionOptions.fromMap}'s
 * names: {@code max-pool-size}, {@code max_pool_size} and {@code MAXPOOLSIZE} all become {@code
 * maxPoolSize}. A key matching no name is passed on as written, so that {@code fromMap} rejects it
 * with its suggestion of the closest name. Stateless.
 */
final class OptionKeys {
  private static final Map<String, String> BY_FOLDED = new LinkedHashMap<>();

  static {
    for (String name : OptionsMapReader.names()) {
      BY_FOLDED.put(fold(name), name);
    }
  }

  private OptionKeys() {}

  static Map<String, String> canonical(Map<String, String> bound) {
    Map<String, String> out = new LinkedHashMap<>();
    bound.forEach((key, value) -> out.put(BY_FOLDED.getOrDefault(fold(key), key), value));
    return out;
  }

  private static String fold(String key) {
    return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
  }
}
