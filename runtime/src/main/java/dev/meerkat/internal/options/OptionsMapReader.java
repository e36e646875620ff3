package dev.meerkat.internal.options;

import com.mongodb.MongoClientSettings;
import com.mongodb.ReadPreference;
import dev.meerkat.ConfigurationException;
import dev.meerkat.ConnectionOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Reads {@link ConnectionOptions} from a map with Mongoose's option names, as configuration files
 * give them: values of the right type or strings ({@code "10"}, {@code "true"}).
 */
public final class OptionsMapReader {
  /** The options read and the deprecation warnings met on the way. */
  public record Result(ConnectionOptions options, List<String> warnings) {}

  private interface Setter {
    void set(ConnectionOptions.Builder b, Value v);
  }

  /** A value with its key, so every conversion error can name both. */
  private record Value(String key, Object raw) {
    /**
     * {@code pass}, {@code auth} and anything under it, and any other name holding "pass": never
     * shown.
     */
    boolean secret() {
      return key.equals("auth")
          || key.startsWith("auth.")
          || key.toLowerCase(java.util.Locale.ROOT).contains("pass");
    }
  }

  private static final Map<String, Setter> SETTERS = new LinkedHashMap<>();

  static {
    SETTERS.put("bufferCommands", (b, v) -> b.bufferCommands(bool(v)));
    SETTERS.put("bufferTimeoutMS", (b, v) -> b.bufferTimeoutMS(longValue(v)));
    SETTERS.put("autoIndex", (b, v) -> b.autoIndex(bool(v)));
    SETTERS.put("autoCreate", (b, v) -> b.autoCreate(bool(v)));
    SETTERS.put("dbName", (b, v) -> b.dbName(string(v)));
    SETTERS.put("user", (b, v) -> b.user(string(v)));
    SETTERS.put("pass", (b, v) -> b.pass(string(v)));
    SETTERS.put("debug", (b, v) -> b.debug(bool(v)));
    SETTERS.put(
        "executor",
        (b, v) -> b.executor(instance(v, Executor.class, "a java.util.concurrent.Executor")));
    SETTERS.put("maxPoolSize", (b, v) -> b.maxPoolSize(intValue(v)));
    SETTERS.put("minPoolSize", (b, v) -> b.minPoolSize(intValue(v)));
    SETTERS.put("maxConnecting", (b, v) -> b.maxConnecting(intValue(v)));
    SETTERS.put("maxIdleTimeMS", (b, v) -> b.maxIdleTimeMS(longValue(v)));
    SETTERS.put("waitQueueTimeoutMS", (b, v) -> b.waitQueueTimeoutMS(longValue(v)));
    SETTERS.put("socketTimeoutMS", (b, v) -> b.socketTimeoutMS(longValue(v)));
    SETTERS.put("connectTimeoutMS", (b, v) -> b.connectTimeoutMS(longValue(v)));
    SETTERS.put("serverSelectionTimeoutMS", (b, v) -> b.serverSelectionTimeoutMS(longValue(v)));
    SETTERS.put("heartbeatFrequencyMS", (b, v) -> b.heartbeatFrequencyMS(longValue(v)));
    SETTERS.put("family", (b, v) -> b.family(intValue(v)));
    SETTERS.put("authSource", (b, v) -> b.authSource(string(v)));
    SETTERS.put("replicaSet", (b, v) -> b.replicaSet(string(v)));
    SETTERS.put("readPreference", (b, v) -> b.readPreference(readPreference(v)));
    SETTERS.put("driverSettings", (b, v) -> b.driverSettings(driverSettings(v)));
    SETTERS.put("auth", OptionsMapReader::auth);
  }

  private OptionsMapReader() {}

