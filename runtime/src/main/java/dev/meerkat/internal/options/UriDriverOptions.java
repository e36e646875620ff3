package dev.meerkat.internal.options;

import com.mongodb.ConnectionString;
import dev.meerkat.ConnectionOptions;

/**
 * The driver options a parsed URI sets, read back as {@link ConnectionOptions} (unset ones stay
 * unset): every option of {@link OptionTable} that the URI can set.
 */
final class UriDriverOptions {
  private UriDriverOptions() {}

  static ConnectionOptions read(ConnectionString uri) {
    ConnectionOptions.Builder b = ConnectionOptions.builder();
    for (Option<?> option : OptionTable.all()) {
      copy(option, uri, b);
    }
    return b.build();
  }

  private static <T> void copy(
      Option<T> option, ConnectionString uri, ConnectionOptions.Builder b) {
    T value = option.fromUri(uri);
    if (value != null) {
      option.set(b, value);
    }
  }
}
