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
 * middleware does.
 */
final class HookedQuery<T> implements Query<T> {
  private final Query<T> query;
  private final ModelHooks<T> hooks;
  private final Filter<T> filter;
  private final Supplier<Executor> executor;

  HookedQuery(Query<T> query, ModelHooks<T> hooks, Filter<T> filter, Supplier<Executor> executor) {
    this.query = query;
    this.hooks = hooks;
    this.filter = filter;
    this.executor = executor;
  }

  @Override
  public Query<T> sort(Sort<T> sort) {
    return new HookedQuery<>(query.sort(sort), hooks, filter, executor);
  }

  @Override
  public Query<T> limit(int limit) {
    return new HookedQuery<>(query.limit(limit), hooks, filter, executor);
  }

  @Override
  public Query<T> skip(int skip) {
    return new HookedQuery<>(query.skip(skip), hooks, filter, executor);
  }

  @Override
  public Query<T> projection(Bson projection) {
    return new HookedQuery<>(query.projection(projection), hooks, filter, executor);
  }

  @Override
  public Query<T> populate(PopulatePath<T> path) {
    return new HookedQuery<>(query.populate(path), hooks, filter, executor);
  }

  /** A projected read returns projection records, not documents: it runs no FIND hooks. */
  @Override
  public <P> Query<P> project(Class<P> projection) {
    return query.project(projection);
  }

  @Override
  public List<T> list() {
    hooks.preQuery(Hook.FIND, filter);
    List<T> found = query.list();
    hooks.postQuery(Hook.FIND, filter);
    return found;
  }

  @Override
  public Optional<T> first() {
    hooks.preQuery(Hook.FIND, filter);
    Optional<T> found = query.first();
    hooks.postQuery(Hook.FIND, filter);
    return found;
  }

  @Override
  public CompletableFuture<List<T>> listAsync() {
    return hooked(query::listAsync);
  }

  @Override
  public CompletableFuture<Optional<T>> firstAsync() {
    return hooked(query::firstAsync);
  }

  /**
   * Runs the pre hooks before the query starts and the post hooks when it has completed, on the
   * connection's executor as the async model does.
   */
  private <R> CompletableFuture<R> hooked(Supplier<CompletableFuture<R>> run) {
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
  public Stream<T> stream() {
    hooks.preQuery(Hook.FIND, filter);
    Stream<T> found = query.stream();
    hooks.postQuery(Hook.FIND, filter);
    return found;
  }
}
