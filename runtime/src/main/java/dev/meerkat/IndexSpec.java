package dev.meerkat;

import java.util.List;
import java.util.Objects;

/**
 * An index declared on a schema with {@code @Indexed} or {@code @Index}. Immutable.
 *
 * @param keys the keys in order, each with its direction ({@code 1}, {@code -1}) or kind ({@code
 *     "text"}, {@code "2dsphere"})
 * @param unique whether the index is unique
 * @param sparse whether the index is sparse
 * @param expireAfterSeconds TTL in seconds, or {@code -1} for none
 * @param name the index name, or {@code null} for the server's default ({@code "email_1"})
 */
public record IndexSpec(
    List<Key> keys, boolean unique, boolean sparse, long expireAfterSeconds, String name) {

  /** Copies {@code keys} and rejects an empty index. */
  public IndexSpec {
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("an index needs at least one key");
    }
  }

  /**
   * One key of an index.
   *
   * @param field the stored (dotted) key
   * @param direction {@code 1}, {@code -1}, or a String such as {@code "text"}
   */
  public record Key(String field, Object direction) {
    /** Rejects nulls. */
    public Key {
      Objects.requireNonNull(field, "field == null");
      Objects.requireNonNull(direction, "direction == null");
    }
  }
}
