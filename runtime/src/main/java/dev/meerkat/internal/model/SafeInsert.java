package dev.meerkat.internal.model;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteInsert;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import dev.meerkat.Schema;
import dev.meerkat.WriteOutcomeUnknownException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWriter;
import org.bson.BsonValue;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inserts that are neither lost, doubled nor falsely reported when the server goes away mid-write.
 *
 * <p>Every document carries an {@code _id} before it is sent (as in Mongoose). When an insert fails
 * with a network error, whether the server applied it is unknown; Meerkat sends it once more
 * through the gateway (which buffers until the connection is back). A duplicate-key error on {@code
 * _id} for that retry then means:
 *
 * <ul>
 *   <li>for an id this insert generated: the first attempt landed (nobody else can hold a fresh
 *       ObjectId): success;
 *   <li>for an id the caller chose: nothing by itself, since another document may hold it. The
 *       stored document is read back and compared with what was sent: equal is success; otherwise
 *       the outcome is unknown and {@link WriteOutcomeUnknownException} says so. Never a false
 *       success.
 * </ul>
 *
 * A batch ({@code insertMany}, ordered) is retried from where its first attempt stopped, with the
 * same rules for what is stored there, so that no document after a failing one is stored.
 *
 * <p>This works where the server has no retryable writes (standalone servers, the embedded test
 * server). Immutable; one instance per insert call. Applying it to a collection runs the first
 * attempt.
 *
 * @param <T> the document type
 */
final class SafeInsert<T> implements Function<MongoCollection<T>, Void> {
  private static final Logger LOG = LoggerFactory.getLogger(SafeInsert.class);

  /** How many ids of a batch one lookup of the retry asks for. */
  private static final int LOOKUP_CHUNK = 1000;

  private final String collection;
  private final String operation;
  private final Schema<T> schema;

  /** The documents as they are sent (with their {@code _id}s), in order. */
  private final List<T> documents;

  /** Per document: whether this insert generated its {@code _id}. */
  private final boolean[] generated;

  private SafeInsert(
      String collection,
      String operation,
      Schema<T> schema,
      List<T> documents,
      boolean[] generated) {
    this.collection = collection;
    this.operation = operation;
    this.schema = schema;
    this.documents = documents;
    this.generated = generated;
  }

  /** One document; {@code generatedId}: its id was assigned by this insert, not by the caller. */
  static <T> SafeInsert<T> one(
      String collection, Schema<T> schema, T document, boolean generatedId) {
    return new SafeInsert<>(
        collection, "insertOne", schema, List.of(document), new boolean[] {generatedId});
  }

  /** Documents in order; {@code generatedIds[i]}: document i's id was assigned by this insert. */
  static <T> SafeInsert<T> many(
      String collection, Schema<T> schema, List<T> documents, boolean[] generatedIds) {
    return new SafeInsert<>(collection, "insertMany", schema, documents, generatedIds.clone());
  }

  String operation() {
    return operation;
  }

  private boolean single() {
    return operation.equals("insertOne");
  }

  /** Whether this insert generated the {@code _id} of document {@code i} (in insert order). */
  boolean generatedId(int i) {
    return generated[i];
  }

  /** The documents as they are sent (with their {@code _id}s), in order. */
  List<T> documents() {
    return documents;
  }

  /** Document {@code i} as it is sent (with its {@code _id}). */
  T document(int i) {
    return documents.get(i);
  }

  /** Runs the insert through {@code gateway}, blocking, retrying once after a network error. */
  void run(CollectionGateway<T> gateway) {
    long issued = System.nanoTime();
    try {
      gateway.execute(operation, first(), issued);
    } catch (MongoSocketException | MongoTimeoutException e) {
      logRetry(e);
      try {
        gateway.execute(operation, retry(e), issued); // one bufferTimeoutMS for both attempts
      } catch (RuntimeException retryError) {
        throw afterRetry(retryError, e);
      }
    }
  }

