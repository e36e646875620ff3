package dev.meerkat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mongodb.MongoBulkWriteException;
import dev.meerkat.Connection;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An ordered {@code insertMany} that fails midway (a unique index) reports where it stopped: the
 * error's index names the failing document, and exactly the ones before it are stored.
 */
@MongoTest
class InsertManyOutcomeTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private Connection conn;
  private UserModel users;

  @BeforeEach
  void open(MongoServer server) {
    conn = meerkat.connect(server.uri()).join();
    conn.db().drop();
    users = UserModel.on(conn);
    users.init(); // the unique index on email
    users.create(User.of("taken", "dup@x", 1));
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private List<String> storedEmails() {
    return users.find().sort(UserSchema.NAME.asc()).list().stream().map(User::email).toList();
  }

  private static void assertReports(MongoBulkWriteException e) {
    assertEquals(1, e.getWriteErrors().size());
    assertEquals(1, e.getWriteErrors().get(0).getIndex(), "the second document failed");
    assertEquals(11000, e.getWriteErrors().get(0).getCode());
    // not getWriteResult().getInsertedCount(): the embedded server counts every document sent (3),
    // a real mongod only those stored (1); the index is what both report alike
  }

  @Test
  void aDuplicateInTheMiddleStopsTheBatchAndSaysWhere() {
    MongoBulkWriteException e =
        assertThrows(
            MongoBulkWriteException.class,
            () ->
                users.insertMany(
                    List.of(
                        User.of("a", "a@x", 1), User.of("b", "dup@x", 1), User.of("c", "c@x", 1))));
    assertReports(e);
    assertEquals(List.of("a@x", "dup@x"), storedEmails());
  }

  @Test
  void theAsyncBatchReportsTheSame() {
    CompletionException e =
        assertThrows(
            CompletionException.class,
            () ->
                users
                    .async()
                    .insertMany(
                        List.of(
                            User.of("a", "a@x", 1),
                            User.of("b", "dup@x", 1),
                            User.of("c", "c@x", 1)))
                    .join());
    assertReports((MongoBulkWriteException) e.getCause());
    assertEquals(List.of("a@x", "dup@x"), storedEmails());
  }
}
