package dev.meerkat.internal.options;

import dev.meerkat.ConfigurationException;
import dev.meerkat.ConnectionOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Reads {@link ConnectionOptions} from a map with Mongoose's option names, as configuration files
 * give them: values of the right type or strings ({@code "10"}, {@code "true"}). Every name in
 * {@link OptionTable} is accepted, plus Mongoose's {@code auth: {username, password}} and its
 * removed options (with a warning).
 */
public final class OptionsMapReader {
  /** The options read and the deprecation warnings met on the way. */
  public record Result(ConnectionOptions options, List<String> warnings) {}

  /** Mongoose's (and the Node driver's) {@code auth: {username, password}}. */
  private static final String AUTH = "auth";

  private static final Set<String> NAMES = names(OptionTable.all());

  private OptionsMapReader() {}

  /**
   * Every name {@link #read} accepts, in a stable order (for tools such as IDE metadata and config
   * binders).
   */
  public static Set<String> names() {
    return NAMES;
  }

  /** {@link #read}, with each warning logged at WARN for {@code ConnectionOptions}. */
  public static ConnectionOptions readLoggingWarnings(Map<String, ?> map) {
    Result result = read(map);
    for (String warning : result.warnings()) {
      LoggerFactory.getLogger(ConnectionOptions.class).warn("{}", warning);
    }
    return result.options();
  }

  /**
   * Reads {@code map}.
   *
   * @throws ConfigurationException for an unknown key (with the closest valid name) or a value of
   *     the wrong type (naming key, value and expected type; never the password)
   */
  public static Result read(Map<String, ?> map) {
    Objects.requireNonNull(map, "map == null");
    ConnectionOptions.Builder b = ConnectionOptions.builder();
    List<String> warnings = new ArrayList<>();
    for (Map.Entry<String, ?> entry : map.entrySet()) {
      String key = entry.getKey();
      if (key == null) {
        throw new ConfigurationException(
            "An option name is null; every key of the options map must be an option"
                + " name such as maxPoolSize");
      }
      if (entry.getValue() == null) {
        throw new ConfigurationException(
            "Option " + key + " is null: leave it out to use the default");
      }
      Option<?> option = OptionTable.named(key);
      if (option != null) {
        option.setFromMap(b, new MapValue(key, entry.getValue(), option.secret()));
      } else if (key.equals(AUTH)) {
        auth(b, new MapValue(key, entry.getValue(), true));
      } else if (OptionNames.REMOVED.containsKey(key)) {
        warnings.add(
            "Option " + key + " is deprecated and ignored: " + OptionNames.REMOVED.get(key));
        if (key.equals("poolSize") && !map.containsKey(OptionTable.MAX_POOL_SIZE.name())) {
          OptionTable.MAX_POOL_SIZE.setFromMap(b, new MapValue(key, entry.getValue(), false));
        }
      } else {
        String shown =
            RawUri.isNameLike(key) ? key : "\"" + RawUri.HIDDEN + "\" (not an option name)";
        throw new ConfigurationException(
            "Unknown connection option "
                + shown
                + "; did you mean "
                + OptionNames.closest(NAMES, key)
                + "? Valid options: "
                + String.join(", ", NAMES));
      }
    }
    return new Result(b.build(), warnings);
  }

  private static Set<String> names(List<Option<?>> options) {
    Set<String> names = new LinkedHashSet<>();
    for (Option<?> option : options) {
      names.add(option.name());
    }
    names.add(AUTH);
    return Collections.unmodifiableSet(names);
  }

  private static void auth(ConnectionOptions.Builder b, MapValue v) {
    if (!(v.raw() instanceof Map<?, ?> auth)) {
      // A string such as "alice:secret" is never quoted back: it may hold the password.
      throw v.wrongType("a map with username and password");
    }
    for (Map.Entry<?, ?> entry : auth.entrySet()) {
      String key = String.valueOf(entry.getKey());
      MapValue part = new MapValue(AUTH + "." + key, entry.getValue(), true);
      switch (key) {
        case "username", "user" -> OptionTable.USER.setFromMap(b, part);
        case "password", "pass" -> OptionTable.PASS.setFromMap(b, part);
        default ->
            throw new ConfigurationException(
                "Unknown option auth."
                    + (RawUri.isNameLike(key) ? key : "<hidden>")
                    + "; auth takes username and password");
      }
    }
  }
}
