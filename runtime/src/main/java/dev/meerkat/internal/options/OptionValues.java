package dev.meerkat.internal.options;

import java.util.Arrays;

/**
 * The values of every option in {@link OptionTable}, {@code null} where unset: what a {@code
 * ConnectionOptions} and its builder hold. {@code equals}, {@code hashCode} and {@code toString} go
 * over the table, so a new option takes part in them without further code. Mutable, for the
 * builder; {@code ConnectionOptions} keeps a private copy it never changes. Not thread-safe.
 */
public final class OptionValues {
  private final Object[] values;

  /** Values with nothing set. */
  public OptionValues() {
    this.values = new Object[OptionTable.all().size()];
  }

  private OptionValues(Object[] values) {
    this.values = values;
  }

  /** A copy, independent of this one. */
  public OptionValues copy() {
    return new OptionValues(values.clone());
  }

  /** The value of {@code option}, or {@code null} when unset. */
  public <T> T get(Option<T> option) {
    return option.type().javaType().cast(values[option.index()]);
  }

  /**
   * Sets {@code option}, after {@link Option#check}.
   *
   * @throws NullPointerException for {@code null}
   * @throws dev.meerkat.ConfigurationException for a value that breaks the option's rule
   */
  public <T> void set(Option<T> option, T value) {
    values[option.index()] = option.check(value);
  }

  /** Sets every option that {@code overrides} sets to its value there. */
  public void overrideWith(OptionValues overrides) {
    for (int i = 0; i < values.length; i++) {
      if (overrides.values[i] != null) {
        values[i] = overrides.values[i];
      }
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OptionValues o && Arrays.equals(values, o.values);
  }

  /** The same as {@code Objects.hash} over the values in the table's order. */
  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  /** {@code name=value} for every option that is set, secrets as {@code <hidden>}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (Option<?> option : OptionTable.all()) {
      Object value = values[option.index()];
      if (value != null) {
        s.append(s.length() == 0 ? "" : ", ").append(option.name()).append('=');
        s.append(option.shown(value));
      }
    }
    return s.toString();
  }
}
