package dev.meerkat.internal.model;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndDeleteOptions;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
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
import dev.meerkat.SchemaField;
import dev.meerkat.Setting;
import dev.meerkat.Update;
import dev.meerkat.ValidationError;
import dev.meerkat.ValidationException;
import dev.meerkat.internal.connection.CollectionSetup;
import dev.meerkat.internal.connection.DefaultConnection;
import dev.meerkat.internal.session.SessionView;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

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
  private final String updatedAtKey;

  /**
   * For a subtype of a sealed hierarchy, {@code {__t: value}}: every filter of this model includes
   * it.
   */
  private final Bson scope;

  private final String createdAtKey;
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
    this.updatedAtKey = schema.options().timestamps() ? keyOf(schema, "updatedAt") : null;
    this.scope =
        schema.discriminatorValue() == null
            ? null
            : Filters.eq(schema.discriminatorKey(), schema.discriminatorValue());
    this.createdAtKey = schema.options().timestamps() ? keyOf(schema, "createdAt") : null;
    this.writes = new WholeDocumentWrites<>(schema);
    this.hooks =
        connection instanceof DefaultConnection base
            ? base.hooksOf(schema)
            : new ModelHooks<>(schema.modelName());
    this.async = new DefaultAsyncModel<>(this, gateway);
  }

  private static String keyOf(Schema<?> schema, String fieldName) {
    for (SchemaField field : schema.fields()) {
      if (field.name().equals(fieldName)) {
        return field.key();
      }
    }
    return fieldName;
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
    gateway.executeOnDatabase(
        "createCollection",
        db -> {
          CollectionSetup.createCollection(db, schema, collectionName);
          return null;
        });
  }

  @Override
  public void createIndexes() {
    gateway.execute(
        "createIndexes",
        c -> {
          CollectionSetup.createIndexes(c, schema);
          return null;
        });
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
    T prepared = prepareCreate(document);
    insertOf(document, prepared).run(gateway);
    return prepared;
  }

  @Override
  public List<T> insertMany(List<T> documents) {
    List<T> prepared = prepareAll(documents);
    if (!prepared.isEmpty()) {
      insertOf(documents, prepared).run(gateway);
    }
    return prepared;
  }

  @Override
  public T save(T document) {
    if (schema.idOf(Objects.requireNonNull(document, "document == null")) == null) {
      return create(document);
    }
    T prepared = prepareInsert(document);
    return gateway.execute("save", saveAction(prepared));
  }

  /** The insert of {@code prepared}, knowing which ids it generated ({@code given} had none). */
  SafeInsert<T> insertOf(T given, T prepared) {
    return SafeInsert.one(collectionName, prepared, schema.idOf(given) == null, schema::idOf);
  }

  /** The insert of a batch, knowing which ids it generated. */
  SafeInsert<T> insertOf(List<T> given, List<T> prepared) {
    boolean[] generated = new boolean[given.size()];
    for (int i = 0; i < generated.length; i++) {
      generated[i] = schema.idOf(given.get(i)) == null;
    }
    return SafeInsert.many(collectionName, prepared, generated, schema::idOf);
  }

  /**
   * Saving a document that has an id (see {@link WholeDocumentWrites}): an upsert that keeps the
   * stored {@code __v}, or with {@code @Version} a versioned write returning the incremented copy.
   */
  Function<MongoCollection<T>, T> saveAction(T prepared) {
    return writes.save(schema.modelName(), prepared);
  }

  /** Whether any document matches, counting at most one. */
  static <T> Function<MongoCollection<T>, Boolean> existsAction(Bson filter) {
    return c -> c.countDocuments(filter, new CountOptions().limit(1)) > 0;
  }

  @Override
  public Query<T> find(Filter<T> filter) {
    return new DefaultQuery<>(gateway, this, scoped(filter));
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
    return findOne(Filter.raw(Filters.eq("_id", castId(id))));
  }

  @Override
  public boolean exists(Filter<T> filter) {
    return gateway.execute("exists", existsAction(scoped(filter)));
  }

  @Override
  public long countDocuments(Filter<T> filter) {
    return gateway.execute("countDocuments", c -> c.countDocuments(scoped(filter)));
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
    Bson touched = prepareUpdate(update, options.isUpsert());
    return gateway.execute("updateOne", c -> c.updateOne(scoped(filter), touched, options));
  }

  @Override
  public UpdateResult updateMany(Filter<T> filter, Update<T> update) {
    Bson touched = prepareUpdate(update, false);
    return gateway.execute("updateMany", c -> c.updateMany(scoped(filter), touched));
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
    BsonDocument encoded = writes.encode(prepareInsert(replacement));
    if (schema.idOf(replacement) == null) {
      encoded.remove("_id"); // the stored document keeps its own
    }
    return writes.replace(scoped(filter), encoded, false);
  }

  @Override
  public Optional<T> findOneAndUpdate(Filter<T> filter, Update<T> update) {
    return findOneAndUpdate(filter, update, new FindOneAndUpdateOptions());
  }

  @Override
  public Optional<T> findOneAndUpdate(
      Filter<T> filter, Update<T> update, FindOneAndUpdateOptions options) {
    Bson touched = prepareUpdate(update, options.isUpsert());
    return Optional.ofNullable(
        gateway.execute(
            "findOneAndUpdate", c -> c.findOneAndUpdate(scoped(filter), touched, options)));
  }

  @Override
  public DeleteResult deleteOne(Filter<T> filter) {
    return gateway.execute("deleteOne", c -> c.deleteOne(scoped(filter)));
  }

  @Override
  public DeleteResult deleteMany(Filter<T> filter) {
    return gateway.execute("deleteMany", c -> c.deleteMany(scoped(filter)));
  }

  @Override
  public <R> List<R> aggregate(List<? extends Bson> pipeline, Class<R> resultType) {
    return gateway.execute(
        "aggregate", c -> c.aggregate(scoped(pipeline), resultType).into(new ArrayList<>()));
  }

  @Override
  public Optional<T> findByIdAndUpdate(
      Object id, Update<T> update, FindOneAndUpdateOptions options) {
    return findOneAndUpdate(byId(id), update, options);
  }

  @Override
  public Optional<T> findByIdAndDelete(Object id) {
    return findOneAndDelete(byId(id), new FindOneAndDeleteOptions());
  }

  @Override
  public Optional<T> findOneAndDelete(Filter<T> filter, FindOneAndDeleteOptions options) {
    Bson scoped = scoped(filter);
    return Optional.ofNullable(
        gateway.execute("findOneAndDelete", c -> c.findOneAndDelete(scoped, options)));
  }

  @Override
  public Optional<T> findOneAndReplace(
      Filter<T> filter, T replacement, FindOneAndReplaceOptions options) {
    Bson scoped = scoped(filter);
    T prepared = prepareInsert(replacement);
    return Optional.ofNullable(
        gateway.execute("findOneAndReplace", c -> c.findOneAndReplace(scoped, prepared, options)));
  }

  @Override
  public <V> List<V> distinct(FieldPath<T, V> path, Filter<T> filter) {
    Function<MongoCollection<T>, List<V>> action =
        DistinctValues.action(schema, path, scoped(filter));
    return gateway.execute("distinct", action);
  }

  @Override
  public BulkWriteResult bulkWrite(List<? extends WriteModel<T>> writes) {
    List<WriteModel<T>> prepared = BulkWrites.prepare(this, writes);
    if (prepared.isEmpty()) {
      return BulkWrites.EMPTY_RESULT;
    }
    return gateway.execute("bulkWrite", c -> c.bulkWrite(prepared));
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

  /** The filter on {@code _id}, cast as Mongoose casts ids. */
  Filter<T> byId(Object id) {
    return Filter.raw(Filters.eq("_id", castId(id)));
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

  /**
   * Validates, then assigns {@code _id} and timestamps. @throws ValidationException listing every
   * failure
   */
  T prepareInsert(T document) {
    Objects.requireNonNull(document, "document == null");
    List<ValidationError> errors = schema.validate(document);
    if (!errors.isEmpty()) {
      throw new ValidationException(schema.modelName(), errors);
    }
    return schema.prepareInsert(document, now());
  }

  /** {@link #prepareInsert} for a new document: a {@code @Version} field starts at 0. */
  T prepareCreate(T document) {
    T prepared = prepareInsert(document);
    return schema.optimisticConcurrency() ? schema.withVersion(prepared, 0) : prepared;
  }

  /** Validates every document first, so an invalid one anywhere means nothing is written. */
  List<T> prepareAll(List<T> documents) {
    List<T> prepared = new ArrayList<>(documents.size());
    for (T document : documents) {
      prepared.add(prepareCreate(document));
    }
    return prepared;
  }

  /**
   * {@code filter}, narrowed to this subtype's documents when the schema is a discriminator
   * subtype.
   */
  Bson scoped(Bson filter) {
    Objects.requireNonNull(filter, "filter == null");
    return scope == null ? filter : Filters.and(scope, filter);
  }

  /**
   * {@code pipeline}, led by a {@code $match} on this subtype's documents when the schema is a
   * discriminator subtype.
   */
  List<? extends Bson> scoped(List<? extends Bson> pipeline) {
    if (scope == null) {
      return pipeline;
    }
    List<Bson> scopedPipeline = new ArrayList<>(pipeline.size() + 1);
    scopedPipeline.add(Aggregates.match(scope));
    scopedPipeline.addAll(pipeline);
    return scopedPipeline;
  }

  /**
   * Checks a typed update's values against their fields' validators (unless update validators are
   * off), then adds the timestamps.
   *
   * @throws ValidationException naming every failing path; nothing is sent
   */
  Bson prepareUpdate(Update<T> update, boolean upsert) {
    Objects.requireNonNull(update, "update == null");
    if (runValidators()) {
      List<ValidationError> errors = update.validate();
      if (!errors.isEmpty()) {
        throw new ValidationException(schema.modelName(), errors);
      }
    }
    return touch(update, upsert);
  }

  /** The schema's {@code updateValidators}, else the global {@code RUN_VALIDATORS} setting. */
  private boolean runValidators() {
    Boolean own = schema.options().updateValidators();
    if (own != null) {
      return own;
    }
    return connection instanceof DefaultConnection owner
        ? owner.flag(null, null, Setting.RUN_VALIDATORS)
        : (Boolean) Setting.RUN_VALIDATORS.defaultValue();
  }

  /**
   * Adds {@code updatedAt} to an update when the schema has timestamps, and {@code createdAt}
   * through {@code $setOnInsert} when it may insert (an upsert), as Mongoose does.
   */
  /**
   * A bulk write's update: validated like any typed update when it is one (raw ones are not), then
   * stamped with the timestamps.
   */
  @SuppressWarnings("unchecked")
  Bson prepareBulkUpdate(Bson update, boolean upsert) {
    return update instanceof Update<?> typed
        ? prepareUpdate((Update<T>) typed, upsert)
        : touch(update, upsert);
  }

  private Bson touch(Bson update, boolean upsert) {
    if (updatedAtKey == null) {
      return update;
    }
    Instant now = now();
    Bson updated = Updates.set(updatedAtKey, now);
    return upsert
        ? Updates.combine(update, updated, Updates.setOnInsert(createdAtKey, now))
        : Updates.combine(update, updated);
  }

  /**
   * The time for timestamps, at the millisecond precision a BSON date keeps, so what is returned is
   * what is stored.
   */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Casts a hex string to an ObjectId for ObjectId-keyed schemas, as Mongoose casts ids. */
  Object castId(Object id) {
    Objects.requireNonNull(id, "id == null");
    if (id instanceof String hex && ObjectId.isValid(hex)) {
      for (SchemaField field : schema.fields()) {
        if (field.id() && field.javaType().equals(ObjectId.class.getName())) {
          return new ObjectId(hex);
        }
      }
    }
    return id;
  }

  @Override
  public String toString() {
    return "Model(" + schema.modelName() + " -> " + collectionName + ")";
  }
}
