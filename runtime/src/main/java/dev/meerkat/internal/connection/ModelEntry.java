package dev.meerkat.internal.connection;

import com.mongodb.client.MongoCollection;
import dev.meerkat.Model;
import dev.meerkat.Schema;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;

/**
 * One model registered on a connection: its schema, collection, the model object, the typed wrapper
 * made of it, and its init per opening. {@link #lock} guards the wrapper and the init fields.
 *
 * @param <T> the mapped type
 */
final class ModelEntry<T> {
  final Schema<T> schema;
  final String collectionName;
  private final ReentrantLock lock = new ReentrantLock();
  private Model<T> model;
  private Object wrapper;
  private int initOpening = -1;
  private CompletableFuture<Void> init;

  /**
   * When this opening's init failed; {@code Long.MAX_VALUE} while it has not (yet) been recorded.
   */
  private long initFailedAt = Long.MAX_VALUE;

  /** The latest opening whose init completed: operations on it need not wait for the init. */
  private volatile int readyOpening = -1;

  private int registryOpening = -1;
  private CodecRegistry registry;

  ModelEntry(Schema<T> schema, String collectionName) {
    this.schema = schema;
    this.collectionName = collectionName;
  }

  void model(Model<T> model) {
    this.model = model;
  }

  Model<T> model() {
    return model;
  }

  /** The wrapper made by {@code wrap} on first call; later calls return the same one. */
  @SuppressWarnings("unchecked") // the wrapper was made by the same schema's generated typed model
  <M extends Model<T>> M wrapper(Function<Model<T>, M> wrap) {
    lock.lock();
    try {
      if (wrapper == null) {
        wrapper = wrap.apply(model);
      }
      return (M) wrapper;
    } finally {
      lock.unlock();
    }
  }

  /**
   * This opening's init, started by {@code start} if it has not been. A failed init is returned to
   * operations issued before it finished (they waited for it); operations issued after it was
   * reported run, as in Mongoose, rather than fail until the connection is reopened.
   *
   * @param issuedNanos when the operation asking was issued ({@link System#nanoTime()})
   */
  CompletableFuture<Void> init(
      int opening, Supplier<CompletableFuture<Void>> start, long issuedNanos) {
    lock.lock();
    try {
      if (initOpening != opening) {
        initOpening = opening;
        initFailedAt = Long.MAX_VALUE;
        CompletableFuture<Void> started = start.get();
        init = started;
        started.whenComplete(
            (ok, error) -> {
              if (error != null) {
                recordFailure(started, System.nanoTime());
              } else {
                ready(opening);
              }
            });
      } else if (init.isCompletedExceptionally() && issuedNanos - initFailedAt > 0) {
        return CompletableFuture.completedFuture(null);
      }
      return init;
    } finally {
      lock.unlock();
    }
  }

  private void ready(int opening) {
    lock.lock();
    try {
      if (opening > readyOpening) {
        readyOpening = opening;
      }
    } finally {
      lock.unlock();
    }
  }

  /** The latest opening whose init has completed, or -1. */
  int readyOpening() {
    return readyOpening;
  }

  private void recordFailure(CompletableFuture<Void> failed, long at) {
    lock.lock();
    try {
      if (init == failed) {
        initFailedAt = at;
      }
    } finally {
      lock.unlock();
    }
  }

  /** The collection as the model sees it: the schema's codec first, then the client's registry. */
  MongoCollection<T> collection(LiveClient live, String database) {
    CodecRegistry codecs;
    lock.lock();
    try {
      if (registryOpening != live.opening() || registry == null) {
        registry =
            CodecRegistries.fromRegistries(
                CodecRegistries.fromCodecs(schema.codec()),
                live.client().getDatabase(database).getCodecRegistry());
        registryOpening = live.opening();
      }
      codecs = registry;
    } finally {
      lock.unlock();
    }
    return live.client()
        .getDatabase(database)
        .getCollection(collectionName, schema.type())
        .withCodecRegistry(codecs);
  }
}
