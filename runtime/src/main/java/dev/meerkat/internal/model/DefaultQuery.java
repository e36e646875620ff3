package dev.meerkat.internal.model;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCursor;
import dev.meerkat.Model;
import dev.meerkat.PopulatePath;
import dev.meerkat.Query;
import dev.meerkat.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.bson.conversions.Bson;

/** An immutable find query over a gateway; terminal methods run it. Thread-safe. */
final class DefaultQuery<T> implements Query<T> {
  private final CollectionGateway<T> gateway;
  private final Bson filter;
  private final Bson sort;
  private final Bson projection;
  private final int limit;
  private final int skip;

  /** The model queried and the paths to populate: see {@link QueryExtras}. */
  private final QueryExtras<T> extras;

  DefaultQuery(CollectionGateway<T> gateway, Bson filter) {
    this(gateway, filter, null, null, 0, 0);
  }

  DefaultQuery(CollectionGateway<T> gateway, Model<T> model, Bson filter) {
    this(gateway, filter, null, null, 0, 0, new QueryExtras<>(model, List.of()));
  }

  private DefaultQuery(
      CollectionGateway<T> gateway, Bson filter, Bson sort, Bson projection, int limit, int skip) {
    this(gateway, filter, sort, projection, limit, skip, new QueryExtras<>(null, List.of()));
  }

  private DefaultQuery(
      CollectionGateway<T> gateway,
      Bson filter,
      Bson sort,
      Bson projection,
      int limit,
      int skip,
      QueryExtras<T> extras) {
    this.extras = extras;
    this.gateway = gateway;
    this.filter = Objects.requireNonNull(filter, "filter == null");
    this.sort = sort;
    this.projection = projection;
    this.limit = limit;
    this.skip = skip;
  }

  @Override
  public Query<T> sort(Sort<T> sort) {
    Objects.requireNonNull(sort, "sort == null");
    return new DefaultQuery<>(gateway, filter, sort, projection, limit, skip, extras);
  }

  @Override
  public Query<T> limit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return new DefaultQuery<>(gateway, filter, sort, projection, limit, skip, extras);
  }

  @Override
  public Query<T> skip(int skip) {
    if (skip < 0) {
      throw new IllegalArgumentException("skip must not be negative: " + skip);
    }
    return new DefaultQuery<>(gateway, filter, sort, projection, limit, skip, extras);
  }

  @Override
  public Query<T> projection(Bson projection) {
    Objects.requireNonNull(projection, "projection == null");
    return new DefaultQuery<>(gateway, filter, sort, projection, limit, skip, extras);
  }

  @Override
  public Query<T> populate(PopulatePath<T> path) {
    return new DefaultQuery<>(
        gateway, filter, sort, projection, limit, skip, extras.populating(path));
  }

  @Override
  public <P> Query<P> project(Class<P> type) {
    return new ProjectedQuery<>(gateway, extras.projectionOf(type), filter, sort, limit, skip);
  }

  @Override
  public List<T> list() {
    return extras.populated(
        gateway.execute("find", c -> apply(c.find(filter)).into(new ArrayList<>())));
  }

  @Override
  public Optional<T> first() {
    T found = gateway.execute("findOne", c -> apply(c.find(filter)).limit(1).first());
    if (found == null || !extras.populates()) {
      return Optional.ofNullable(found);
    }
    return Optional.of(extras.populated(List.of(found)).get(0));
  }

  @Override
  public Stream<T> stream() {
    if (extras.populates()) {
      return list().stream();
    }
    MongoCursor<T> cursor = gateway.execute("find", c -> apply(c.find(filter)).cursor());
    Spliterator<T> split =
        Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(split, false).onClose(cursor::close);
  }

  @Override
  public CompletableFuture<List<T>> listAsync() {
    CompletableFuture<List<T>> found = gateway.executeAsync("find", this::listOn);
    return extras.populates() ? givingUp(found, found.thenCompose(extras::populatedAsync)) : found;
  }

  @Override
  public CompletableFuture<Optional<T>> firstAsync() {
    if (!extras.populates()) {
      return gateway.executeAsync(
          "findOne", c -> Optional.ofNullable(apply(c.find(filter)).limit(1).first()));
    }
    CompletableFuture<T> found =
        gateway.executeAsync("findOne", c -> apply(c.find(filter)).limit(1).first());
    return givingUp(
        found,
        found.thenCompose(
            one ->
                one == null
                    ? CompletableFuture.completedFuture(Optional.<T>empty())
                    : extras
                        .populatedAsync(List.of(one))
                        .thenApply(populated -> Optional.of(populated.get(0)))));
  }

  /**
   * {@code returned}, a stage after the gateway's {@code first}: giving it up (cancel, orTimeout)
   * gives up {@code first} too, which withdraws its operation while it is still buffered, as for
   * every other async call (a dependent stage alone would leave it to be sent).
   */
  private static <S, R> CompletableFuture<R> givingUp(
      CompletableFuture<S> first, CompletableFuture<R> returned) {
    returned.whenComplete(
        (value, error) -> {
          if (error != null && !first.isDone()) {
            first.completeExceptionally(error);
          }
        });
    return returned;
  }

  /** Runs the query to a list; used by the async model. */
  List<T> listOn(com.mongodb.client.MongoCollection<T> collection) {
    return apply(collection.find(filter)).into(new ArrayList<>());
  }

  private FindIterable<T> apply(FindIterable<T> find) {
    if (sort != null) {
      find.sort(sort);
    }
    if (projection != null) {
      find.projection(projection);
    }
    if (limit > 0) {
      find.limit(limit);
    }
    if (skip > 0) {
      find.skip(skip);
    }
    return find;
  }

  @Override
  public String toString() {
    return "Query{filter="
        + filter
        + (sort == null ? "" : ", sort=" + sort)
        + (limit == 0 ? "" : ", limit=" + limit)
        + (skip == 0 ? "" : ", skip=" + skip)
        + "}";
  }
}
