package dev.meerkat.internal.model;

import dev.meerkat.CastException;
import java.util.function.Supplier;

/**
 * Writes that return the document they changed ({@code findOneAndUpdate}, {@code
 * findOneAndReplace}, {@code findOneAndDelete}): the driver applies the write and then decodes the
 * returned document, so a {@link CastException} from that decoding comes after the change is
 * stored. It is reported as such ({@link CastException#afterWrite}), so that a caller does not
 * retry, and apply again, a write that went in.
 */
final class ReturningWrites {
  private ReturningWrites() {}

  /** Runs {@code write}; a cast failure reading its returned document names {@code operation}. */
  static <R> R read(String operation, Supplier<R> write) {
    try {
      return write.get();
    } catch (CastException e) {
      throw e.appliedWrite().isPresent() ? e : e.afterWrite(operation);
    }
  }
}
