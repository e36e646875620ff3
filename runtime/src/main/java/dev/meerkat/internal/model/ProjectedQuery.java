package dev.meerkat.internal.model;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import dev.meerkat.PopulatePath;
import dev.meerkat.Query;
import dev.meerkat.Sort;
import dev.meerkat.internal.generated.ProjectionSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.conversions.Bson;

/**
 * A find query over the collection of {@code T} that reads only the fields of projection {@code P}
 * and decodes them with its generated codec. Immutable and thread-safe.
 */
final class ProjectedQuery<T, P> implements Query<P> {
  private final CollectionGateway<T> gateway;
  private final ProjectionSchema<T, P> projection;
  private final Bson filter;
  private final Bson sort;
  private final int limit;
  private final int skip;

  ProjectedQuery(
      CollectionGateway<T> gateway,
      ProjectionSchema<T, P> projection,
      Bson filter,
      Bson sort,
      int limit,
      int skip) {
    this.gateway = gateway;
    this.projection = projection;
    this.filter = filter;
    this.sort = sort;
    this.limit = limit;
    this.skip = skip;
  }

  /** Sorts the projected results; sort before {@code project} to use the schema's typed paths. */
  @Override
  public Query<P> sort(Sort<P> sort) {
    return new ProjectedQuery<>(
        gateway, projection, filter, Objects.requireNonNull(sort, "sort == null"), limit, skip);
  }

  @Override
  public Query<P> limit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return new ProjectedQuery<>(gateway, projection, filter, sort, limit, skip);
  }

  @Override
  public Query<P> skip(int skip) {
    if (skip < 0) {
      throw new IllegalArgumentException("skip must not be negative: " + skip);
    }
    return new ProjectedQuery<>(gateway, projection, filter, sort, limit, skip);
  }

  @Override
  public Query<P> projection(Bson projection) {
    throw new UnsupportedOperationException(
        "This query already reads the fields of "
            + this.projection.type().getSimpleName()
            + "; project() replaces projection()");
  }

  @Override
  public Query<P> populate(PopulatePath<P> path) {
    throw new UnsupportedOperationException(
        "populate fills the references of full documents; a projection ("
            + projection.type().getSimpleName()
            + ") is not populated. Read the full documents to populate them.");
  }

  @Override
  public <Q> Query<Q> project(Class<Q> type) {
    throw new UnsupportedOperationException(
        "This query already reads the fields of " + projection.type().getSimpleName());
  }

  @Override
  public List<P> list() {
    return gateway.execute("find", c -> find(c).into(new ArrayList<>()));
  }

  @Override
  public Optional<P> first() {
    return Optional.ofNullable(gateway.execute("findOne", c -> find(c).limit(1).first()));
  }

  @Override
  public Stream<P> stream() {
    MongoCursor<P> cursor = gateway.execute("find", c -> find(c).cursor());
    Spliterator<P> split =
        Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(split, false).onClose(cursor::close);
  }

  @Override
  public CompletableFuture<List<P>> listAsync() {
    return gateway.executeAsync("find", c -> find(c).into(new ArrayList<>()));
  }

  @Override
  public CompletableFuture<Optional<P>> firstAsync() {
    return gateway.executeAsync("findOne", c -> Optional.ofNullable(find(c).limit(1).first()));
  }

  private FindIterable<P> find(MongoCollection<T> collection) {
    FindIterable<P> find =
        collection
            .withCodecRegistry(
                CodecRegistries.fromRegistries(
                    CodecRegistries.fromCodecs(projection.codec()), collection.getCodecRegistry()))
            .find(filter, projection.type())
            .projection(projection.projection());
    if (sort != null) {
      find.sort(sort);
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
        + ", project="
        + projection.type().getSimpleName()
        + (sort == null ? "" : ", sort=" + sort)
        + (limit == 0 ? "" : ", limit=" + limit)
        + (skip == 0 ? "" : ", skip=" + skip)
        + "}";
  }
}
