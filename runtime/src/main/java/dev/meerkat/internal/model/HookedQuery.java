package dev.meerkat.internal.model;

import dev.meerkat.Filter;
import dev.meerkat.Hook;
import dev.meerkat.PopulatePath;
import dev.meerkat.Query;
import dev.meerkat.Sort;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.bson.conversions.Bson;

/**
 * A query that runs the FIND hooks when it runs (not when it is built), as Mongoose's query
 * middleware does; a projected one too, as Mongoose's {@code find().select()} does.
 *
 * @param <T> the model's document type, whose hooks run
 * @param <R> what the query returns: documents, or projection records
 */
final class HookedQuery<T, R> implements Query<R> {
  private final Query<R> query;
  private final ModelHooks<T> hooks;
  private final Filter<T> filter;
  private final Supplier<Executor> executor;

  HookedQuery(Query<R> query, ModelHooks<T> hooks, Filter<T> filter, Supplier<Executor> executor) {
    this.query = query;
    this.hooks = hooks;
    this.filter = filter;
    this.executor = executor;
  }

  @Override
  public Query<R> sort(Sort<R> sort) {
    return new HookedQuery<>(query.sort(sort), hooks, filter, executor);
  }

  @Override
  public Query<R> limit(int limit) {
    return new HookedQuery<>(query.limit(limit), hooks, filter, executor);
  }

  @Override
  public Query<R> skip(int skip) {
    return new HookedQuery<>(query.skip(skip), hooks, filter, executor);
  }

  @Override
  public Query<R> projection(Bson projection) {
    return new HookedQuery<>(query.projection(projection), hooks, filter, executor);
  }

  @Override
  public Query<R> populate(PopulatePath<R> path) {
    return new HookedQuery<>(query.populate(path), hooks, filter, executor);
  }

  @Override
  public <P> Query<P> project(Class<P> projection) {
    return new HookedQuery<>(query.project(projection), hooks, filter, executor);
  }

  @Override
  public List<R> list() {
    hooks.preQuery(Hook.FIND, filter);
    List<R> found = query.list();
    hooks.postQuery(Hook.FIND, filter);
    return found;
  }

  @Override
  public Optional<R> first() {
    hooks.preQuery(Hook.FIND, filter);
    Optional<R> found = query.first();
    hooks.postQuery(Hook.FIND, filter);
    return found;
  }

  @Override
  public CompletableFuture<List<R>> listAsync() {
    return hooked(query::listAsync);
  }

  @Override
  public CompletableFuture<Optional<R>> firstAsync() {
    return hooked(query::firstAsync);
  }

  /**
   * Runs the pre hooks before the query starts and the post hooks when it has completed, on the
   * connection's executor as the async model does.
   */
  private <V> CompletableFuture<V> hooked(Supplier<CompletableFuture<V>> run) {
    Executor on = executor.get();
    return CompletableFuture.runAsync(() -> hooks.preQuery(Hook.FIND, filter), on)
        .thenCompose(ignored -> run.get())
        .thenApplyAsync(
            found -> {
              hooks.postQuery(Hook.FIND, filter);
              return found;
            },
            on);
  }

  /** Runs the post hooks once the stream is open, before it is read. */
  @Override
  public Stream<R> stream() {
    hooks.preQuery(Hook.FIND, filter);
    Stream<R> found = query.stream();
    hooks.postQuery(Hook.FIND, filter);
    return found;
  }
}
