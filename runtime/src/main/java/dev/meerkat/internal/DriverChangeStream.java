package dev.meerkat.internal;

import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import dev.meerkat.ChangeStream;
import java.util.Optional;
import org.bson.BsonDocument;

/** A {@link ChangeStream} over the driver's change stream cursor. */
final class DriverChangeStream<T> implements ChangeStream<T> {
  private final MongoChangeStreamCursor<ChangeStreamDocument<T>> cursor;

  DriverChangeStream(MongoChangeStreamCursor<ChangeStreamDocument<T>> cursor) {
    this.cursor = cursor;
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
