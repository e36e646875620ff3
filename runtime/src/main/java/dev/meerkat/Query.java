package dev.meerkat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.bson.conversions.Bson;

/**
 * A find query being built: Mongoose's {@code Query}. Each builder method returns a new query, so a
 * query can be shared and reused; nothing runs until {@link #list()}, {@link #first()} or {@link
 * #stream()}. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<User> page = users.find(UserSchema.AGE.gte(18))
 *     .sort(UserSchema.NAME.asc()).skip(20).limit(10).list();
 * }</pre>
 *
 * @param <T> the mapped type
 */
public interface Query<T> {

  /** Orders the results, e.g. {@code UserSchema.NAME.asc()}. */
  Query<T> sort(Sort<T> sort);

  /** Returns at most {@code limit} documents; {@code 0} for no limit. */
  Query<T> limit(int limit);

  /** Skips the first {@code skip} documents. */
  Query<T> skip(int skip);

  /** Restricts the fields returned; fields left out decode as their defaults. */
  Query<T> projection(Bson projection);

  /**
   * Populates the references at {@code path} after the query runs, as Mongoose's {@code populate}:
   * one {@code $in} find per path on the referenced model (registered on this connection if it is
   * not yet). Repeatable; a chained path ({@code PostSchema.AUTHOR.then(UserSchema.EMPLOYER)})
   * populates the documents found too. References whose target is gone stay empty.
   */
  Query<T> populate(PopulatePath<T> path);

  /**
   * The same query reading only the fields of the {@code @Projection} record {@code projection}:
   * the server receives a projection of its components' stored keys, and the generated projection
   * codec decodes the results.
   *
   * @throws MeerkatException if {@code projection} is not a {@code @Projection} of this query's
   *     schema
   */
  <P> Query<P> project(Class<P> projection);

  /** Runs the query and returns every result. */
  List<T> list();

  /** Runs the query and returns the first result. */
  Optional<T> first();

  /**
   * Runs the query and streams the results as the server returns them in batches. Close the stream
   * (try-with-resources) to release the server cursor early.
   */
  Stream<T> stream();

  /**
   * Runs the query without blocking the caller, as {@link #list()} does (populate included, with
   * one {@code $in} find per path); the future completes on the connection's {@code executor}.
   */
  CompletableFuture<List<T>> listAsync();

  /** Runs the query for its first result without blocking the caller; see {@link #listAsync()}. */
  CompletableFuture<Optional<T>> firstAsync();
}
