package dev.meerkat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A populate path of several references, each followed on the documents the one before found:
 * Mongoose's {@code populate({ path: 'author', populate: { path: 'friends' } })}. Made by {@link
 * RefPath#then} and extended by {@link #then}, so a chain can be as deep as the types allow, and
 * never deeper: the populate stops after the last step, even when documents refer to each other in
 * a cycle. Immutable and thread-safe.
 *
 * <pre>{@code
 * posts.find().populate(PostSchema.AUTHOR.then(UserSchema.FRIENDS).then(UserSchema.EMPLOYER)).list();
 * }</pre>
 *
 * @param <T> the type of the documents the query returns
 * @param <R> the type the last step refers to
 */
public final class PopulateChain<T, R> implements PopulatePath<T> {
  private final List<RefPath<?, ?>> steps;

  PopulateChain(List<RefPath<?, ?>> steps) {
    this.steps = List.copyOf(steps);
  }

  /** Populates this chain, then {@code next} on every document its last step found. */
  public <S> PopulateChain<T, S> then(RefPath<R, S> next) {
    Objects.requireNonNull(next, "next == null");
    List<RefPath<?, ?>> longer = new ArrayList<>(steps);
    longer.add(next);
    return new PopulateChain<>(longer);
  }

  @Override
  public String path() {
    return steps.stream().map(RefPath::path).collect(Collectors.joining("."));
  }

  @Override
  public List<RefPath<?, ?>> steps() {
    return steps;
  }

  @Override
  public String toString() {
    return "PopulatePath(" + path() + ")";
  }
}
