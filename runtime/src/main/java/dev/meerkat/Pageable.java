package dev.meerkat;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page of results a repository method returns: a page size, a zero-based page number and an
 * optional sort. Immutable and thread-safe.
 *
 * <pre>{@code
 * Page<User> second = users.findByRole(Role.ADMIN, Pageable.ofSize(20).withPage(1).withSort(UserSchema.NAME.asc()));
 * }</pre>
 */
public final class Pageable {
  private final int size;
  private final int page;
  private final Sort<?> sort;

  private Pageable(int size, int page, Sort<?> sort) {
    this.size = size;
    this.page = page;
    this.sort = sort;
  }

  /**
   * The first page of {@code size} documents.
   *
   * @throws IllegalArgumentException if {@code size < 1}
   */
  public static Pageable ofSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("Page size must be at least 1, was " + size);
    }
    return new Pageable(size, 0, null);
  }

  /**
   * The same size and sort, page {@code page} (zero-based).
   *
   * @throws IllegalArgumentException if {@code page < 0}
   */
  public Pageable withPage(int page) {
    if (page < 0) {
      throw new IllegalArgumentException("Page numbers start at 0, was " + page);
    }
    return new Pageable(size, page, sort);
  }

  /** The same size and page, sorted by {@code sort} (after any {@code OrderBy} of the method). */
  public Pageable withSort(Sort<?> sort) {
    return new Pageable(size, page, Objects.requireNonNull(sort, "sort == null"));
  }

  /** The page size. */
  public int size() {
    return size;
  }

  /** The zero-based page number. */
  public int page() {
    return page;
  }

  /** How many documents come before this page: {@code page * size}. */
  public long offset() {
    return (long) page * size;
  }

  /** The sort, if one was given. */
  public Optional<Sort<?>> sort() {
    return Optional.ofNullable(sort);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Pageable p
        && p.size == size
        && p.page == page
        && Objects.equals(p.sort, sort);
  }

  @Override
  public int hashCode() {
    return Objects.hash(size, page, sort);
  }

  @Override
  public String toString() {
    return "Pageable{page="
        + page
        + ", size="
        + size
        + (sort == null ? "" : ", sort=" + sort)
        + "}";
  }
}
