package dev.meerkat;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.FindOneAndDeleteOptions;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.WriteModel;
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

  /** See {@link Model#find(Filter)}; runs the query to a list. */
  CompletableFuture<List<T>> find(Filter<T> filter);

  /** See {@link Model#findOne}. */
  CompletableFuture<Optional<T>> findOne(Filter<T> filter);

  /** See {@link Model#findById}. */
  CompletableFuture<Optional<T>> findById(Object id);

  /** See {@link Model#exists}. */
  CompletableFuture<Boolean> exists(Filter<T> filter);

  /** See {@link Model#countDocuments(Filter)}. */
  CompletableFuture<Long> countDocuments(Filter<T> filter);

  /** See {@link Model#updateOne(Filter, Update)}. */
  CompletableFuture<UpdateResult> updateOne(Filter<T> filter, Update<T> update);

  /** See {@link Model#updateMany}. */
  CompletableFuture<UpdateResult> updateMany(Filter<T> filter, Update<T> update);

  /** See {@link Model#replaceOne}. */
  CompletableFuture<UpdateResult> replaceOne(Filter<T> filter, T replacement);

  /** See {@link Model#findOneAndUpdate(Filter, Update)}. */
  CompletableFuture<Optional<T>> findOneAndUpdate(Filter<T> filter, Update<T> update);

  /** See {@link Model#deleteOne}. */
  CompletableFuture<DeleteResult> deleteOne(Filter<T> filter);

  /** See {@link Model#deleteMany}. */
  CompletableFuture<DeleteResult> deleteMany(Filter<T> filter);

  /** See {@link Model#aggregate}. */
  <R> CompletableFuture<List<R>> aggregate(List<? extends Bson> pipeline, Class<R> resultType);

  /** See {@link Model#findByIdAndUpdate(Object, Update, FindOneAndUpdateOptions)}. */
  CompletableFuture<Optional<T>> findByIdAndUpdate(
      Object id, Update<T> update, FindOneAndUpdateOptions options);

  /** See {@link Model#findByIdAndUpdate(Object, Update)}. */
  default CompletableFuture<Optional<T>> findByIdAndUpdate(Object id, Update<T> update) {
    return findByIdAndUpdate(id, update, new FindOneAndUpdateOptions());
  }

  /** See {@link Model#findByIdAndDelete}. */
  CompletableFuture<Optional<T>> findByIdAndDelete(Object id);

  /** See {@link Model#findOneAndDelete(Filter, FindOneAndDeleteOptions)}. */
  CompletableFuture<Optional<T>> findOneAndDelete(
      Filter<T> filter, FindOneAndDeleteOptions options);

  /** See {@link Model#findOneAndDelete(Filter)}. */
  default CompletableFuture<Optional<T>> findOneAndDelete(Filter<T> filter) {
    return findOneAndDelete(filter, new FindOneAndDeleteOptions());
  }

  /** See {@link Model#findOneAndReplace(Filter, Object, FindOneAndReplaceOptions)}. */
  CompletableFuture<Optional<T>> findOneAndReplace(
      Filter<T> filter, T replacement, FindOneAndReplaceOptions options);

  /** See {@link Model#findOneAndReplace(Filter, Object)}. */
  default CompletableFuture<Optional<T>> findOneAndReplace(Filter<T> filter, T replacement) {
    return findOneAndReplace(filter, replacement, new FindOneAndReplaceOptions());
  }

  /** See {@link Model#distinct}. */
  <V> CompletableFuture<List<V>> distinct(FieldPath<T, V> path, Filter<T> filter);

  /** See {@link Model#bulkWrite}. */
  CompletableFuture<BulkWriteResult> bulkWrite(List<? extends WriteModel<T>> writes);

  /** See {@link Model#estimatedDocumentCount}. */
  CompletableFuture<Long> estimatedDocumentCount();

  /** See {@link Model#watch(List)}; the future completes once the stream is open. */
  CompletableFuture<ChangeStream<T>> watch(List<? extends Bson> pipeline);

  /** See {@link Model#watch()}. */
  default CompletableFuture<ChangeStream<T>> watch() {
    return watch(List.of());
  }
}
