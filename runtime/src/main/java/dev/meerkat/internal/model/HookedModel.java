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

  private T document(String name, Hook hook, T document, Supplier<T> write) {
    if (hooks.isEmpty()) {
      return write.get();
    }
    validated(model, hooks, document);
    hooks.pre(hook, document);
    T stored = write.get();
    hooks.afterWrite(
        name,
        hook,
        inTransaction(model),
        () -> stored(model, stored),
        () -> hooks.post(hook, stored));
    return stored;
  }

  /**
   * Whether the calling thread's operations run in a transaction (theirs is then kept on commit).
   */
  static boolean inTransaction(DefaultModel<?> model) {
    ClientSession session = ((DefaultConnection) model.connection()).currentSession();
    return session != null && session.hasActiveTransaction();
  }

  /** What a post hook's failure says was stored: the document's {@code _id}. */
  static <T> String stored(DefaultModel<T> model, T document) {
    return "(_id: " + model.schema().idOf(document) + ")";
  }

  /** Runs a write's query hooks around it: a post hook's failure says the write was applied. */
  private <R> R write(String name, Hook hook, Filter<T> filter, Supplier<R> operation) {
    if (hooks.isEmpty()) {
      return operation.get();
    }
    hooks.preQuery(hook, filter);
    R result = operation.get();
    hooks.afterWrite(
        name, hook, inTransaction(model), () -> "", () -> hooks.postQuery(hook, filter));
    return result;
  }

  private <R> R read(Filter<T> filter, Supplier<R> operation) {
    if (hooks.isEmpty()) {
      return operation.get();
    }
    hooks.preQuery(Hook.FIND, filter);
    R result = operation.get();
    hooks.postQuery(Hook.FIND, filter);
    return result;
  }

  private <R> R replacing(String name, Filter<T> filter, T replacement, Supplier<R> operation) {
    if (!hooks.isEmpty()) {
      validated(model, hooks, replacement);
    }
    return write(name, Hook.UPDATE, filter, operation);
  }

  /**
   * The filter the by-id hooks see: the id cast as it is sent ({@code "65f0..."} as an ObjectId).
   */
  static <T> Filter<T> idFilter(DefaultModel<T> model, Object id) {
    return id == null ? Filter.raw(Filters.eq("_id", null)) : model.scope().byId(id);
  }

  @Override
  public T create(T document) {
    if (hooks.isEmpty()) {
      return model.create(document); // no lambda, no filter: the usual case
    }
    return document("create", Hook.SAVE, document, () -> model.create(document));
  }

  @Override
  public T save(T document) {
    return document("save", Hook.SAVE, document, () -> model.save(document));
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
    hooks.afterWrite(
        "insertMany",
        Hook.INSERT_MANY,
        inTransaction(model),
        () -> "(" + stored.size() + " documents)",
        () -> stored.forEach(d -> hooks.post(Hook.INSERT_MANY, d)));
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
    return read(idFilter(model, id), () -> model.findById(id));
  }

  @Override
  public UpdateResult updateOne(Filter<T> filter, Update<T> update) {
    if (hooks.isEmpty()) {
      return model.updateOne(filter, update);
    }
    return write("updateOne", Hook.UPDATE, filter, () -> model.updateOne(filter, update));
  }

  @Override
  public UpdateResult updateOne(Filter<T> filter, Update<T> update, UpdateOptions options) {
    if (hooks.isEmpty()) {
      return model.updateOne(filter, update, options);
    }
    return write("updateOne", Hook.UPDATE, filter, () -> model.updateOne(filter, update, options));
  }

  @Override
  public UpdateResult updateMany(Filter<T> filter, Update<T> update) {
    return write("updateMany", Hook.UPDATE, filter, () -> model.updateMany(filter, update));
  }

  @Override
  public UpdateResult replaceOne(Filter<T> filter, T replacement) {
    return replacing(
        "replaceOne", filter, replacement, () -> model.replaceOne(filter, replacement));
  }

  @Override
  public Optional<T> findOneAndUpdate(Filter<T> filter, Update<T> update) {
    return write(
        "findOneAndUpdate", Hook.UPDATE, filter, () -> model.findOneAndUpdate(filter, update));
  }

  @Override
  public Optional<T> findOneAndUpdate(
      Filter<T> filter, Update<T> update, FindOneAndUpdateOptions options) {
    return write(
        "findOneAndUpdate",
        Hook.UPDATE,
        filter,
        () -> model.findOneAndUpdate(filter, update, options));
  }

  @Override
  public Optional<T> findByIdAndUpdate(Object id, Update<T> update) {
    return write(
        "findByIdAndUpdate",
        Hook.UPDATE,
        idFilter(model, id),
        () -> model.findByIdAndUpdate(id, update));
  }

  @Override
  public Optional<T> findByIdAndUpdate(
      Object id, Update<T> update, FindOneAndUpdateOptions options) {
    return write(
        "findByIdAndUpdate",
        Hook.UPDATE,
        idFilter(model, id),
        () -> model.findByIdAndUpdate(id, update, options));
  }

  @Override
  public Optional<T> findOneAndReplace(Filter<T> filter, T replacement) {
    return replacing(
        "findOneAndReplace",
        filter,
        replacement,
        () -> model.findOneAndReplace(filter, replacement));
  }

  @Override
  public Optional<T> findOneAndReplace(
      Filter<T> filter, T replacement, FindOneAndReplaceOptions options) {
    return replacing(
        "findOneAndReplace",
        filter,
        replacement,
        () -> model.findOneAndReplace(filter, replacement, options));
  }

  @Override
  public DeleteResult deleteOne(Filter<T> filter) {
    return write("deleteOne", Hook.DELETE, filter, () -> model.deleteOne(filter));
  }

  @Override
  public DeleteResult deleteMany(Filter<T> filter) {
    return write("deleteMany", Hook.DELETE, filter, () -> model.deleteMany(filter));
  }

  @Override
  public Optional<T> findByIdAndDelete(Object id) {
    return write(
        "findByIdAndDelete", Hook.DELETE, idFilter(model, id), () -> model.findByIdAndDelete(id));
  }

  @Override
  public Optional<T> findOneAndDelete(Filter<T> filter) {
    return write("findOneAndDelete", Hook.DELETE, filter, () -> model.findOneAndDelete(filter));
  }

  @Override
  public Optional<T> findOneAndDelete(Filter<T> filter, FindOneAndDeleteOptions options) {
    return write(
        "findOneAndDelete", Hook.DELETE, filter, () -> model.findOneAndDelete(filter, options));
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
