package dev.meerkat.internal.generated;

import dev.meerkat.ConfigurationException;
import java.util.function.UnaryOperator;

/**
 * Resolves the {@code ${NAME}} and {@code ${NAME:default}} placeholders of a connection string
 * declared on {@code @ConnectionConfig}: from the environment variable {@code NAME}, else the system
 * property {@code NAME}, else the default. An empty variable or property counts as unset, so a blank
 * {@code MONGODB_URI=} in a deployment file falls back to the default. Resolved values are not
 * scanned again, and there is no escape for a literal {@code ${}. Stateless and thread-safe.
 *
 * <pre>{@code
 * Placeholders.resolve("${MONGODB_URI:mongodb://127.0.0.1:27017/web}")
 * }</pre>
 */
public final class Placeholders {
  private Placeholders() {}

  /**
   * {@code text} with every placeholder replaced.
   *
   * @throws ConfigurationException naming a placeholder that has no value and no default, or where
   *     the placeholder syntax is broken (the message never repeats the rest of the text, which may
   *     hold a password)
   */
  public static String resolve(String text) {
    return resolve(text, System::getenv, System::getProperty);
  }

  /** {@link #resolve(String)} over the given lookups, so tests need not change the environment. */
  static String resolve(
      String text, UnaryOperator<String> environment, UnaryOperator<String> properties) {
    if (text == null) {
      throw new NullPointerException("uri == null");
    }
    StringBuilder result = new StringBuilder(text.length());
    int from = 0;
    int start;
    while ((start = text.indexOf("${", from)) >= 0) {
      int end = text.indexOf('}', start + 2);
      if (end < 0) {
        throw new ConfigurationException(
            "The connection string has a placeholder opened with \"${\" at"
                + " index "
                + start
                + " but never closed with \"}\"; write ${NAME} or ${NAME:default}");
      }
      result
          .append(text, from, start)
          .append(valueOf(text.substring(start + 2, end), start, environment, properties));
      from = end + 1;
    }
    return result.append(text, from, text.length()).toString();
  }

  private static String valueOf(
      String placeholder,
      int index,
      UnaryOperator<String> environment,
      UnaryOperator<String> properties) {
    int colon = placeholder.indexOf(':');
    String name = (colon < 0 ? placeholder : placeholder.substring(0, colon)).strip();
    if (name.isEmpty()) {
      throw new ConfigurationException(
          "The connection string has a placeholder without a name at index "
              + index
              + "; write ${NAME} or ${NAME:default}");
    }
    String value = environment.apply(name);
    if (value == null || value.isEmpty()) {
      value = properties.apply(name);
    }
    if (value != null && !value.isEmpty()) {
      return value;
    }
    if (colon >= 0) {
      return placeholder.substring(colon + 1);
    }
    throw new ConfigurationException(
        "The connection string placeholder ${"
            + name
            + "} has no value:"
            + " set the environment variable "
            + name
            + " or the system property "
            + name
            + ", or give a default with ${"
            + name
            + ":default}");
  }
}