  /**
   * What the caller sees when the retry after {@code networkError} fails with {@code retryError}.
   * The server's write errors for the retry (a document refused, a batch stopped at an index) and
   * an outcome already known to be unknown are reported as they are, and so is any failure when the
   * first attempt never left the client ({@link #neverSent}). Anything else (the retry timed out in
   * the buffer, was interrupted or closed before it was sent, or met the network again) leaves the
   * first attempt unaccounted for: it may have been applied, so the caller must not be told the
   * insert "was not sent" or merely "timed out", which would invite a second insert.
   */
  RuntimeException afterRetry(RuntimeException retryError, Throwable networkError) {
    if (neverSent(networkError)
        || retryError instanceof MongoWriteException
        || retryError instanceof MongoBulkWriteException
        || retryError instanceof WriteOutcomeUnknownException) {
      return retryError;
    }
    WriteOutcomeUnknownException unknown =
        new WriteOutcomeUnknownException(
            "`"
                + collection
                + "."
                + operation
                + "()` failed with a network error ("
                + networkError.getClass().getSimpleName()
                + ") after it was sent, and its retry did not complete ("
                + retryError.getClass().getSimpleName()
                + ", attached as suppressed), so the insert may have been applied: whether "
                + (single()
                    ? "the document with _id " + schema.idOf(document(0)) + " is"
                    : "the " + documents.size() + " documents (or the first of them) are")
                + " stored is unknown. Read "
                + (single() ? "it" : "them")
                + " back by _id before inserting again.",
            networkError);
    unknown.addSuppressed(retryError);
    return unknown;
  }

  /** The first attempt. */
  Function<MongoCollection<T>, Void> first() {
    return this;
  }

  /** Runs the first attempt on {@code c}. */
  @Override
  public Void apply(MongoCollection<T> c) {
    if (single()) {
      c.insertOne(documents.get(0));
    } else {
      c.insertMany(documents);
    }
    return null;
  }

  /** The retry after {@code networkError}; a batch's keeps its order ({@link #retryBatch}). */
  Function<MongoCollection<T>, Void> retry(Throwable networkError) {
    return c -> {
      if (!single()) {
        retryBatch(c, networkError);
        return null;
      }
      try {
        c.insertOne(documents.get(0));
      } catch (MongoWriteException e) {
        if (!isDuplicateId(e.getError().getCategory(), e.getError().getMessage())) {
          throw e;
        }
        proveLanded(c, 0, networkError);
      }
      return null;
    };
  }

  /**
   * Retries an ordered batch. The first attempt stored a prefix of it (the server stops at the
   * first failure of an ordered insert), possibly empty: the retry walks the batch from the start
   * while each document is stored and proven this insert's own ({@link #proveLanded}'s rule), then
   * inserts the rest, in order. So no document after a failing one is ever stored, as without the
   * network error, and a caller who re-sends the tail after an error does not store it twice.
   * Errors of that insert name their index in the caller's batch.
   */
  private void retryBatch(MongoCollection<T> c, Throwable networkError) {
    int n = documents.size();
    int start = 0;
    for (int round = 0; ; round++) {
      start = storedPrefix(c, start, networkError);
      if (start == n) {
        return;
      }
      try {
        c.insertMany(documents.subList(start, n));
        return;
      } catch (MongoBulkWriteException e) {
        BulkWriteError first = e.getWriteErrors().isEmpty() ? null : e.getWriteErrors().get(0);
        if (first == null
            || first.getIndex() != 0
            || round >= n
            || !isDuplicateId(ErrorCategory.fromErrorCode(first.getCode()), first.getMessage())) {
          throw inCallersBatch(c, e, start);
        }
        // The retry's first document was stored meanwhile (by the first attempt, still running
        // after a read timeout, or by another writer): walk on from it. A duplicate further on is
        // a plain error: the ordered first attempt stops at what the retry stored.
      }
    }
  }

  /**
   * From {@code start}, the index of the first document that is not stored, walking over those that
   * are stored and proven this insert's own; a stored document that is not is an {@link
   * #unknownOutcome}.
   */
  private int storedPrefix(MongoCollection<T> c, int start, Throwable networkError) {
    int n = documents.size();
    while (start < n) {
      int end = Math.min(n, start + LOOKUP_CHUNK);
      List<BsonDocument> sent = new ArrayList<>(end - start);
      List<BsonValue> ids = new ArrayList<>(end - start);
      for (T document : documents.subList(start, end)) {
        BsonDocument encoded = encode(c, document);
        sent.add(encoded);
        ids.add(encoded.get("_id"));
      }
      Map<BsonValue, BsonDocument> stored = new HashMap<>();
      for (BsonDocument found :
          c.withDocumentClass(BsonDocument.class).find(Filters.in("_id", ids))) {
        stored.put(found.get("_id"), found);
      }
      int chunkStart = start;
      while (start < end) {
        BsonDocument found = stored.get(ids.get(start - chunkStart));
        if (found == null) {
          return start; // where the first attempt stopped
        }
        if (!generated[start] && !found.equals(sent.get(start - chunkStart))) {
          throw unknownOutcome(start, schema.idOf(document(start)), true, networkError);
        }
        start++;
      }
    }
    return start;
  }

