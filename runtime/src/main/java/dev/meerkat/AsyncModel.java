package dev.meerkat;

import com.mongodb.client.result.DeleteResult;
import com.mongodb.client.result.UpdateResult;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.bson.conversions.Bson;

/**
 * The asynchronous view of a {@link Model}: the same operations, each returning a future at once.
 * Operations issued before the connection opens are buffered without blocking the caller; results
 * are delivered on the connection's {@code executor}. Thread-safe.
 *
 * <pre>{@code
 * users.async().findOne(UserSchema.EMAIL.eq("ada@example.com"))
 *     .thenAccept(user -> System.out.println(user));
 * }</pre>
 *
 * @param <T> the mapped type
 */
public interface AsyncModel<T> {

  /** See {@link Model#create}. */
  CompletableFuture<T> create(T document);

  /** See {@link Model#insertMany}. */
  CompletableFuture<List<T>> insertMany(List<T> documents);

  /** See {@link Model#save}. */
  CompletableFuture<T> save(T document);

  /** See {@link Model#find(Bson)}; runs the query to a list. */
  CompletableFuture<List<T>> find(Bson filter);

  /** See {@link Model#findOne}. */
  CompletableFuture<Optional<T>> findOne(Bson filter);

  /** See {@link Model#findById}. */
  CompletableFuture<Optional<T>> findById(Object id);

  /** See {@link Model#exists}. */
  CompletableFuture<Boolean> exists(Bson filter);

  /** See {@link Model#countDocuments(Bson)}. */
  CompletableFuture<Long> countDocuments(Bson filter);

  /** See {@link Model#updateOne(Bson, Bson)}. */
  CompletableFuture<UpdateResult> updateOne(Bson filter, Bson update);

  /** See {@link Model#updateMany}. */
  CompletableFuture<UpdateResult> updateMany(Bson filter, Bson update);

  /** See {@link Model#replaceOne}. */
  CompletableFuture<UpdateResult> replaceOne(Bson filter, T replacement);

  /** See {@link Model#findOneAndUpdate(Bson, Bson)}. */
  CompletableFuture<Optional<T>> findOneAndUpdate(Bson filter, Bson update);

  /** See {@link Model#deleteOne}. */
  CompletableFuture<DeleteResult> deleteOne(Bson filter);

  /** See {@link Model#deleteMany}. */
  CompletableFuture<DeleteResult> deleteMany(Bson filter);

  /** See {@link Model#aggregate}. */
  <R> CompletableFuture<List<R>> aggregate(List<? extends Bson> pipeline, Class<R> resultType);
}
