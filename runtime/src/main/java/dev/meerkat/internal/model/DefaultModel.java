package dev.meerkat.internal.model;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndDeleteOptions;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.client.result.UpdateResult;
import dev.meerkat.AsyncModel;
import dev.meerkat.ChangeStream;
import dev.meerkat.Connection;
import dev.meerkat.FieldPath;
import dev.meerkat.Filter;
import dev.meerkat.Hook;
import dev.meerkat.Model;
import dev.meerkat.Query;
import dev.meerkat.Schema;
import dev.meerkat.Update;
import dev.meerkat.internal.connection.CollectionSetup;
import dev.meerkat.internal.connection.DefaultConnection;
import dev.meerkat.internal.session.SessionView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The model a connection registers for a schema. Validates before every write, assigns {@code _id}
 * and timestamps on the client, and runs every operation through the connection's {@link
 * CollectionGateway} (buffering, init, debug). Thread-safe: it holds no mutable state.
 */
public final class DefaultModel<T> implements Model<T> {
  private final Connection connection;
  private final Schema<T> schema;
  private final String collectionName;
  private final CollectionGateway<T> gateway;

  /** The documents this model's filters reach, and how it casts ids. */
  private final ModelScope<T> scope;

  private final WritePreparation<T> preparation;
  private final WholeDocumentWrites<T> writes;
  private final AsyncModel<T> async;

  /** The middleware of this schema on the base connection (shared with its useDb connections). */
  private final ModelHooks<T> hooks;

  /** Creates the model; the connection supplies the gateway. */
  public DefaultModel(
      Connection connection,
      Schema<T> schema,
      String collectionName,
      CollectionGateway<T> gateway) {
    this.connection = Objects.requireNonNull(connection, "connection == null");
    this.schema = Objects.requireNonNull(schema, "schema == null");
    this.collectionName = Objects.requireNonNull(collectionName, "collectionName == null");
    this.gateway = Objects.requireNonNull(gateway, "gateway == null");
    this.scope = new ModelScope<>(schema);
    this.preparation = new WritePreparation<>(connection, schema, collectionName);
    this.writes = new WholeDocumentWrites<>(schema);
    this.hooks =
        connection instanceof DefaultConnection base
            ? base.hooksOf(schema)
            : new ModelHooks<>(schema.modelName());
    this.async = new DefaultAsyncModel<>(this, gateway);
  }

  @Override
  public String modelName() {
    return schema.modelName();
  }

  @Override
  public String collectionName() {
    return collectionName;
  }

  @Override
  public Schema<T> schema() {
    return schema;
  }

  @Override
  public Connection connection() {
    return connection;
  }

  @Override
  public void init() {
    gateway.init();
  }

  @Override
  public void createCollection() {
    gateway.executeOnDatabase("createCollection", CollectionSetup.creating(schema, collectionName));
  }

  @Override
  public void createIndexes() {
    gateway.execute("createIndexes", CollectionSetup.indexing(schema));
  }

  @Override
  public List<String> syncIndexes() {
    return gateway.execute("syncIndexes", c -> CollectionSetup.syncIndexes(c, schema));
  }

  @Override
  public List<Document> listIndexes() {
    return gateway.execute("listIndexes", c -> c.listIndexes().into(new ArrayList<>()));
  }

  @Override
  public T create(T document) {
    SafeInsert<T> insert = preparation.createInsert(document);
    insert.run(gateway);
    return insert.document(0);
  }

  @Override
  public List<T> insertMany(List<T> documents) {
    SafeInsert<T> insert = preparation.createInserts(documents);
    if (insert == null) {
      return new ArrayList<>();
    }
    insert.run(gateway);
    return insert.documents();
  }

  @Override
  public T save(T document) {
    if (schema.idOf(Objects.requireNonNull(document, "document == null")) == null) {
      return create(document);
    }
    T prepared = preparation.prepareInsert(document);
    return gateway.execute("save", writes.save(schema.modelName(), prepared));
  }