  /**
   * Every name {@link #read} accepts, in a stable order (for tools such as IDE metadata and config
   * binders).
   */
  public static Set<String> names() {
    return Collections.unmodifiableSet(SETTERS.keySet());
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
      Value value = new Value(key, entry.getValue());
      if (value.raw() == null) {
        throw new ConfigurationException(
            "Option " + key + " is null: leave it out to use the default");
      }
      Setter setter = SETTERS.get(key);
      if (setter != null) {
        setter.set(b, value);
      } else if (OptionNames.REMOVED.containsKey(key)) {
        warnings.add(
            "Option " + key + " is deprecated and ignored: " + OptionNames.REMOVED.get(key));
        if (key.equals("poolSize") && !map.containsKey("maxPoolSize")) {
          b.maxPoolSize(intValue(value));
        }
      } else {
        List<String> known = new ArrayList<>(SETTERS.keySet());
        String shown =
            RawUri.isNameLike(key) ? key : "\"" + RawUri.HIDDEN + "\" (not an option name)";
        throw new ConfigurationException(
            "Unknown connection option "
                + shown
                + "; did you mean "
                + OptionNames.closest(known, key)
                + "? Valid options: "
                + String.join(", ", known));
      }
    }
    return new Result(b.build(), warnings);
  }

  private static boolean bool(Value v) {
    if (v.raw() instanceof Boolean bool) {
      return bool;
    }
    if (v.raw() instanceof String s
        && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(s);
    }
    throw wrongType(v, "a boolean (true or false)");
  }

  private static int intValue(Value v) {
    long value = longValue(v, "an integer");
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw wrongType(v, "an integer");
    }
    return (int) value;
  }

  private static long longValue(Value v) {
    return longValue(v, "an integer number of milliseconds");
  }

  private static long longValue(Value v, String expected) {
    Object raw = v.raw();
    if (raw instanceof Integer
        || raw instanceof Long
        || raw instanceof Short
        || raw instanceof Byte) {
      return ((Number) raw).longValue();
    }
    if ((raw instanceof Double || raw instanceof Float)
        && ((Number) raw).doubleValue() == Math.rint(((Number) raw).doubleValue())
        && Math.abs(((Number) raw).doubleValue()) < 9.0e15) {
      return ((Number) raw).longValue();
    }
    if (raw instanceof String s) {
      try {
        return Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        throw wrongType(v, expected);
      }
    }
    throw wrongType(v, expected);
  }

  private static String string(Value v) {
    if (v.raw() instanceof CharSequence s) {
      return s.toString();
    }
    throw wrongType(v, "a string");
  }

  private static <T> T instance(Value v, Class<T> type, String expected) {
    if (type.isInstance(v.raw())) {
      return type.cast(v.raw());
    }
    throw wrongType(v, expected);
  }

  private static ReadPreference readPreference(Value v) {
    if (v.raw() instanceof ReadPreference readPreference) {
      return readPreference;
    }
    String name = string(v);
    try {
      return ReadPreference.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          "Option readPreference has value \""
              + name
              + "\"; expected one of primary, "
              + "primaryPreferred, secondary, secondaryPreferred, nearest");
    }
  }

  @SuppressWarnings(
      "unchecked") // a Consumer's type argument cannot be checked at run time; the builder is all
  // it is given
  private static Consumer<MongoClientSettings.Builder> driverSettings(Value v) {
    return instance(v, Consumer.class, "a Consumer<MongoClientSettings.Builder>");
  }

  /** Mongoose's (and the Node driver's) {@code auth: {username, password}}. */
  private static void auth(ConnectionOptions.Builder b, Value v) {
    if (!(v.raw() instanceof Map<?, ?> auth)) {
      // A string such as "alice:secret" is never quoted back: it may hold the password.
      throw wrongType(v, "a map with username and password");
    }
    for (Map.Entry<?, ?> entry : auth.entrySet()) {
      String key = String.valueOf(entry.getKey());
      switch (key) {
        case "username", "user" -> b.user(string(new Value("auth." + key, entry.getValue())));
        case "password", "pass" -> b.pass(string(new Value("auth." + key, entry.getValue())));
        default ->
            throw new ConfigurationException(
                "Unknown option auth."
                    + (RawUri.isNameLike(key) ? key : "<hidden>")
                    + "; auth takes username and password");
      }
    }
  }

  private static ConfigurationException wrongType(Value v, String expected) {
    String type = v.raw() == null ? "null" : v.raw().getClass().getSimpleName();
    String shown = v.secret() ? "a " + type : describe(v.raw()) + " (" + type + ")";
    return new ConfigurationException(
        "Option " + v.key() + " has value " + shown + "; expected " + expected);
  }

  private static String describe(Object raw) {
    return raw instanceof CharSequence ? "\"" + raw + "\"" : String.valueOf(raw);
  }
}
