package dev.meerkat;

import com.mongodb.client.model.changestream.ChangeStreamDocument;
import java.util.Optional;
import org.bson.BsonDocument;

/**
 * An open change stream of a model's collection ({@link Model#watch()}): typed change events whose
 * full document is decoded by the schema's codec. Not thread-safe: read it from one thread. Close
 * it to release its server cursor.
 *
 * <pre>{@code
 * try (ChangeStream<User> changes = users.watch()) {
 *   ChangeStreamDocument<User> event = changes.next();
 * }
 * }</pre>
 *
 * @param <T> the mapped type
 */
public interface ChangeStream<T> extends AutoCloseable {

  /** The next event, waiting for one. */
  ChangeStreamDocument<T> next();

  /** The next event if one is ready, without waiting beyond one server round trip. */
  Optional<ChangeStreamDocument<T>> tryNext();

  /** The token to resume after the latest event seen. */
  BsonDocument resumeToken();

  /** Closes the server cursor. */
  @Override
  void close();
}