  /** Whether any document matches, counting at most one. */
  static <T> Function<MongoCollection<T>, Boolean> existsAction(Bson filter) {
    return c -> c.countDocuments(filter, new CountOptions().limit(1)) > 0;
  }

  @Override
  public Query<T> find(Filter<T> filter) {
    return new DefaultQuery<>(gateway, this, scope.scoped(filter));
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
    return findOne(Filter.raw(Filters.eq("_id", scope.castId(id))));
  }

  @Override
  public boolean exists(Filter<T> filter) {
    return gateway.execute("exists", existsAction(scope.scoped(filter)));
  }

  @Override
  public long countDocuments(Filter<T> filter) {
    Bson scoped = scope.scoped(filter); // a null filter fails before it is buffered
    return gateway.execute("countDocuments", c -> c.countDocuments(scoped));
  }

  @Override
  public long countDocuments() {
    return countDocuments(Filter.empty());
  }

  @Override
  public UpdateResult updateOne(Filter<T> filter, Update<T> update) {
    return updateOne(filter, update, new UpdateOptions());
  }

  @Override
  public UpdateResult updateOne(Filter<T> filter, Update<T> update, UpdateOptions options) {
    Bson touched = preparation.prepareUpdate(update, options.isUpsert());
    Bson scoped = scope.scoped(filter);
    return gateway.execute("updateOne", c -> c.updateOne(scoped, touched, options));
  }

  @Override
  public UpdateResult updateMany(Filter<T> filter, Update<T> update) {
    Bson touched = preparation.prepareUpdate(update, false);
    Bson scoped = scope.scoped(filter);
    return gateway.execute("updateMany", c -> c.updateMany(scoped, touched));
  }

  @Override
  public UpdateResult replaceOne(Filter<T> filter, T replacement) {
    return gateway.execute("replaceOne", replaceAction(filter, replacement));
  }

  /**
   * Validates and stamps {@code replacement}; the action keeps the stored {@code __v} and {@code
   * createdAt}.
   */
  Function<MongoCollection<T>, UpdateResult> replaceAction(Filter<T> filter, T replacement) {
    Objects.requireNonNull(filter, "filter == null");
    BsonDocument encoded = writes.encodeReplacement(replacement, preparation::prepareInsert);
    if (schema.idOf(replacement) == null) {
      encoded.remove("_id"); // the stored document keeps its own
    }
    return writes.replace(scope.scoped(filter), encoded, false);
  }

  @Override
  public Optional<T> findOneAndUpdate(Filter<T> filter, Update<T> update) {
    return findOneAndUpdate(filter, update, new FindOneAndUpdateOptions());
  }

  @Override
  public Optional<T> findOneAndUpdate(
      Filter<T> filter, Update<T> update, FindOneAndUpdateOptions options) {
    Bson touched = preparation.prepareUpdate(update, options.isUpsert());
    Bson scoped = scope.scoped(filter);
    return Optional.ofNullable(
        gateway.execute(
            "findOneAndUpdate",
            c ->
                ReturningWrites.read(
                    "findOneAndUpdate", () -> c.findOneAndUpdate(scoped, touched, options))));
  }

  @Override
  public DeleteResult deleteOne(Filter<T> filter) {
    Bson scoped = scope.scoped(filter);
    return gateway.execute("deleteOne", c -> c.deleteOne(scoped));
  }

  @Override
  public DeleteResult deleteMany(Filter<T> filter) {
    Bson scoped = scope.scoped(filter);
    return gateway.execute("deleteMany", c -> c.deleteMany(scoped));
  }

  @Override
  public <R> List<R> aggregate(List<? extends Bson> pipeline, Class<R> resultType) {
    List<? extends Bson> scoped = scope.scoped(pipeline);
    return gateway.execute(
        "aggregate", c -> c.aggregate(scoped, resultType).into(new ArrayList<>()));
  }

  @Override
  public Optional<T> findByIdAndUpdate(
      Object id, Update<T> update, FindOneAndUpdateOptions options) {
    return findOneAndUpdate(scope.byId(id), update, options);
  }

  @Override
  public Optional<T> findByIdAndDelete(Object id) {
    return findOneAndDelete(scope.byId(id), new FindOneAndDeleteOptions());
  }

