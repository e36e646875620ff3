package dev.meerkat.internal;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inserts that are neither lost nor doubled when the server goes away mid-write.
 *
 * <p>Every document carries a client-assigned {@code _id} before it is sent (as in Mongoose). So when
 * an insert fails with a network error, whether the server applied it is unknown; Meerkat sends it
 * once more through the gateway (which buffers until the connection is back), and a duplicate-key
 * error on {@code _id} for that retry means the first attempt had landed: success. This works where
 * the server has no retryable writes (standalone servers, the embedded test server). Stateless.
 */
final class SafeInsert {
  private static final Logger LOG = LoggerFactory.getLogger(SafeInsert.class);

  private SafeInsert() {}

  /** Inserts one document, retrying once after a network error. */
  static <T> void insertOne(CollectionGateway<T> gateway, String collection, T document) {
    run(gateway, collection, "insertOne", insertOne(document), retryInsertOne(document));
  }

  /** Inserts documents in order, retrying once after a network error. */
  static <T> void insertMany(CollectionGateway<T> gateway, String collection, List<T> documents) {
    run(gateway, collection, "insertMany", insertMany(documents), retryInsertMany(documents));
  }

  /** The first attempt at inserting one document. */
  static <T> Function<MongoCollection<T>, Void> insertOne(T document) {
    return c -> {
      c.insertOne(document);
      return null;
    };
  }

  /** The retry of one insert: a duplicate {@code _id} means the first attempt landed. */
  static <T> Function<MongoCollection<T>, Void> retryInsertOne(T document) {
    return c -> {
      try {
        c.insertOne(document);
      } catch (MongoWriteException e) {
        if (!isDuplicateId(e.getError().getCategory(), e.getError().getMessage())) {
          throw e;
        }
      }
      return null;
    };
  }

  /** The first attempt at inserting documents, in order. */
  static <T> Function<MongoCollection<T>, Void> insertMany(List<T> documents) {
    return c -> {
      c.insertMany(documents);
      return null;
    };
  }

  /** The retry of a batch: unordered, so documents after one that had landed still go in. */
  static <T> Function<MongoCollection<T>, Void> retryInsertMany(List<T> documents) {
    return c -> {
      try {
        c.insertMany(documents, new InsertManyOptions().ordered(false));
      } catch (MongoBulkWriteException e) {
        for (BulkWriteError error : e.getWriteErrors()) {
          if (!isDuplicateId(ErrorCategory.fromErrorCode(error.getCode()), error.getMessage())) {
            throw e;
          }
        }
      }
      return null;
    };
  }

  /** Whether {@code error} leaves it unknown whether a write was applied, so a retry is due. */
  static boolean isNetworkError(Throwable error) {
    return error instanceof MongoSocketException || error instanceof MongoTimeoutException;
  }

  private static <T> void run(
      CollectionGateway<T> gateway,
      String collection,
      String operation,
      Function<MongoCollection<T>, Void> first,
      Function<MongoCollection<T>, Void> retry) {
    try {
      gateway.execute(operation, first);
    } catch (MongoSocketException | MongoTimeoutException e) {
      logRetry(collection, operation, e);
      gateway.execute(operation, retry);
    }
  }

  static void logRetry(String collection, String operation, Throwable e) {
    LOG.warn("{}.{}() failed with a network error ({}); retrying once when the connection is back",
        collection, operation, e.getClass().getSimpleName());
  }

  /** A duplicate key on the {@code _id_} index: the earlier attempt was applied. */
  static boolean isDuplicateId(ErrorCategory category, String message) {
    return category == ErrorCategory.DUPLICATE_KEY && message != null && message.contains("_id_");
  }
}
