package dev.meerkat.internal.generated;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The empty collections a decoder gives a list or set field whose key is missing (or null) in the
 * stored document, as Mongoose's arrays read {@code []}. They are ordinary mutable collections;
 * while they stay empty, the encoder leaves the key out again, so a missing array is never written
 * back as {@code []} (absent stays absent). May change at any time. Not thread-safe, as {@code
 * ArrayList}.
 */
public final class AbsentArrays {
  private AbsentArrays() {}

  /** A new empty list that remembers it stands for a missing key. */
  public static <E> List<E> list() {
    return new AbsentList<>();
  }

  /** A new empty set that remembers it stands for a missing key. */
  public static <E> Set<E> set() {
    return new AbsentSet<>();
  }

  /**
   * Whether {@code collection} is still the empty stand-in for a missing key (encoders skip it).
   */
  public static boolean isAbsent(Collection<?> collection) {
    // Checks against final classes: an exact class compare, where an interface would make HotSpot
    // scan the secondary supers of every ArrayList the encoder meets (a miss is never cached).
    return (collection instanceof AbsentList || collection instanceof AbsentSet)
        && collection.isEmpty();
  }

  /**
   * Whether an encoder writes {@code collection}: it is not null and not the stand-in for a missing
   * key.
   */
  public static boolean isWritten(Collection<?> collection) {
    return collection != null && !isAbsent(collection);
  }

  private static final class AbsentList<E> extends ArrayList<E> {
    private static final long serialVersionUID = 1L;
  }

  private static final class AbsentSet<E> extends LinkedHashSet<E> {
    private static final long serialVersionUID = 1L;
  }
}
