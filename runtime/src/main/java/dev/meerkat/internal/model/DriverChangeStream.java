package dev.meerkat.internal.model;

import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import dev.meerkat.ChangeStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.bson.BsonDocument;
import org.bson.conversions.Bson;

/** A {@link ChangeStream} over the driver's change stream cursor. */
final class DriverChangeStream<T> implements ChangeStream<T> {
  private final MongoChangeStreamCursor<ChangeStreamDocument<T>> cursor;

  DriverChangeStream(MongoChangeStreamCursor<ChangeStreamDocument<T>> cursor) {
    this.cursor = cursor;
  }

  /**
   * Opening a stream of {@code type}'s collection: the cursor is created (the {@code aggregate}
   * sent) when this runs.
   */
  static <T> Function<MongoCollection<T>, ChangeStream<T>> open(
      Class<T> type, List<? extends Bson> pipeline) {
    List<Bson> stages = List.copyOf(Objects.requireNonNull(pipeline, "pipeline == null"));
    return c -> new DriverChangeStream<>(c.watch(stages, type).cursor());
  }

  @Override
  public ChangeStreamDocument<T> next() {
    return cursor.next();
  }

  @Override
  public Optional<ChangeStreamDocument<T>> tryNext() {
    return Optional.ofNullable(cursor.tryNext());
  }

  @Override
  public BsonDocument resumeToken() {
    return cursor.getResumeToken();
  }

  @Override
  public void close() {
    cursor.close();
  }
}
