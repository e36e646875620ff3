package dev.meerkat.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.client.result.UpdateResult;
import dev.meerkat.AsyncModel;
import dev.meerkat.Filter;
import dev.meerkat.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bson.conversions.Bson;

/**
 * The asynchronous view of a {@link DefaultModel}: each call returns at once; validation failures and
 * operation errors complete the future exceptionally. Thread-safe.
 */
final class DefaultAsyncModel<T> implements AsyncModel<T> {
  private final DefaultModel<T> model;
  private final CollectionGateway<T> gateway;

  DefaultAsyncModel(DefaultModel<T> model, CollectionGateway<T> gateway) {
    this.model = model;
    this.gateway = gateway;
  }

  /** Runs a client-side step (validation) so that its failure fails the future instead of throwing. */
  private static <R> CompletableFuture<R> prepared(Supplier<CompletableFuture<R>> step) {
    try {
      return step.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Runs {@code body} with {@code update} validated and touched first ({@code updatedAt} set); an
   * invalid or null update fails the future and sends nothing.
   */
  private <R> CompletableFuture<R> updating(
      String operation, Update<T> update, BiFunction<MongoCollection<T>, Bson, R> body) {
    return prepared(() -> {
      Bson touched = model.prepareUpdate(update, false);
      return gateway.executeAsync(operation, c -> body.apply(c, touched));
    });
  }

  @Override
  public CompletableFuture<T> create(T document) {
    return prepared(() -> {
      T prepared = model.prepareCreate(document);
      return safely("insertOne", SafeInsert.insertOne(prepared), SafeInsert.retryInsertOne(prepared))
          .thenApply(ignored -> prepared);
    });
  }

  @Override
  public CompletableFuture<List<T>> insertMany(List<T> documents) {
    return prepared(() -> {
      List<T> prepared = model.prepareAll(documents);
      if (prepared.isEmpty()) {
        return CompletableFuture.completedFuture(prepared);
      }
      return safely("insertMany", SafeInsert.insertMany(prepared), SafeInsert.retryInsertMany(prepared))
          .thenApply(ignored -> prepared);
    });
  }

  /**
   * Runs {@code first}; after a network error runs {@code retry} once through the gateway, which
   * buffers until the connection is back (see {@link SafeInsert}).
   */
  private CompletableFuture<Void> safely(
      String operation, Function<MongoCollection<T>, Void> first, Function<MongoCollection<T>, Void> retry) {
    return gateway.executeAsync(operation, first).exceptionallyCompose(e -> {
      Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
      if (SafeInsert.isNetworkError(cause)) {
        SafeInsert.logRetry(model.collectionName(), operation, cause);
        return gateway.executeAsync(operation, retry);
      }
      return CompletableFuture.failedFuture(cause);
    });
  }

  @Override
  public CompletableFuture<T> save(T document) {
    return prepared(() -> {
      if (model.schema().idOf(document) == null) {
        return create(document);
      }
      T prepared = model.prepareInsert(document);
      return gateway.executeAsync("save", model.saveAction(prepared));
    });
  }

  @Override
  public CompletableFuture<List<T>> find(Filter<T> filter) {
    DefaultQuery<T> query = new DefaultQuery<>(gateway, filter);
    return gateway.executeAsync("find", query::listOn);
  }

  @Override
  public CompletableFuture<Optional<T>> findOne(Filter<T> filter) {
    return gateway.executeAsync("findOne", c -> Optional.ofNullable(c.find(filter).limit(1).first()));
  }

  @Override
  public CompletableFuture<Optional<T>> findById(Object id) {
    return prepared(() -> findOne(Filter.raw(Filters.eq("_id", model.castId(id)))));
  }

  @Override
  public CompletableFuture<Boolean> exists(Filter<T> filter) {
    return gateway.executeAsync("exists", DefaultModel.existsAction(filter));
  }

  @Override
  public CompletableFuture<Long> countDocuments(Filter<T> filter) {
    return gateway.executeAsync("countDocuments", c -> c.countDocuments(filter));
  }

  @Override
  public CompletableFuture<UpdateResult> updateOne(Filter<T> filter, Update<T> update) {
    return updating("updateOne", update, (c, touched) -> c.updateOne(filter, touched));
  }

  @Override
  public CompletableFuture<UpdateResult> updateMany(Filter<T> filter, Update<T> update) {
    return updating("updateMany", update, (c, touched) -> c.updateMany(filter, touched));
  }

  @Override
  public CompletableFuture<UpdateResult> replaceOne(Filter<T> filter, T replacement) {
    return prepared(() -> gateway.executeAsync("replaceOne", model.replaceAction(filter, replacement)));
  }

  @Override
  public CompletableFuture<Optional<T>> findOneAndUpdate(Filter<T> filter, Update<T> update) {
    return updating("findOneAndUpdate", update,
        (c, touched) -> Optional.ofNullable(c.findOneAndUpdate(filter, touched)));
  }

  @Override
  public CompletableFuture<DeleteResult> deleteOne(Filter<T> filter) {
    return gateway.executeAsync("deleteOne", c -> c.deleteOne(filter));
  }

  @Override
  public CompletableFuture<DeleteResult> deleteMany(Filter<T> filter) {
    return gateway.executeAsync("deleteMany", c -> c.deleteMany(filter));
  }

  @Override
  public <R> CompletableFuture<List<R>> aggregate(List<? extends Bson> pipeline, Class<R> resultType) {
    return gateway.executeAsync("aggregate", c -> c.aggregate(pipeline, resultType).into(new ArrayList<>()));
  }
}
