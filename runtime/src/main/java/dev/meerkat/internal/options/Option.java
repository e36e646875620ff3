package dev.meerkat.internal.options;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import dev.meerkat.ConfigurationException;
import dev.meerkat.ConnectionOptions;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One connection option, described once: its name, type and default, the rule its value must keep,
 * whether it is secret, whether the URI may set it, and how it reaches the driver. {@link
 * OptionTable} lists them all; {@code ConnectionOptions}, the options map, the URI and the driver's
 * settings are all driven from that list. Immutable.
 *
 * @param <T> the value's type
 */
public final class Option<T> {
  private final int index;
  private final String name;
  private final ValueType<T> type;
  private final String defaultValue;
  private final Predicate<T> valid;
  private final String rule;
  private final boolean secret;
  private final boolean meerkatOwn;
  private final Function<ConnectionString, T> fromUri;
  private final BiConsumer<MongoClientSettings.Builder, T> toDriver;
  private final BiFunction<ConnectionOptions.Builder, T, ConnectionOptions.Builder> builderMethod;
  private final Function<ConnectionOptions, T> accessor;

  Option(int index, Spec<T> spec) {
    this.index = index;
    this.name = spec.name;
    this.type = spec.type;
    this.defaultValue = Objects.requireNonNull(spec.defaultValue, spec.name + ": no default");
    this.valid = spec.valid;
    this.rule = spec.rule;
    this.secret = spec.secret;
    this.meerkatOwn = spec.meerkatOwn;
    this.fromUri = spec.fromUri;
    this.toDriver = spec.toDriver;
    this.builderMethod = spec.builderMethod;
    this.accessor = spec.accessor;
  }

  /** The option's position in {@link OptionTable#all()}. */
  int index() {
    return index;
  }

  /** The option's name in {@code ConnectionOptions}, option maps and (driver options) the URI. */
  public String name() {
    return name;
  }

  /** The value's type and its conversion from a map value. */
  public ValueType<T> type() {
    return type;
  }

  /** What applies when the option is not set, in words. */
  public String defaultValue() {
    return defaultValue;
  }

  /** Whether the value is never shown ({@code toString}, messages). */
  public boolean secret() {
    return secret;
  }

  /**
   * Whether this is one of Meerkat's own options, which the URI never sets (a URI naming one gets a
   * warning); otherwise it is the driver's URI option of the same name.
   */
  public boolean meerkatOwn() {
    return meerkatOwn;
  }

  /**
   * {@code value}, checked.
   *
   * @throws NullPointerException for {@code null} ("name == null")
   * @throws ConfigurationException when the value breaks the option's rule; the message names the
   *     option, the rule and the value
   */
  public T check(T value) {
    Objects.requireNonNull(value, name + " == null");
    if (valid != null && !valid.test(value)) {
      throw new ConfigurationException(name + " " + rule + ": " + value);
    }
    return value;
  }

  /** The value as {@code toString} shows it: {@code <hidden>} for a secret. */
  String shown(Object value) {
    return secret ? "<hidden>" : String.valueOf(value);
  }

  /** The value the parsed URI sets, or {@code null} (always for options the URI cannot set). */
  T fromUri(ConnectionString uri) {
    return fromUri == null ? null : fromUri.apply(uri);
  }

  /**
   * Hands {@code value} to the driver's settings; does nothing for options Meerkat acts on itself
   * (buffering, models, credentials, the database name).
   */
  void applyTo(MongoClientSettings.Builder settings, T value) {
    if (toDriver != null) {
      toDriver.accept(settings, value);
    }
  }

  /** Whether {@link #applyTo} sets something in the driver's settings. */
  boolean reachesTheDriver() {
    return toDriver != null;
  }

  /** Sets the option through its typed builder method, which returns {@code builder}. */
  public ConnectionOptions.Builder set(ConnectionOptions.Builder builder, T value) {
    return builderMethod.apply(builder, value);
  }

  /** Converts {@code value} from a map and sets it through its typed builder method. */
  void setFromMap(ConnectionOptions.Builder builder, MapValue value) {
    set(builder, type.convert(value));
  }

  /** The option's value in {@code options} through its typed accessor; {@code null} when unset. */
  public T get(ConnectionOptions options) {
    return accessor.apply(options);
  }

  @Override
  public String toString() {
    return name;
  }

  /** What {@link OptionTable} says about one option, before it is added. */
  static final class Spec<T> {
    private final String name;
    private final ValueType<T> type;
    private final BiFunction<ConnectionOptions.Builder, T, ConnectionOptions.Builder> builderMethod;
    private final Function<ConnectionOptions, T> accessor;
    private String defaultValue;
    private Predicate<T> valid;
    private String rule;
    private boolean secret;
    private boolean meerkatOwn;
    private Function<ConnectionString, T> fromUri;
    private BiConsumer<MongoClientSettings.Builder, T> toDriver;

    Spec(
        String name,
        ValueType<T> type,
        BiFunction<ConnectionOptions.Builder, T, ConnectionOptions.Builder> builderMethod,
        Function<ConnectionOptions, T> accessor) {
      this.name = name;
      this.type = type;
      this.builderMethod = builderMethod;
      this.accessor = accessor;
    }

    String name() {
      return name;
    }

    /** Meerkat's own option: never read from the URI. */
    Spec<T> meerkatOwn() {
      this.meerkatOwn = true;
      return this;
    }

    /** Never shown. */
    Spec<T> secret() {
      this.secret = true;
      return this;
    }

    /** Values must pass {@code valid}; the error says "{name} {rule}: {value}". */
    Spec<T> valid(Predicate<T> valid, String rule) {
      this.valid = valid;
      this.rule = rule;
      return this;
    }

    Spec<T> fromUri(Function<ConnectionString, T> fromUri) {
      this.fromUri = fromUri;
      return this;
    }

    Spec<T> toDriver(BiConsumer<MongoClientSettings.Builder, T> toDriver) {
      this.toDriver = toDriver;
      return this;
    }

    Spec<T> byDefault(String defaultValue) {
      this.defaultValue = defaultValue;
      return this;
    }
  }
}
