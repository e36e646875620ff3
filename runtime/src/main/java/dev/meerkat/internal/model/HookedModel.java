package dev.meerkat.internal.model;

import com.mongodb.client.ClientSession;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndDeleteOptions;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.client.result.UpdateResult;
import dev.meerkat.AsyncModel;
import dev.meerkat.Filter;
import dev.meerkat.Hook;
import dev.meerkat.Model;
import dev.meerkat.Query;
import dev.meerkat.TypedModel;
import dev.meerkat.Update;
import dev.meerkat.ValidationError;
import dev.meerkat.ValidationException;
import dev.meerkat.internal.connection.DefaultConnection;
import dev.meerkat.internal.session.SessionView;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The model a connection hands out: its {@link DefaultModel} with the schema's middleware run
 * around each operation. {@code pre} hooks run on the calling thread before anything is sent (a
 * throwing one aborts the operation); {@code post} hooks after it succeeded. With no hook
 * registered every operation goes straight to the model. Operations it does not hook (bulkWrite,
 * counts, ...) are the model's own. Thread-safe.
 */
public final class HookedModel<T> extends TypedModel<T> {
  private final DefaultModel<T> model;
  private final ModelHooks<T> hooks;
  private final AsyncModel<T> async;
  private final Supplier<Executor> executor;

  public HookedModel(DefaultModel<T> model, Supplier<Executor> executor) {
    super(model);
    this.model = model;
    this.executor = executor;
    this.hooks = model.hooks();
    this.async = new HookedAsyncModel<>(model, model.async(), hooks, executor);
  }

  /** Runs the VALIDATE hooks around a validation of {@code document}, when any is registered. */
  static <T> void validated(DefaultModel<T> model, ModelHooks<T> hooks, T document) {
    if (hooks.has(Hook.VALIDATE)) {
      Objects.requireNonNull(document, "document == null");
      hooks.pre(Hook.VALIDATE, document);
      List<ValidationError> errors = model.schema().validate(document);
      if (!errors.isEmpty()) {
        throw new ValidationException(model.modelName(), errors);
      }
      hooks.post(Hook.VALIDATE, document);
    }
  }

  private T document(Hook hook, T document, Supplier<T> write) {
    if (hooks.isEmpty()) {
      return write.get();
    }
    validated(model, hooks, document);
    hooks.pre(hook, document);
    T stored = write.get();
    hooks.post(hook, stored);
    return stored;
  }

  private <R> R query(Hook hook, Filter<T> filter, Supplier<R> operation) {
    if (hooks.isEmpty()) {
      return operation.get();
    }
    hooks.preQuery(hook, filter);
    R result = operation.get();
    hooks.postQuery(hook, filter);
    return result;
  }

  private <R> R replacing(Filter<T> filter, T replacement, Supplier<R> operation) {
    if (!hooks.isEmpty()) {
      validated(model, hooks, replacement);
    }
    return query(Hook.UPDATE, filter, operation);
  }

  static <T> Filter<T> idFilter(Object id) {
    return Filter.raw(Filters.eq("_id", id));
  }

  @Override
  public T create(T document) {
    if (hooks.isEmpty()) {
      return model.create(document); // no lambda, no filter: the usual case
    }
    return document(Hook.SAVE, document, () -> model.create(document));
  }

  @Override
  public T save(T document) {
    return document(Hook.SAVE, document, () -> model.save(document));
  }

  @Override
  public List<T> insertMany(List<T> documents) {
    if (hooks.isEmpty()) {
      return model.insertMany(documents);
    }
    for (T document : documents) {
      validated(model, hooks, document);
      hooks.pre(Hook.INSERT_MANY, document);
    }
    List<T> stored = model.insertMany(documents);
    stored.forEach(d -> hooks.post(Hook.INSERT_MANY, d));
    return stored;
  }

  @Override
  public Query<T> find(Filter<T> filter) {
    Query<T> query = model.find(filter);
    return hooks.isEmpty() ? query : new HookedQuery<>(query, hooks, filter, executor);
  }

