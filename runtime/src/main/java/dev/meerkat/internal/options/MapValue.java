package dev.meerkat.internal.options;

import dev.meerkat.ConfigurationException;

/**
 * A value from an options map with its key, so that every conversion error names both; a secret
 * value is described by its type only.
 */
record MapValue(String key, Object raw, boolean secret) {

  String string() {
    if (raw instanceof CharSequence s) {
      return s.toString();
    }
    throw wrongType("a string");
  }

  /** An integral number, or a string or a whole floating-point number that holds one. */
  long wholeNumber(String expected) {
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
        throw wrongType(expected);
      }
    }
    throw wrongType(expected);
  }

  ConfigurationException wrongType(String expected) {
    String type = raw == null ? "null" : raw.getClass().getSimpleName();
    String shown =
        secret
            ? "a " + type
            : (raw instanceof CharSequence ? "\"" + raw + "\"" : String.valueOf(raw))
                + " ("
                + type
                + ")";
    return new ConfigurationException(
        "Option " + key + " has value " + shown + "; expected " + expected);
  }
}
