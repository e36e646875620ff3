package dev.meerkat.internal.options;

import com.mongodb.MongoClientSettings;
import com.mongodb.ReadPreference;
import dev.meerkat.ConfigurationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The type of an option's value, and how a value from a configuration map (of that type, or a
 * string such as {@code "10"} or {@code "true"}) converts to it. Immutable.
 *
 * @param <T> the value's Java type, as {@code ConnectionOptions} returns it
 */
public final class ValueType<T> {
  /** Converts a map value; throws {@link ConfigurationException} naming the option. */
  interface Conversion<T> {
    T convert(MapValue value);
  }

  static final ValueType<Boolean> BOOLEAN =
      new ValueType<>(Boolean.class, "a boolean (true or false)", ValueType::bool);
  static final ValueType<Integer> INTEGER =
      new ValueType<>(Integer.class, "an integer", ValueType::integer);
  static final ValueType<Long> MILLIS =
      new ValueType<>(Long.class, "an integer number of milliseconds", ValueType::millis);
  static final ValueType<String> STRING =
      new ValueType<>(String.class, "a string", MapValue::string);
  static final ValueType<ReadPreference> READ_PREFERENCE =
      new ValueType<>(
          ReadPreference.class,
          "one of primary, primaryPreferred, secondary, secondaryPreferred, nearest (or a"
              + " ReadPreference)",
          ValueType::readPreference);
  static final ValueType<Executor> EXECUTOR =
      new ValueType<>(Executor.class, "a java.util.concurrent.Executor", ValueType::executor);

  @SuppressWarnings("unchecked") // a Consumer's type argument cannot be checked at run time
  static final ValueType<Consumer<MongoClientSettings.Builder>> DRIVER_SETTINGS =
      new ValueType<>(
          (Class<Consumer<MongoClientSettings.Builder>>) (Class<?>) Consumer.class,
          "a Consumer<MongoClientSettings.Builder>",
          ValueType::driverSettings);

  private final Class<T> javaType;
  private final String expected;
  private final Conversion<T> conversion;

  private ValueType(Class<T> javaType, String expected, Conversion<T> conversion) {
    this.javaType = javaType;
    this.expected = expected;
    this.conversion = conversion;
  }

  /** The Java type of the value. */
  public Class<T> javaType() {
    return javaType;
  }

  /** What a map value must be, for messages: "an integer", "a boolean (true or false)". */
  public String expected() {
    return expected;
  }

  T convert(MapValue value) {
    return conversion.convert(value);
  }

  private static Boolean bool(MapValue v) {
    if (v.raw() instanceof Boolean bool) {
      return bool;
    }
    if (v.raw() instanceof String s
        && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(s);
    }
    throw v.wrongType(BOOLEAN.expected);
  }

  static Integer integer(MapValue v) {
    long value = v.wholeNumber(INTEGER.expected);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw v.wrongType(INTEGER.expected);
    }
    return (int) value;
  }

  private static Long millis(MapValue v) {
    return v.wholeNumber(MILLIS.expected);
  }

  private static ReadPreference readPreference(MapValue v) {
    if (v.raw() instanceof ReadPreference readPreference) {
      return readPreference;
    }
    if (!(v.raw() instanceof CharSequence)) {
      throw v.wrongType(READ_PREFERENCE.expected);
    }
    String name = v.string();
    try {
      return ReadPreference.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          "Option "
              + v.key()
              + " has value \""
              + name
              + "\"; expected "
              + READ_PREFERENCE.expected);
    }
  }

  private static Executor executor(MapValue v) {
    if (v.raw() instanceof Executor executor) {
      return executor;
    }
    throw v.wrongType(EXECUTOR.expected);
  }

  @SuppressWarnings("unchecked") // the builder is all the consumer is ever given
  private static Consumer<MongoClientSettings.Builder> driverSettings(MapValue v) {
    if (v.raw() instanceof Consumer<?> consumer) {
      return (Consumer<MongoClientSettings.Builder>) consumer;
    }
    throw v.wrongType(DRIVER_SETTINGS.expected);
  }
}
