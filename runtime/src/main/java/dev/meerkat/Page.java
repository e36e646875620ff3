package dev.meerkat;

import java.util.List;
import java.util.Objects;

/**
 * One page of results and where it sits among all of them. A page past the end has empty content
 * and the same totals. Immutable and thread-safe (the content is copied).
 *
 * @param content the documents on this page
 * @param totalElements how many documents match in all
 * @param number the zero-based page number
 * @param size the page size asked for
 * @param <T> the element type
 */
public record Page<T>(List<T> content, long totalElements, int number, int size) {

  /** Copies the content and checks the numbers. */
  public Page {
    content = List.copyOf(Objects.requireNonNull(content, "content == null"));
    if (totalElements < 0 || number < 0 || size < 1) {
      throw new IllegalArgumentException(
          "Invalid page: totalElements=" + totalElements + ", number=" + number + ", size=" + size);
    }
  }

  /**
   * How many pages of {@link #size()} hold every matching document: {@code ceil(totalElements /
   * size)}.
   */
  public int totalPages() {
    return (int) ((totalElements + size - 1) / size);
  }

  /** Whether a page follows this one. */
  public boolean hasNext() {
    return number + 1 < totalPages();
  }
}
