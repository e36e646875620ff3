package dev.meerkat;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.ClientSession;
import com.mongodb.client.model.FindOneAndDeleteOptions;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.client.result.UpdateResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Base class of the generated typed models ({@code UserModel}): a {@link Model} that delegates
 * every operation to the model registered on a connection, and to which the processor adds typed
 * finders ({@code findByEmail}). Thread-safe.
 *
 * <pre>{@code
 * UserModel users = UserModel.on(connection);   // registers User on this connection once
 * Optional<User> ada = users.findByEmail("ada@example.com");
 * }</pre>
 *
 * @param <T> the mapped type
 */
public abstract class TypedModel<T> implements Model<T> {
  private final Model<T> delegate;

  /** Wraps the model registered on a connection. */
  protected TypedModel(Model<T> delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate == null");
  }

  /** The untyped model this one delegates to. */
  protected final Model<T> delegate() {
    return delegate;
  }

  @Override
  public String modelName() {
    return delegate.modelName();
  }

  @Override
  public String collectionName() {
    return delegate.collectionName();
  }

  @Override
  public Schema<T> schema() {
    return delegate.schema();
  }

  @Override
  public Connection connection() {
    return delegate.connection();
  }

  @Override
  public void init() {
    delegate.init();
  }

  @Override
  public void createCollection() {
    delegate.createCollection();
  }

  @Override
  public void createIndexes() {
    delegate.createIndexes();
  }

  @Override
  public List<String> syncIndexes() {
    return delegate.syncIndexes();
  }

  @Override
  public List<Document> listIndexes() {
    return delegate.listIndexes();
  }

  @Override
  public T create(T document) {
    return delegate.create(document);
  }

  @Override
  public List<T> insertMany(List<T> documents) {
    return delegate.insertMany(documents);
  }

  @Override
  public T save(T document) {
    return delegate.save(document);
  }

  @Override
  public Query<T> find(Filter<T> filter) {
    return delegate.find(filter);
  }

  @Override
  public Query<T> find() {
    return delegate.find();
  }

  @Override
  public Optional<T> findOne(Filter<T> filter) {
    return delegate.findOne(filter);
  }

  @Override
  public Optional<T> findById(Object id) {
    return delegate.findById(id);
  }

  @Override
  public boolean exists(Filter<T> filter) {
    return delegate.exists(filter);
  }

  @Override
  public long countDocuments(Filter<T> filter) {
    return delegate.countDocuments(filter);
  }

  @Override
  public long countDocuments() {
    return delegate.countDocuments();
  }

  @Override
  public UpdateResult updateOne(Filter<T> filter, Update<T> update) {
    return delegate.updateOne(filter, update);
  }

  @Override
  public UpdateResult updateOne(Filter<T> filter, Update<T> update, UpdateOptions options) {
    return delegate.updateOne(filter, update, options);
  }

  @Override
  public UpdateResult updateMany(Filter<T> filter, Update<T> update) {
    return delegate.updateMany(filter, update);
  }

  @Override
  public UpdateResult replaceOne(Filter<T> filter, T replacement) {
    return delegate.replaceOne(filter, replacement);
  }

  @Override
  public Optional<T> findOneAndUpdate(Filter<T> filter, Update<T> update) {
    return delegate.findOneAndUpdate(filter, update);
  }

  @Override
  public Optional<T> findOneAndUpdate(
      Filter<T> filter, Update<T> update, FindOneAndUpdateOptions options) {
    return delegate.findOneAndUpdate(filter, update, options);
  }

  @Override
  public DeleteResult deleteOne(Filter<T> filter) {
    return delegate.deleteOne(filter);
  }

  @Override
  public DeleteResult deleteMany(Filter<T> filter) {
    return delegate.deleteMany(filter);
  }

  @Override
  public <R> List<R> aggregate(List<? extends Bson> pipeline, Class<R> resultType) {
    return delegate.aggregate(pipeline, resultType);
  }

  @Override
  public Optional<T> findByIdAndUpdate(Object id, Update<T> update) {
    return delegate.findByIdAndUpdate(id, update);
  }

  @Override
  public Optional<T> findByIdAndUpdate(
      Object id, Update<T> update, FindOneAndUpdateOptions options) {
    return delegate.findByIdAndUpdate(id, update, options);
  }

  @Override
  public Optional<T> findByIdAndDelete(Object id) {
    return delegate.findByIdAndDelete(id);
  }

  @Override
  public Optional<T> findOneAndDelete(Filter<T> filter) {
    return delegate.findOneAndDelete(filter);
  }

  @Override
  public Optional<T> findOneAndDelete(Filter<T> filter, FindOneAndDeleteOptions options) {
    return delegate.findOneAndDelete(filter, options);
  }

  @Override
  public Optional<T> findOneAndReplace(Filter<T> filter, T replacement) {
    return delegate.findOneAndReplace(filter, replacement);
  }

  @Override
  public Optional<T> findOneAndReplace(
      Filter<T> filter, T replacement, FindOneAndReplaceOptions options) {
    return delegate.findOneAndReplace(filter, replacement, options);
  }

  @Override
  public <V> List<V> distinct(FieldPath<T, V> path, Filter<T> filter) {
    return delegate.distinct(path, filter);
  }

  @Override
  public BulkWriteResult bulkWrite(List<? extends WriteModel<T>> writes) {
    return delegate.bulkWrite(writes);
  }

  @Override
  public long estimatedDocumentCount() {
    return delegate.estimatedDocumentCount();
  }

  @Override
  public ChangeStream<T> watch() {
    return delegate.watch();
  }

  @Override
  public ChangeStream<T> watch(List<? extends Bson> pipeline) {
    return delegate.watch(pipeline);
  }

  @Override
  public Model<T> pre(Hook hook, Consumer<? super T> action) {
    delegate.pre(hook, action);
    return this;
  }

  @Override
  public Model<T> post(Hook hook, Consumer<? super T> action) {
    delegate.post(hook, action);
    return this;
  }

  @Override
  public Model<T> preQuery(Hook hook, Consumer<? super Filter<T>> action) {
    delegate.preQuery(hook, action);
    return this;
  }

  @Override
  public Model<T> postQuery(Hook hook, Consumer<? super Filter<T>> action) {
    delegate.postQuery(hook, action);
    return this;
  }

  @Override
  public Model<T> withSession(ClientSession session) {
    return delegate.withSession(session);
  }

  @Override
  public AsyncModel<T> async() {
    return delegate.async();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + delegate + ")";
  }
}
