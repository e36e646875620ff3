package dev.meerkat.internal.options;

import dev.meerkat.ConfigurationException;
import dev.meerkat.Setting;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The global settings of one Meerkat instance ({@code mongoose.set}). Values are checked against
 * {@link Setting#type()}; an integer is accepted for a {@code Long} setting. {@link #lock} guards
 * the map.
 */
public final class GlobalSettings {
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<Setting, Object> values = new EnumMap<>(Setting.class);

  public void set(Setting setting, Object value) {
    Objects.requireNonNull(setting, "setting == null");
    Object checked = check(setting, value);
    lock.lock();
    try {
      values.put(setting, checked);
    } finally {
      lock.unlock();
    }
  }

  public Object get(Setting setting) {
    Objects.requireNonNull(setting, "setting == null");
    lock.lock();
    try {
      return values.getOrDefault(setting, setting.defaultValue());
    } finally {
      lock.unlock();
    }
  }

  private static Object check(Setting setting, Object value) {
    if (value == null) {
      throw new ConfigurationException(
          "Setting " + setting + " cannot be null; its default is " + setting.defaultValue());
    }
    if (setting.type() == Long.class
        && (value instanceof Integer || value instanceof Long || value instanceof Short)) {
      long number = ((Number) value).longValue();
      if (number < 0) {
        throw new ConfigurationException("Setting " + setting + " must not be negative: " + number);
      }
      return number;
    }
    if (!setting.type().isInstance(value)) {
      throw new ConfigurationException(
          "Setting "
              + setting
              + " takes a "
              + setting.type().getSimpleName()
              + ", not a "
              + value.getClass().getSimpleName()
              + " ("
              + value
              + "); e.g. Meerkat.set(Setting."
              + setting
              + ", "
              + setting.defaultValue()
              + (setting.type() == Long.class ? "L" : "")
              + ")");
    }
    return value;
  }
}