  /** {@code e}, of an insert of the batch's documents from {@code offset} on, for the batch. */
  private MongoBulkWriteException inCallersBatch(
      MongoCollection<T> c, MongoBulkWriteException e, int offset) {
    if (offset == 0) {
      return e;
    }
    List<BulkWriteError> errors = new ArrayList<>();
    for (BulkWriteError error : e.getWriteErrors()) {
      errors.add(
          new BulkWriteError(
              error.getCode(), error.getMessage(), error.getDetails(), error.getIndex() + offset));
    }
    BulkWriteResult result = e.getWriteResult();
    if (result.wasAcknowledged()) {
      List<BulkWriteInsert> inserts = new ArrayList<>();
      for (int i = 0; i < offset; i++) {
        inserts.add(new BulkWriteInsert(i, encode(c, document(i)).get("_id")));
      }
      for (BulkWriteInsert insert : result.getInserts()) {
        inserts.add(new BulkWriteInsert(insert.getIndex() + offset, insert.getId()));
      }
      result =
          BulkWriteResult.acknowledged(
              result.getInsertedCount() + offset, 0, 0, 0, List.of(), inserts);
    }
    MongoBulkWriteException shifted =
        new MongoBulkWriteException(
            result, errors, e.getWriteConcernError(), e.getServerAddress(), e.getErrorLabels());
    shifted.initCause(e);
    return shifted;
  }

  /** Document {@code i} was refused as a duplicate {@code _id}: success only if it is ours. */
  private void proveLanded(MongoCollection<T> c, int i, Throwable networkError) {
    if (generatedId(i)) {
      return; // a fresh id only this insert knew: the first attempt landed
    }
    T document = document(i);
    Object id = schema.idOf(document);
    BsonDocument stored =
        c.withDocumentClass(BsonDocument.class).find(Filters.eq("_id", id)).first();
    if (stored != null && stored.equals(encode(c, document))) {
      return;
    }
    throw unknownOutcome(i, id, stored != null, networkError);
  }

  /**
   * The retry of a network-failed insert found a document it cannot prove its own (or none) under
   * the caller-chosen {@code id} of document {@code i}.
   */
  private WriteOutcomeUnknownException unknownOutcome(
      int i, Object id, boolean found, Throwable networkError) {
    return new WriteOutcomeUnknownException(
        "`"
            + collection
            + "."
            + operation
            + "()` failed with a network error ("
            + networkError.getClass().getSimpleName()
            + ") and its retry found "
            + (found ? "a different document" : "no document")
            + " stored under the _id "
            + id
            + " the caller chose"
            + (single()
                ? ""
                : " for the document at index "
                    + i
                    + " (the documents before it are stored, none after it was sent again)")
            + ", so whether this insert was"
            + " applied is unknown (another writer holds or changed that id). Read the document back"
            + " before writing again.",
        networkError);
  }

  @SuppressWarnings("unchecked") // the collection's codec registry encodes its own document class
  private static <T> BsonDocument encode(MongoCollection<T> c, T document) {
    BsonDocument encoded = new BsonDocument();
    Codec<T> codec = (Codec<T>) c.getCodecRegistry().get(document.getClass());
    codec.encode(
        new BsonDocumentWriter(encoded),
        document,
        EncoderContext.builder().isEncodingCollectibleDocument(true).build());
    return encoded;
  }

  /**
   * Whether the first attempt failed before anything was sent: no socket could be opened, or no
   * server or pooled connection was found in time (a timeout of the operation itself may come after
   * sending).
   */
  private static boolean neverSent(Throwable networkError) {
    return networkError instanceof MongoSocketOpenException
        || (networkError instanceof MongoTimeoutException
            && !(networkError instanceof MongoOperationTimeoutException));
  }

  /** Whether {@code error} leaves it unknown whether a write was applied, so a retry is due. */
  static boolean isNetworkError(Throwable error) {
    return error instanceof MongoSocketException || error instanceof MongoTimeoutException;
  }

  void logRetry(Throwable e) {
    LOG.warn(
        "{}.{}() failed with a network error ({}); retrying once when the connection is back",
        collection,
        operation,
        e.getClass().getSimpleName());
  }

  /** A duplicate key on the {@code _id_} index: an earlier attempt or another writer holds it. */
  static boolean isDuplicateId(ErrorCategory category, String message) {
    return category == ErrorCategory.DUPLICATE_KEY && message != null && message.contains("_id_");
  }
}
