package dev.meerkat.internal.options;

import com.mongodb.ReadPreference;
import dev.meerkat.ConfigurationException;
import dev.meerkat.ConnectionOptions;

/**
 * Mongoose's rule for secondary reads: creating collections and building indexes are writes, which
 * cannot go to a secondary, so {@code autoCreate} and {@code autoIndex} are off and may not be
 * switched on.
 */
public final class SecondaryReads {
  private SecondaryReads() {}

  /**
   * {@code merged} with {@code autoCreate}/{@code autoIndex} off when its read preference is
   * secondary or secondaryPreferred.
   *
   * @param asked the options the user set, to tell an explicit {@code true} from an unset option
   */
  static ConnectionOptions enforce(ConnectionOptions merged, ConnectionOptions asked) {
    ReadPreference readPreference = merged.readPreference();
    if (readPreference == null || !isSecondary(readPreference)) {
      return merged;
    }
    reject("autoCreate", asked.autoCreate(), readPreference);
    reject("autoIndex", asked.autoIndex(), readPreference);
    return ConnectionOptions.builder(merged).autoCreate(false).autoIndex(false).build();
  }

  public static boolean isSecondary(ReadPreference readPreference) {
    String name = readPreference.getName();
    return name.equals("secondary") || name.equals("secondaryPreferred");
  }

  private static void reject(String option, Boolean value, ReadPreference readPreference) {
    if (Boolean.TRUE.equals(value)) {
      throw new ConfigurationException(
          option
              + " cannot be true with readPreference "
              + readPreference.getName()
              + ": creating collections and indexes are writes, which cannot go to secondaries. Remove "
              + option
              + ", or use a primary read preference (run index builds from a separate primary connection).");
    }
  }
}
