package dev.meerkat.internal.model;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndDeleteOptions;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.client.result.UpdateResult;
import dev.meerkat.AsyncModel;
import dev.meerkat.ChangeStream;
import dev.meerkat.FieldPath;
import dev.meerkat.Filter;
import dev.meerkat.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bson.conversions.Bson;

/**
 * The asynchronous view of a {@link DefaultModel}: each call returns at once; validation failures
 * and operation errors complete the future exceptionally. Thread-safe.
 */
final class DefaultAsyncModel<T> implements AsyncModel<T> {
  private final DefaultModel<T> model;
  private final CollectionGateway<T> gateway;

  DefaultAsyncModel(DefaultModel<T> model, CollectionGateway<T> gateway) {
    this.model = model;
    this.gateway = gateway;
  }

  /**
   * Runs a client-side step (validation) so that its failure fails the future instead of throwing.
   */
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
    return updating(operation, update, false, body);
  }

  /** {@link #updating}, with {@code createdAt} through {@code $setOnInsert} when it upserts. */
  private <R> CompletableFuture<R> updating(
      String operation,
      Update<T> update,
      boolean upsert,
      BiFunction<MongoCollection<T>, Bson, R> body) {
    return prepared(
        () -> {
          Bson touched = model.preparation().prepareUpdate(update, upsert);
          return gateway.executeAsync(operation, c -> body.apply(c, touched));
        });
  }

  /**
   * Runs {@code operation} with {@code filter} scoped to the model first: a null filter fails the
   * future at once, before anything is buffered.
   */
  private <R> CompletableFuture<R> scoping(
      Filter<T> filter, Function<Bson, Function<MongoCollection<T>, R>> action, String operation) {
    return prepared(
        () -> gateway.executeAsync(operation, action.apply(model.scope().scoped(filter))));
  }

  @Override
  public CompletableFuture<T> create(T document) {
    return prepared(
        () -> {
          SafeInsert<T> insert = model.preparation().createInsert(document);
          return safely(insert, insert.document(0));
        });
  }

  @Override
  public CompletableFuture<List<T>> insertMany(List<T> documents) {
    return prepared(
        () -> {
          SafeInsert<T> insert = model.preparation().createInserts(documents);
          if (insert == null) {
            return CompletableFuture.completedFuture(new ArrayList<>());
          }
          return safely(insert, insert.documents());
        });
  }

  /**
   * Runs {@code insert}; after a network error runs its retry once through the gateway, which
   * buffers until the connection is back (see {@link SafeInsert}). The returned future completes
   * with {@code value}; completing it first (cancel, orTimeout) withdraws whichever attempt still
   * waits in the buffer.
   */
  private <V> CompletableFuture<V> safely(SafeInsert<T> insert, V value) {
    String operation = insert.operation();
    CompletableFuture<V> returned = new CompletableFuture<>();
    long issued = System.nanoTime();
    CompletableFuture<Void> first = gateway.executeAsync(operation, insert.first(), issued);
    AtomicReference<CompletableFuture<Void>> attempt = new AtomicReference<>(first);
    first.whenComplete(
        (ok, e) -> {
          Throwable cause =
              e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
          if (cause == null) {
            returned.complete(value);
          } else if (SafeInsert.isNetworkError(cause) && !returned.isDone()) {
            insert.logRetry(cause);
            CompletableFuture<Void> retry =
                gateway.executeAsync(operation, insert.retry(cause), issued);
            attempt.set(retry);
            retry.whenComplete(
                (ok2, e2) ->
                    complete(
                        returned,
                        value,
                        e2 == null ? null : insert.afterRetry(unwrapped(e2), cause)));
          } else {
            returned.completeExceptionally(cause);
          }
        });
    returned.whenComplete(
        (v, e) -> {
          if (e != null) {
            attempt.get().completeExceptionally(e); // withdraws it if still buffered
          }
        });
    return returned;
  }

  /** {@code error} without its {@code CompletionException} wrapper, as an unchecked exception. */
  private static RuntimeException unwrapped(Throwable error) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    return cause instanceof RuntimeException r ? r : new CompletionException(cause);
  }

  private static <V> void complete(CompletableFuture<V> future, V value, Throwable error) {
    if (error == null) {
      future.complete(value);
    } else {
      future.completeExceptionally(
          error instanceof CompletionException && error.getCause() != null
              ? error.getCause()
              : error);
    }
  }

  @Override
  public CompletableFuture<T> save(T document) {
    return prepared(
        () -> {
          if (model.schema().idOf(Objects.requireNonNull(document, "document == null")) == null) {
            return create(document);
          }
          T prepared = model.preparation().prepareInsert(document);
          return gateway.executeAsync("save", model.writes().save(model.modelName(), prepared));
        });
  }

  @Override
  public CompletableFuture<List<T>> find(Filter<T> filter) {
    return prepared(
        () -> {
          DefaultQuery<T> query = new DefaultQuery<>(gateway, model.scope().scoped(filter));
          return gateway.executeAsync("find", query::listOn);
        });
  }

  @Override
  public CompletableFuture<Optional<T>> findOne(Filter<T> filter) {
    return scoping(
        filter, scoped -> c -> Optional.ofNullable(c.find(scoped).limit(1).first()), "findOne");
  }

  @Override
  public CompletableFuture<Optional<T>> findById(Object id) {
    return prepared(() -> findOne(Filter.raw(Filters.eq("_id", model.scope().castId(id)))));
  }

  @Override
  public CompletableFuture<Boolean> exists(Filter<T> filter) {
    return scoping(filter, DefaultModel::existsAction, "exists");
  }

  @Override
  public CompletableFuture<Long> countDocuments(Filter<T> filter) {
    return scoping(filter, scoped -> c -> c.countDocuments(scoped), "countDocuments");
  }

  @Override
  public CompletableFuture<UpdateResult> updateOne(Filter<T> filter, Update<T> update) {
    return prepared(
        () -> {
          Bson scoped = model.scope().scoped(filter);
          return updating("updateOne", update, (c, touched) -> c.updateOne(scoped, touched));
        });
  }

  @Override
  public CompletableFuture<UpdateResult> updateMany(Filter<T> filter, Update<T> update) {
    return prepared(
        () -> {
          Bson scoped = model.scope().scoped(filter);
          return updating("updateMany", update, (c, touched) -> c.updateMany(scoped, touched));
        });
  }

  @Override
  public CompletableFuture<UpdateResult> replaceOne(Filter<T> filter, T replacement) {
    return prepared(
        () -> gateway.executeAsync("replaceOne", model.replaceAction(filter, replacement)));
  }

  @Override
  public CompletableFuture<Optional<T>> findOneAndUpdate(Filter<T> filter, Update<T> update) {
    return prepared(
        () -> {
          Bson scoped = model.scope().scoped(filter);
          return updating(
              "findOneAndUpdate",
              update,
              (c, touched) ->
                  ReturningWrites.read(
                      "findOneAndUpdate",
                      () -> Optional.ofNullable(c.findOneAndUpdate(scoped, touched))));
        });
  }

  @Override
  public CompletableFuture<DeleteResult> deleteOne(Filter<T> filter) {
    return scoping(filter, scoped -> c -> c.deleteOne(scoped), "deleteOne");
  }

  @Override
  public CompletableFuture<DeleteResult> deleteMany(Filter<T> filter) {
    return scoping(filter, scoped -> c -> c.deleteMany(scoped), "deleteMany");
  }

  @Override
  public <R> CompletableFuture<List<R>> aggregate(
      List<? extends Bson> pipeline, Class<R> resultType) {
    return prepared(
        () -> {
          List<? extends Bson> scoped = model.scope().scoped(pipeline);
          return gateway.executeAsync(
              "aggregate", c -> c.aggregate(scoped, resultType).into(new ArrayList<>()));
        });
  }

  @Override
  public CompletableFuture<Optional<T>> findByIdAndUpdate(
      Object id, Update<T> update, FindOneAndUpdateOptions options) {
    return prepared(
        () -> {
          Bson filter = model.scope().scoped(model.scope().byId(id));
          return updating(
              "findOneAndUpdate",
              update,
              options.isUpsert(),
              (c, touched) ->
                  ReturningWrites.read(
                      "findOneAndUpdate",
                      () -> Optional.ofNullable(c.findOneAndUpdate(filter, touched, options))));
        });
  }

  @Override
  public CompletableFuture<Optional<T>> findByIdAndDelete(Object id) {
    return prepared(() -> findOneAndDelete(model.scope().byId(id)));
  }

  @Override
  public CompletableFuture<Optional<T>> findOneAndDelete(
      Filter<T> filter, FindOneAndDeleteOptions options) {
    return prepared(
        () -> {
          Bson scoped = model.scope().scoped(filter);
          return gateway.executeAsync(
              "findOneAndDelete",
              c ->
                  ReturningWrites.read(
                      "findOneAndDelete",
                      () -> Optional.ofNullable(c.findOneAndDelete(scoped, options))));
        });
  }

  @Override
  public CompletableFuture<Optional<T>> findOneAndReplace(
      Filter<T> filter, T replacement, FindOneAndReplaceOptions options) {
    return prepared(
        () -> {
          Function<MongoCollection<T>, T> action =
              model.findAndReplaceAction(filter, replacement, options);
          return gateway.executeAsync(
              "findOneAndReplace", c -> Optional.ofNullable(action.apply(c)));
        });
  }

  @Override
  public <V> CompletableFuture<List<V>> distinct(FieldPath<T, V> path, Filter<T> filter) {
    return prepared(
        () ->
            gateway.executeAsync(
                "distinct",
                DistinctValues.action(model.schema(), path, model.scope().scoped(filter))));
  }

  @Override
  public CompletableFuture<BulkWriteResult> bulkWrite(List<? extends WriteModel<T>> writes) {
    return prepared(
        () -> {
          Function<MongoCollection<T>, BulkWriteResult> action = BulkWrites.prepare(model, writes);
          return action == null
              ? CompletableFuture.completedFuture(BulkWrites.EMPTY_RESULT)
              : gateway.executeAsync("bulkWrite", action);
        });
  }

  @Override
  public CompletableFuture<Long> estimatedDocumentCount() {
    return gateway.executeAsync("estimatedDocumentCount", MongoCollection::estimatedDocumentCount);
  }

  @Override
  public CompletableFuture<ChangeStream<T>> watch(List<? extends Bson> pipeline) {
    return prepared(
        () ->
            gateway.executeAsync(
                "watch", DriverChangeStream.open(model.schema().type(), pipeline)));
  }
}
