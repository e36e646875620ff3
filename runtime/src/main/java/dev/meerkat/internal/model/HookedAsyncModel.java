package dev.meerkat.internal.model;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.ClientSession;
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
import dev.meerkat.Hook;
import dev.meerkat.Update;
import dev.meerkat.internal.connection.DefaultConnection;
import dev.meerkat.internal.session.CurrentSession;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bson.conversions.Bson;

/**
 * The asynchronous view of a {@link HookedModel}: when hooks are registered, the {@code pre} hooks
 * (and validation) run on the connection's executor, never on the caller's thread, before the
 * operation is issued; a throwing one fails the future with its exception and nothing is sent. The
 * {@code post} hooks run on the executor once the operation succeeded. Thread-safe.
 */
final class HookedAsyncModel<T> implements AsyncModel<T> {
  private final DefaultModel<T> model;
  private final AsyncModel<T> async;
  private final ModelHooks<T> hooks;
  private final Supplier<Executor> executor;

  HookedAsyncModel(
      DefaultModel<T> model,
      AsyncModel<T> async,
      ModelHooks<T> hooks,
      Supplier<Executor> executor) {
    this.model = model;
    this.async = async;
    this.hooks = hooks;
    this.executor = executor;
  }

  private <R> CompletableFuture<R> around(
      Runnable before, Supplier<CompletableFuture<R>> operation, Consumer<R> after) {
    if (hooks.isEmpty()) {
      return operation.get();
    }
    DefaultConnection connection = (DefaultConnection) model.connection();
    Object owner = connection.sessionOwner();
    ClientSession session = connection.currentSession(); // a transaction's, carried to the executor
    // Giving up on the returned future (cancel, orTimeout) reaches the operation: one not issued
    // yet never is, and one waiting in the buffer is withdrawn (never sent).
    CompletableFuture<R> outcome = new CompletableFuture<>();
    AtomicReference<CompletableFuture<R>> issued = new AtomicReference<>();
    CompletableFuture.runAsync(
            () ->
                CurrentSession.with(
                    owner,
                    session,
                    () -> {
                      before.run();
                      return null;
                    }),
            executor.get())
        .thenCompose(
            ignored -> {
              if (outcome.isDone()) {
                return outcome; // given up before it was issued
              }
              CompletableFuture<R> op = CurrentSession.with(owner, session, operation);
              issued.set(op);
              if (outcome.isCompletedExceptionally()) {
                op.cancel(false);
              }
              return op;
            })
        .thenApplyAsync(
            result ->
                // The post hooks run in the operation's session too, so they can tell (and join)
                // its transaction.
                CurrentSession.with(
                    owner,
                    session,
                    () -> {
                      after.accept(result);
                      return result;
                    }),
            executor.get())
        .whenComplete(
            (result, error) -> {
              if (error != null) {
                outcome.completeExceptionally(error);
              } else {
                outcome.complete(result);
              }
            });
    outcome.whenComplete(
        (result, error) -> {
          CompletableFuture<R> op = issued.get();
          if (error != null && op != null) {
            op.cancel(false);
          }
        });
    return outcome;
  }

  private CompletableFuture<T> document(
      String name, Hook hook, T document, Supplier<CompletableFuture<T>> write) {
    return around(
        () -> {
          HookedModel.validated(model, hooks, document);
          hooks.pre(hook, document);
        },
        write,
        stored ->
            hooks.afterWrite(
                name,
                hook,
                HookedModel.inTransaction(model),
                () -> HookedModel.stored(model, stored),
                () -> hooks.post(hook, stored)));
  }

  private <R> CompletableFuture<R> read(
      Filter<T> filter, Supplier<CompletableFuture<R>> operation) {
    return around(
        () -> hooks.preQuery(Hook.FIND, filter),
        operation,
        r -> hooks.postQuery(Hook.FIND, filter));
  }

  /** A write's query hooks around it: a post hook's failure says the write was applied. */
  private <R> CompletableFuture<R> write(
      String name, Hook hook, Filter<T> filter, Supplier<CompletableFuture<R>> operation) {
    return around(
        () -> hooks.preQuery(hook, filter),
        operation,
        r ->
            hooks.afterWrite(
                name,
                hook,
                HookedModel.inTransaction(model),
                () -> "",
                () -> hooks.postQuery(hook, filter)));
  }

  private <R> CompletableFuture<R> replacing(
      String name, Filter<T> filter, T replacement, Supplier<CompletableFuture<R>> operation) {
    return around(
        () -> {
          HookedModel.validated(model, hooks, replacement);
          hooks.preQuery(Hook.UPDATE, filter);
        },
        operation,
        r ->
            hooks.afterWrite(
                name,
                Hook.UPDATE,
                HookedModel.inTransaction(model),
                () -> "",
                () -> hooks.postQuery(Hook.UPDATE, filter)));
  }

