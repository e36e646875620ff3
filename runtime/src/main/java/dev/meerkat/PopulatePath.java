package dev.meerkat;

import java.util.List;

/**
 * A path {@code Query.populate} follows: a {@link RefPath} generated on a schema ({@code
 * PostSchema.AUTHOR}, or {@code PostSchema.COMMENTS_AUTHOR} for references inside subdocuments), or
 * a {@link PopulateChain} of them ({@code PostSchema.AUTHOR.then(UserSchema.EMPLOYER)}) that
 * populates the references of the documents populated before, to any depth. Paths given to one
 * query that start with the same steps share those steps' queries. Immutable and thread-safe.
 *
 * @param <T> the type of the documents the query returns
 */
public interface PopulatePath<T> {

  /** The dotted path, {@code "author.employer"}. */
  String path();

  /** The single-reference steps, in the order they are populated. */
  List<RefPath<?, ?>> steps();
}
