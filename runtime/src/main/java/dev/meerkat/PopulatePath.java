package dev.meerkat;

import java.util.List;

/**
 * A path {@code Query.populate} follows: a {@link RefPath} generated on a schema ({@code
 * PostSchema.AUTHOR}), or a chain of them ({@code PostSchema.AUTHOR.then(UserSchema.EMPLOYER)})
 * that populates the references of the documents populated before. Immutable and thread-safe.
 *
 * @param <T> the type of the documents the query returns
 */
public interface PopulatePath<T> {

  /** The dotted path, {@code "author.employer"}. */
  String path();

  /** The single-reference steps, in the order they are populated. */
  List<RefPath<?, ?>> steps();
}