  @Override
  public Optional<T> findOneAndDelete(Filter<T> filter, FindOneAndDeleteOptions options) {
    Bson scoped = scope.scoped(filter);
    return Optional.ofNullable(
        gateway.execute(
            "findOneAndDelete",
            c ->
                ReturningWrites.read(
                    "findOneAndDelete", () -> c.findOneAndDelete(scoped, options))));
  }

  @Override
  public Optional<T> findOneAndReplace(
      Filter<T> filter, T replacement, FindOneAndReplaceOptions options) {
    return Optional.ofNullable(
        gateway.execute("findOneAndReplace", findAndReplaceAction(filter, replacement, options)));
  }

  /**
   * Validates and stamps {@code replacement}; the action keeps the stored {@code _id}, {@code __v}
   * and {@code createdAt}, as {@link #replaceAction} does.
   */
  Function<MongoCollection<T>, T> findAndReplaceAction(
      Filter<T> filter, T replacement, FindOneAndReplaceOptions options) {
    Objects.requireNonNull(options, "options == null");
    Bson scoped = scope.scoped(Objects.requireNonNull(filter, "filter == null"));
    boolean callerId =
        schema.idOf(Objects.requireNonNull(replacement, "replacement == null")) != null;
    BsonDocument encoded = writes.encodeReplacement(replacement, preparation::prepareInsert);
    return writes.findAndReplace(scoped, encoded, callerId, options);
  }

  @Override
  public <V> List<V> distinct(FieldPath<T, V> path, Filter<T> filter) {
    Function<MongoCollection<T>, List<V>> action =
        DistinctValues.action(schema, path, scope.scoped(filter));
    return gateway.execute("distinct", action);
  }

  @Override
  public BulkWriteResult bulkWrite(List<? extends WriteModel<T>> writes) {
    Function<MongoCollection<T>, BulkWriteResult> action = BulkWrites.prepare(this, writes);
    return action == null ? BulkWrites.EMPTY_RESULT : gateway.execute("bulkWrite", action);
  }

  @Override
  public long estimatedDocumentCount() {
    return gateway.execute("estimatedDocumentCount", MongoCollection::estimatedDocumentCount);
  }

  @Override
  public ChangeStream<T> watch(List<? extends Bson> pipeline) {
    Function<MongoCollection<T>, ChangeStream<T>> action =
        DriverChangeStream.open(schema.type(), pipeline);
    return gateway.execute("watch", action);
  }

  @Override
  public Model<T> pre(Hook hook, Consumer<? super T> action) {
    hooks.addDocument(true, hook, action);
    return this;
  }

  @Override
  public Model<T> post(Hook hook, Consumer<? super T> action) {
    hooks.addDocument(false, hook, action);
    return this;
  }

  @Override
  public Model<T> preQuery(Hook hook, Consumer<? super Filter<T>> action) {
    hooks.addQuery(true, hook, action);
    return this;
  }

  @Override
  public Model<T> postQuery(Hook hook, Consumer<? super Filter<T>> action) {
    hooks.addQuery(false, hook, action);
    return this;
  }

  /** The documents this model's filters reach, and how it casts ids. */
  ModelScope<T> scope() {
    return scope;
  }

  /** Validation, ids and timestamps of this model's writes. */
  WritePreparation<T> preparation() {
    return preparation;
  }

  /** How this model writes whole documents. */
  WholeDocumentWrites<T> writes() {
    return writes;
  }

  /** The middleware {@link HookedModel} runs around this model's operations. */
  ModelHooks<T> hooks() {
    return hooks;
  }

  @Override
  public Model<T> withSession(ClientSession session) {
    Objects.requireNonNull(session, "session == null");
    return SessionView.of(
        this,
        connection instanceof DefaultConnection base ? base.sessionOwner() : connection,
        session);
  }

  @Override
  public AsyncModel<T> async() {
    return async;
  }

  @Override
  public String toString() {
    return "Model(" + schema.modelName() + " -> " + collectionName + ")";
  }
}
