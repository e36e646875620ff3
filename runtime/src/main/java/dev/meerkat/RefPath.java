package dev.meerkat;

import com.mongodb.client.model.Filters;
import dev.meerkat.internal.generated.QueryValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The typed path to a {@code Ref<R>} (or {@code List<Ref<R>>}) field of {@code T}, generated as a
 * constant on each schema ({@code PostSchema.AUTHOR}). A reference inside embedded subdocuments has
 * its own constant on the top-level schema, named after the whole path ({@code
 * PostSchema.COMMENTS_AUTHOR} for {@code comments[].author}). Pass it to {@code Query.populate}, or
 * filter on the stored id. Immutable and thread-safe.
 *
 * <pre>{@code
 * posts.find(PostSchema.AUTHOR.eq(ada.id())).populate(PostSchema.AUTHOR).list();
 * }</pre>
 *
 * @param <T> the type holding the reference
 * @param <R> the referenced type
 */
public final class RefPath<T, R> implements PopulatePath<T> {
  private final String path;
  private final Function<? super T, ? extends Collection<Ref<R>>> refs;
  private final Supplier<? extends Schema<R>> target;

  /**
   * Creates a path; generated schemas call this.
   *
   * @param path the stored key, dotted for a reference inside subdocuments
   * @param refs the references a document holds at this path (never null; empty when none)
   * @param target the referenced schema, looked up on first use
   */
  public RefPath(
      String path,
      Function<? super T, ? extends Collection<Ref<R>>> refs,
      Supplier<? extends Schema<R>> target) {
    this.path = Objects.requireNonNull(path, "path == null");
    this.refs = Objects.requireNonNull(refs, "refs == null");
    this.target = Objects.requireNonNull(target, "target == null");
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public List<RefPath<?, ?>> steps() {
    return List.of(this);
  }

  /** The references {@code document} holds at this path. */
  public Collection<Ref<R>> refsOf(T document) {
    Collection<Ref<R>> found = refs.apply(document);
    return found == null ? List.of() : found;
  }

  /** The referenced schema. */
  public Schema<R> target() {
    return target.get();
  }

  /**
   * {@code { path: id }}: documents referring to {@code id} (a {@link Ref} counts as its id).
   *
   * @throws MeerkatException when {@code id} is a regular expression or a map or document with a
   *     key that starts with {@code $}, which MongoDB would read as a query operator rather than an
   *     id
   */
  public Filter<T> eq(Object id) {
    return Filter.raw(Filters.eq(path, QueryValues.notOperator(path, idOf(id))));
  }

  /** {@code { path: { $in: ids } }}. */
  public Filter<T> in(Collection<?> ids) {
    List<Object> values = new ArrayList<>(ids.size());
    ids.forEach(id -> values.add(idOf(id)));
    return Filter.raw(Filters.in(path, values));
  }

  /**
   * Populates this path, then {@code next} on every document found; extend the chain with {@link
   * PopulateChain#then} for deeper paths.
   */
  public <S> PopulateChain<T, S> then(RefPath<R, S> next) {
    Objects.requireNonNull(next, "next == null");
    return new PopulateChain<>(List.of(this, next));
  }

  private static Object idOf(Object id) {
    Objects.requireNonNull(id, "id == null");
    return id instanceof Ref<?> ref ? ref.id() : id;
  }

  @Override
  public String toString() {
    return "RefPath(" + path + ")";
  }
}