  @Override
  public Query<T> find() {
    return find(Filter.empty());
  }

  @Override
  public Optional<T> findOne(Filter<T> filter) {
    return find(filter).first();
  }

  @Override
  public Optional<T> findById(Object id) {
    if (hooks.isEmpty()) {
      return model.findById(id);
    }
    return query(Hook.FIND, idFilter(id), () -> model.findById(id));
  }

  @Override
  public UpdateResult updateOne(Filter<T> filter, Update<T> update) {
    if (hooks.isEmpty()) {
      return model.updateOne(filter, update);
    }
    return query(Hook.UPDATE, filter, () -> model.updateOne(filter, update));
  }

  @Override
  public UpdateResult updateOne(Filter<T> filter, Update<T> update, UpdateOptions options) {
    if (hooks.isEmpty()) {
      return model.updateOne(filter, update, options);
    }
    return query(Hook.UPDATE, filter, () -> model.updateOne(filter, update, options));
  }

  @Override
  public UpdateResult updateMany(Filter<T> filter, Update<T> update) {
    return query(Hook.UPDATE, filter, () -> model.updateMany(filter, update));
  }

  @Override
  public UpdateResult replaceOne(Filter<T> filter, T replacement) {
    return replacing(filter, replacement, () -> model.replaceOne(filter, replacement));
  }

  @Override
  public Optional<T> findOneAndUpdate(Filter<T> filter, Update<T> update) {
    return query(Hook.UPDATE, filter, () -> model.findOneAndUpdate(filter, update));
  }

  @Override
  public Optional<T> findOneAndUpdate(
      Filter<T> filter, Update<T> update, FindOneAndUpdateOptions options) {
    return query(Hook.UPDATE, filter, () -> model.findOneAndUpdate(filter, update, options));
  }

  @Override
  public Optional<T> findByIdAndUpdate(Object id, Update<T> update) {
    return query(Hook.UPDATE, idFilter(id), () -> model.findByIdAndUpdate(id, update));
  }

  @Override
  public Optional<T> findByIdAndUpdate(
      Object id, Update<T> update, FindOneAndUpdateOptions options) {
    return query(Hook.UPDATE, idFilter(id), () -> model.findByIdAndUpdate(id, update, options));
  }

  @Override
  public Optional<T> findOneAndReplace(Filter<T> filter, T replacement) {
    return replacing(filter, replacement, () -> model.findOneAndReplace(filter, replacement));
  }

  @Override
  public Optional<T> findOneAndReplace(
      Filter<T> filter, T replacement, FindOneAndReplaceOptions options) {
    return replacing(
        filter, replacement, () -> model.findOneAndReplace(filter, replacement, options));
  }

  @Override
  public DeleteResult deleteOne(Filter<T> filter) {
    return query(Hook.DELETE, filter, () -> model.deleteOne(filter));
  }

  @Override
  public DeleteResult deleteMany(Filter<T> filter) {
    return query(Hook.DELETE, filter, () -> model.deleteMany(filter));
  }

  @Override
  public Optional<T> findByIdAndDelete(Object id) {
    return query(Hook.DELETE, idFilter(id), () -> model.findByIdAndDelete(id));
  }

  @Override
  public Optional<T> findOneAndDelete(Filter<T> filter) {
    return query(Hook.DELETE, filter, () -> model.findOneAndDelete(filter));
  }

  @Override
  public Optional<T> findOneAndDelete(Filter<T> filter, FindOneAndDeleteOptions options) {
    return query(Hook.DELETE, filter, () -> model.findOneAndDelete(filter, options));
  }

  @Override
  public Model<T> withSession(ClientSession session) {
    Objects.requireNonNull(session, "session == null");
    return SessionView.of(this, ((DefaultConnection) model.connection()).sessionOwner(), session);
  }

  @Override
  public AsyncModel<T> async() {
    return async;
  }

  @Override
  public String toString() {
    return model.toString();
  }
}