  @Override
  public CompletableFuture<T> create(T document) {
    return document("create", Hook.SAVE, document, () -> async.create(document));
  }

  @Override
  public CompletableFuture<List<T>> insertMany(List<T> documents) {
    return around(
        () -> {
          for (T document : documents) {
            HookedModel.validated(model, hooks, document);
            hooks.pre(Hook.INSERT_MANY, document);
          }
        },
        () -> async.insertMany(documents),
        stored ->
            hooks.afterWrite(
                "insertMany",
                Hook.INSERT_MANY,
                HookedModel.inTransaction(model),
                () -> "(" + stored.size() + " documents)",
                () -> stored.forEach(d -> hooks.post(Hook.INSERT_MANY, d))));
  }

  @Override
  public CompletableFuture<T> save(T document) {
    return document("save", Hook.SAVE, document, () -> async.save(document));
  }

  @Override
  public CompletableFuture<List<T>> find(Filter<T> filter) {
    return read(filter, () -> async.find(filter));
  }

  @Override
  public CompletableFuture<Optional<T>> findOne(Filter<T> filter) {
    return read(filter, () -> async.findOne(filter));
  }

  @Override
  public CompletableFuture<Optional<T>> findById(Object id) {
    return read(HookedModel.idFilter(model, id), () -> async.findById(id));
  }

  @Override
  public CompletableFuture<Boolean> exists(Filter<T> filter) {
    return async.exists(filter);
  }

  @Override
  public CompletableFuture<Long> countDocuments(Filter<T> filter) {
    return async.countDocuments(filter);
  }

  @Override
  public CompletableFuture<UpdateResult> updateOne(Filter<T> filter, Update<T> update) {
    return write("updateOne", Hook.UPDATE, filter, () -> async.updateOne(filter, update));
  }

  @Override
  public CompletableFuture<UpdateResult> updateMany(Filter<T> filter, Update<T> update) {
    return write("updateMany", Hook.UPDATE, filter, () -> async.updateMany(filter, update));
  }

  @Override
  public CompletableFuture<UpdateResult> replaceOne(Filter<T> filter, T replacement) {
    return replacing(
        "replaceOne", filter, replacement, () -> async.replaceOne(filter, replacement));
  }

  @Override
  public CompletableFuture<Optional<T>> findOneAndUpdate(Filter<T> filter, Update<T> update) {
    return write(
        "findOneAndUpdate", Hook.UPDATE, filter, () -> async.findOneAndUpdate(filter, update));
  }

  @Override
  public CompletableFuture<DeleteResult> deleteOne(Filter<T> filter) {
    return write("deleteOne", Hook.DELETE, filter, () -> async.deleteOne(filter));
  }

  @Override
  public CompletableFuture<DeleteResult> deleteMany(Filter<T> filter) {
    return write("deleteMany", Hook.DELETE, filter, () -> async.deleteMany(filter));
  }

  @Override
  public <R> CompletableFuture<List<R>> aggregate(
      List<? extends Bson> pipeline, Class<R> resultType) {
    return async.aggregate(pipeline, resultType);
  }

  @Override
  public CompletableFuture<Optional<T>> findByIdAndUpdate(
      Object id, Update<T> update, FindOneAndUpdateOptions options) {
    return write(
        "findByIdAndUpdate",
        Hook.UPDATE,
        HookedModel.idFilter(model, id),
        () -> async.findByIdAndUpdate(id, update, options));
  }

  @Override
  public CompletableFuture<Optional<T>> findByIdAndDelete(Object id) {
    return write(
        "findByIdAndDelete",
        Hook.DELETE,
        HookedModel.idFilter(model, id),
        () -> async.findByIdAndDelete(id));
  }

  @Override
  public CompletableFuture<Optional<T>> findOneAndDelete(
      Filter<T> filter, FindOneAndDeleteOptions options) {
    return write(
        "findOneAndDelete", Hook.DELETE, filter, () -> async.findOneAndDelete(filter, options));
  }

  @Override
  public CompletableFuture<Optional<T>> findOneAndReplace(
      Filter<T> filter, T replacement, FindOneAndReplaceOptions options) {
    return replacing(
        "findOneAndReplace",
        filter,
        replacement,
        () -> async.findOneAndReplace(filter, replacement, options));
  }

  @Override
  public <V> CompletableFuture<List<V>> distinct(FieldPath<T, V> path, Filter<T> filter) {
    return async.distinct(path, filter);
  }

  @Override
  public CompletableFuture<BulkWriteResult> bulkWrite(List<? extends WriteModel<T>> writes) {
    return async.bulkWrite(writes);
  }

  @Override
  public CompletableFuture<Long> estimatedDocumentCount() {
    return async.estimatedDocumentCount();
  }

  @Override
  public CompletableFuture<ChangeStream<T>> watch(List<? extends Bson> pipeline) {
    return async.watch(pipeline);
  }
}
