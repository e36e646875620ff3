package dev.meerkat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Without {@code @Version}, Meerkat never lowers the {@code __v} another writer (Mongoose) stored:
 * {@code save} and {@code replaceOne} keep it, and a new document starts at 0.
 */
@MongoTest
class VersionKeyTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private Connection conn;
  private UserModel users;

  @BeforeEach
  void open(MongoServer server) {
    conn = meerkat.connect(server.uri()).join();
    users = UserModel.on(conn);
    users.deleteMany(Filter.empty());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private Document raw(ObjectId id) {
    return conn.db().getCollection("users").find(new Document("_id", id)).first();
  }

  /** A user as Mongoose would have left it after three saves that bumped the version. */
  private User atVersionThree() {
    User ada = users.create(User.of("Ada", "ada@x", 36));
    conn.db()
        .getCollection("users")
        .updateOne(new Document("_id", ada.id()), new Document("$set", new Document("__v", 3)));
    return ada;
  }

  @Test
  void saveKeepsTheStoredVersion() {
    User ada = atVersionThree();
    users.save(new User(ada.id(), "Ada L", "ada@x", 37, Role.ADMIN, null, List.of("x"), Map.of()));
    Document stored = raw(ada.id());
    assertEquals(3, stored.getInteger("__v"), "not lowered to 0");
    assertEquals("Ada L", stored.getString("name"));
    assertEquals(37, stored.getInteger("a"));
  }

  @Test
  void replaceOneKeepsTheStoredVersion() {
    User ada = atVersionThree();
    users.replaceOne(
        UserSchema.ID.eq(ada.id()),
        new User(ada.id(), "R", "ada@x", 1, Role.GUEST, null, List.of(), Map.of()));
    assertEquals(3, raw(ada.id()).getInteger("__v"));
    assertEquals("R", raw(ada.id()).getString("name"));
  }

  @Test
  void aSavedNewDocumentWithAClientIdStartsAtZero() {
    ObjectId id = new ObjectId();
    users.save(new User(id, "New", "new@x", 1, Role.MEMBER, null, List.of(), Map.of()));
    assertEquals(0, raw(id).getInteger("__v"));
    assertEquals("New", users.findById(id).orElseThrow().name());
  }
}
