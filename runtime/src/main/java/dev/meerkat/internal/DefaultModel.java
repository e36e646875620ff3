package dev.meerkat.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.client.result.UpdateResult;
import dev.meerkat.AsyncModel;
import dev.meerkat.Connection;
import dev.meerkat.Model;
import dev.meerkat.Query;
import dev.meerkat.Schema;
import dev.meerkat.SchemaField;
import dev.meerkat.ValidationError;
import dev.meerkat.ValidationException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/**
 * The model a connection registers for a schema. Validates before every write, assigns {@code _id}
 * and timestamps on the client, and runs every operation through the connection's
 * {@link CollectionGateway} (buffering, init, debug). Thread-safe: it holds no mutable state.
 */
public final class DefaultModel<T> implements Model<T> {
  private final Connection connection;
  private final Schema<T> schema;
  private final String collectionName;
  private final CollectionGateway<T> gateway;
  private final String updatedAtKey;
  private final AsyncModel<T> async;

  /** Creates the model; the connection supplies the gateway. */
  public DefaultModel(Connection connection, Schema<T> schema, String collectionName, CollectionGateway<T> gateway) {
    this.connection = Objects.requireNonNull(connection, "connection == null");
    this.schema = Objects.requireNonNull(schema, "schema == null");
    this.collectionName = Objects.requireNonNull(collectionName, "collectionName == null");
    this.gateway = Objects.requireNonNull(gateway, "gateway == null");
    this.updatedAtKey = schema.options().timestamps() ? keyOf(schema, "updatedAt") : null;
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
    gateway.executeOnDatabase("createCollection", db -> {
      CollectionSetup.createCollection(db, schema, collectionName);
      return null;
    });
  }

  @Override
  public void createIndexes() {
    gateway.execute("createIndexes", c -> {
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
    T prepared = prepareInsert(document);
    SafeInsert.insertOne(gateway, collectionName, prepared);
    return prepared;
  }

  @Override
  public List<T> insertMany(List<T> documents) {
    List<T> prepared = prepareAll(documents);
    if (!prepared.isEmpty()) {
      SafeInsert.insertMany(gateway, collectionName, prepared);
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

  /** Saving a document that has an id: replace the stored one with that id, or insert it (upsert). */
  Function<MongoCollection<T>, T> saveAction(T prepared) {
    return c -> {
      c.replaceOne(Filters.eq("_id", schema.idOf(prepared)), prepared, new ReplaceOptions().upsert(true));
      return prepared;
    };
  }

  /** Whether any document matches, counting at most one. */
  static <T> Function<MongoCollection<T>, Boolean> existsAction(Bson filter) {
    return c -> c.countDocuments(filter, new CountOptions().limit(1)) > 0;
  }

  @Override
  public Query<T> find(Bson filter) {
    return new DefaultQuery<>(gateway, this, filter);
  }

  @Override
  public Query<T> find() {
    return find(new BsonDocument());
  }

  @Override
  public Optional<T> findOne(Bson filter) {
    return find(filter).first();
  }

  @Override
  public Optional<T> findById(Object id) {
    return findOne(Filters.eq("_id", castId(id)));
  }

  @Override
  public boolean exists(Bson filter) {
    return gateway.execute("exists", existsAction(filter));
  }

  @Override
  public long countDocuments(Bson filter) {
    return gateway.execute("countDocuments", c -> c.countDocuments(filter));
  }

  @Override
  public long countDocuments() {
    return countDocuments(new BsonDocument());
  }

  @Override
  public UpdateResult updateOne(Bson filter, Bson update) {
    return updateOne(filter, update, new UpdateOptions());
  }

  @Override
  public UpdateResult updateOne(Bson filter, Bson update, UpdateOptions options) {
    Bson touched = touch(update);
    return gateway.execute("updateOne", c -> c.updateOne(filter, touched, options));
  }

  @Override
  public UpdateResult updateMany(Bson filter, Bson update) {
    Bson touched = touch(update);
    return gateway.execute("updateMany", c -> c.updateMany(filter, touched));
  }

  @Override
  public UpdateResult replaceOne(Bson filter, T replacement) {
    T prepared = prepareInsert(replacement);
    return gateway.execute("replaceOne", c -> c.replaceOne(filter, prepared));
  }

  @Override
  public Optional<T> findOneAndUpdate(Bson filter, Bson update) {
    return findOneAndUpdate(filter, update, new FindOneAndUpdateOptions());
  }

  @Override
  public Optional<T> findOneAndUpdate(Bson filter, Bson update, FindOneAndUpdateOptions options) {
    Bson touched = touch(update);
    return Optional.ofNullable(gateway.execute("findOneAndUpdate", c -> c.findOneAndUpdate(filter, touched, options)));
  }

  @Override
  public DeleteResult deleteOne(Bson filter) {
    return gateway.execute("deleteOne", c -> c.deleteOne(filter));
  }

  @Override
  public DeleteResult deleteMany(Bson filter) {
    return gateway.execute("deleteMany", c -> c.deleteMany(filter));
  }

  @Override
  public <R> List<R> aggregate(List<? extends Bson> pipeline, Class<R> resultType) {
    return gateway.execute("aggregate", c -> c.aggregate(pipeline, resultType).into(new ArrayList<>()));
  }

  @Override
  public AsyncModel<T> async() {
    return async;
  }

  /** Validates, then assigns {@code _id} and timestamps. @throws ValidationException listing every failure */
  T prepareInsert(T document) {
    Objects.requireNonNull(document, "document == null");
    List<ValidationError> errors = schema.validate(document);
    if (!errors.isEmpty()) {
      throw new ValidationException(schema.modelName(), errors);
    }
    return schema.prepareInsert(document, now());
  }

  /** Validates every document first, so an invalid one anywhere means nothing is written. */
  List<T> prepareAll(List<T> documents) {
    List<T> prepared = new ArrayList<>(documents.size());
    for (T document : documents) {
      prepared.add(prepareInsert(document));
    }
    return prepared;
  }

  /** Adds {@code updatedAt} to an update when the schema has timestamps, as Mongoose does. */
  Bson touch(Bson update) {
    Objects.requireNonNull(update, "update == null");
    return updatedAtKey == null ? update : Updates.combine(update, Updates.set(updatedAtKey, now()));
  }

  /** The time for timestamps, at the millisecond precision a BSON date keeps, so what is returned is what is stored. */
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
