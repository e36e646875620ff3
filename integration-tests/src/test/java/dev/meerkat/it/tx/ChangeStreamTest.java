package dev.meerkat.it.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import com.mongodb.client.model.changestream.OperationType;
import dev.meerkat.ChangeStream;
import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.it.User;
import dev.meerkat.it.UserModel;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code watch()} against the embedded server with its oplog enabled (mongo-java-server's own
 * change streams, which the shared embedded server leaves off): typed events decoded by the
 * generated codec.
 */
class ChangeStreamTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private SessionServer server;
  private UserModel users;

  @BeforeEach
  void open() {
    server = new SessionServer();
    Connection conn = meerkat.connect(server.uri("streams")).join();
    users = UserModel.on(conn);
    users.deleteMany(Filter.empty());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
    server.close();
  }

  @Test
  void watchDecodesTheFullDocumentWithTheSchemasCodec() {
    try (ChangeStream<User> stream = users.watch()) {
      User ada = users.create(User.of("Ada", "ada@x", 36));
      ChangeStreamDocument<User> event = stream.next();
      assertEquals(OperationType.INSERT, event.getOperationType());
      assertEquals(ada, event.getFullDocument());
    }
  }

  @Test
  void asyncWatchWithAPipeline() {
    try (ChangeStream<User> stream =
        users
            .async()
            .watch(List.of(Aggregates.match(Filters.eq("fullDocument.name", "Bob"))))
            .join()) {
      users.create(User.of("Ada", "ada@x", 36));
      User bob = users.create(User.of("Bob", "bob@x", 20));
      assertEquals(bob, stream.next().getFullDocument(), "the pipeline's $match left Ada out");
    }
  }
}
