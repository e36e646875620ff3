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
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A model: a schema registered on a connection under a name, bound to a collection. Mongoose's
 * {@code Model}. Obtained from {@link Connection#model(Schema)}, or as a generated typed model
 * ({@code UserModel.on(connection)}).
 *
 * <p>Every operation is buffered while the connection is not open (unless {@code bufferCommands} is
 * off) and validates documents before it writes them; typed update values are validated too (see
 * {@link Update}). Filters, updates and sorts are bound to the schema ({@link Filter}, {@link
 * Update}, {@link Sort}); wrap a driver {@code Bson} with {@code Filter.raw(...)} to pass one
 * unchecked. Thread-safe.
 *
 * <pre>{@code
 * Model<User> users = connection.model(UserSchema.INSTANCE);
 * User ada = users.create(new User(null, "Ada", "ada@example.com", 36));
 * Optional<User> found = users.findOne(UserSchema.EMAIL.eq("ada@example.com"));
 * }</pre>
 *
 * @param <T> the mapped type
 */
public interface Model<T> {

  /** The model name, {@code "User"}. */
  String modelName();

  /** The collection this model reads and writes. */
  String collectionName();

  /** The compiled schema. */
  Schema<T> schema();

  /** The connection this model is registered on. */
  Connection connection();

  /**
   * Creates the collection (when {@code autoCreate}) and builds the indexes (when {@code
   * autoIndex}), once per opening of the connection; buffered operations wait for it. Safe to call
   * again.
   */
  void init();

  /**
   * Creates the collection with the schema's capped and collation options; an existing one is fine.
   */
  void createCollection();

  /** Builds every index the schema declares. */
  void createIndexes();

  /**
   * Makes the collection's indexes match the schema: builds missing ones, drops undeclared
   * ones. @return dropped index names
   */
  List<String> syncIndexes();

  /** The indexes on the collection as the server reports them. */
  List<Document> listIndexes();

  /**
   * Validates and inserts one document, assigning {@code _id} (and timestamps) first; a
   * {@code @Version} field starts at 0. @return the stored document
   */
  T create(T document);

  /** Validates and inserts every document in order. @return the stored documents */
  List<T> insertMany(List<T> documents);

  /**
   * Inserts {@code document} when it has no {@code _id}; else replaces the stored one (inserting it
   * when none has that {@code _id}), keeping the stored {@code __v} and {@code createdAt}. With a
   * {@code @Version} field: only when the stored version still equals the document's, incrementing
   * it.
   *
   * @return the saved document (for records with {@code @Version}, a copy with the new version)
   * @throws VersionConflictException when a {@code @Version} document is stale; nothing is written
   */
  T save(T document);

  /** A query for the documents matching {@code filter}; nothing runs until a terminal method. */
  Query<T> find(Filter<T> filter);

  /** A query for every document. */
  Query<T> find();

  /** The first document matching {@code filter}. */
  Optional<T> findOne(Filter<T> filter);

  /** The document whose {@code _id} is {@code id}. */
  Optional<T> findById(Object id);

  /** Whether any document matches {@code filter}. */
  boolean exists(Filter<T> filter);

  /** The number of documents matching {@code filter}. */
  long countDocuments(Filter<T> filter);

  /** The number of documents in the collection. */
  long countDocuments();

  /**
   * Updates the first document matching {@code filter}.
   *
   * @throws ValidationException when a typed update value fails its field's validators; nothing is
   *     sent
   */
  UpdateResult updateOne(Filter<T> filter, Update<T> update);

  /**
   * Updates the first document matching {@code filter}, with driver options (upsert, collation,
   * ...).
   */
  UpdateResult updateOne(Filter<T> filter, Update<T> update, UpdateOptions options);

  /** Updates every document matching {@code filter}. */
  UpdateResult updateMany(Filter<T> filter, Update<T> update);

  /**
   * Validates {@code replacement} and replaces the first document matching {@code filter}, keeping
   * that document's {@code _id}, {@code __v} and {@code createdAt}.
   */
  UpdateResult replaceOne(Filter<T> filter, T replacement);

  /**
   * Updates the first document matching {@code filter} and returns it as it was before the update,
   * as Mongoose does by default; pass {@code new FindOneAndUpdateOptions().returnDocument(AFTER)}
   * for the updated one.
   */
  Optional<T> findOneAndUpdate(Filter<T> filter, Update<T> update);

  /** Updates the first document matching {@code filter}, with driver options. */
  Optional<T> findOneAndUpdate(Filter<T> filter, Update<T> update, FindOneAndUpdateOptions options);

  /** Deletes the first document matching {@code filter}. */
  DeleteResult deleteOne(Filter<T> filter);

  /** Deletes every document matching {@code filter}. */
  DeleteResult deleteMany(Filter<T> filter);

  /**
   * Runs an aggregation pipeline and decodes each result as {@code resultType}: {@code Document},
   * the model's own type, or any type the connection's codec registry knows.
   */
  <R> List<R> aggregate(List<? extends Bson> pipeline, Class<R> resultType);

  /**
   * Updates the document whose {@code _id} is {@code id} and returns it as it was before the update
   * (Mongoose's {@code findByIdAndUpdate}); empty when no document has that id.
   */
  default Optional<T> findByIdAndUpdate(Object id, Update<T> update) {
    return findByIdAndUpdate(id, update, new FindOneAndUpdateOptions());
  }

  /**
   * {@link #findByIdAndUpdate(Object, Update)} with driver options ({@code returnDocument(AFTER)},
   * upsert).
   */
  Optional<T> findByIdAndUpdate(Object id, Update<T> update, FindOneAndUpdateOptions options);

  /**
   * Deletes the document whose {@code _id} is {@code id}. @return the deleted document; empty when
   * none had that id
   */
  Optional<T> findByIdAndDelete(Object id);

  /**
   * Deletes the first document matching {@code filter}. @return the deleted document; empty when
   * none matched
   */
  default Optional<T> findOneAndDelete(Filter<T> filter) {
    return findOneAndDelete(filter, new FindOneAndDeleteOptions());
  }

  /** {@link #findOneAndDelete(Filter)} with driver options (sort, projection, collation). */
  Optional<T> findOneAndDelete(Filter<T> filter, FindOneAndDeleteOptions options);

  /**
   * Validates {@code replacement} (assigning timestamps) and replaces the first document matching
   * {@code filter}. @return the document as it was before, unless {@code returnDocument(AFTER)} is
   * given
   */
  default Optional<T> findOneAndReplace(Filter<T> filter, T replacement) {
    return findOneAndReplace(filter, replacement, new FindOneAndReplaceOptions());
  }

  /**
   * {@link #findOneAndReplace(Filter, Object)} with driver options ({@code returnDocument(AFTER)},
   * upsert).
   */
  Optional<T> findOneAndReplace(Filter<T> filter, T replacement, FindOneAndReplaceOptions options);

  /**
   * The distinct values of {@code path} among the documents matching {@code filter}, decoded as the
   * path's Java type. Supports paths whose values are strings, numbers, booleans, dates, ids,
   * UUIDs, decimals and enums; any other type fails with a {@link MeerkatException} naming the
   * path.
   */
  <V> List<V> distinct(FieldPath<T, V> path, Filter<T> filter);

  /**
   * Sends a batch of writes in one {@code bulkWrite}, each prepared as its single-document
   * counterpart would be: inserted and replacing documents are validated and get {@code _id} and
   * timestamps, updates set {@code updatedAt}. Every document is validated before anything is sent,
   * so an invalid one means nothing is written. An empty list sends nothing and returns an empty
   * acknowledged result, as Mongoose does.
   */
  BulkWriteResult bulkWrite(List<? extends WriteModel<T>> writes);

  /**
   * The collection's document count from its metadata: fast, but ignores filters and
   * discriminators.
   */
  long estimatedDocumentCount();

  /**
   * Opens a change stream on the collection (Mongoose's {@code Model.watch()}); events carry the
   * full document decoded by the schema's codec. Needs a replica set or sharded cluster. Close it.
   * The stream covers the whole collection, also for a discriminator subtype's model: add a {@code
   * $match} stage with {@link #watch(List)} to narrow it.
   */
  default ChangeStream<T> watch() {
    return watch(List.of());
  }

  /**
   * {@link #watch()} with an aggregation pipeline applied to the change events ({@code $match},
   * ...).
   */
  ChangeStream<T> watch(List<? extends Bson> pipeline);

  /**
   * Registers document middleware run before {@code hook} ({@link Hook#SAVE}, {@link
   * Hook#VALIDATE}, {@link Hook#INSERT_MANY}) with each document as given. Hooks run in
   * registration order; one that throws aborts the operation before anything is sent and its
   * exception reaches the caller. Hooks apply to this schema's models on this connection and on its
   * {@code useDb} connections.
   *
   * @return this model
   * @throws ConfigurationException for a query hook (use {@link #preQuery})
   */
  Model<T> pre(Hook hook, Consumer<? super T> action);

  /**
   * Registers document middleware run after {@code hook} succeeded, with each document as
   * stored. @return this model
   */
  Model<T> post(Hook hook, Consumer<? super T> action);

  /**
   * Registers query middleware run before {@code hook} ({@link Hook#UPDATE}, {@link Hook#DELETE},
   * {@link Hook#FIND}) with the operation's filter; a throwing one aborts the operation before it
   * is sent.
   *
   * @return this model
   * @throws ConfigurationException for a document hook (use {@link #pre})
   */
  Model<T> preQuery(Hook hook, Consumer<? super Filter<T>> action);

  /**
   * Registers query middleware run after {@code hook} succeeded, with the operation's
   * filter. @return this model
   */
  Model<T> postQuery(Hook hook, Consumer<? super Filter<T>> action);

  /**
   * A view of this model whose every operation (sync, async and queries) runs in {@code session},
   * e.g. one from {@link Connection#startSession()} with a transaction the caller drives.
   */
  Model<T> withSession(ClientSession session);

  /** The same operations, returning futures completed on the connection's executor. */
  AsyncModel<T> async();
}
