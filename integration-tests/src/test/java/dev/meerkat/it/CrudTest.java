package dev.meerkat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoWriteException;
import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.ValidationException;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every CRUD method of a generated model, with typed paths, against a real server. */
@MongoTest
class CrudTest {
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

  @Test
  void typedModelIsRegisteredOncePerConnection() {
    assertTrue(users == UserModel.on(conn), "on() returns the model already registered");
    assertEquals(List.of("User"), conn.modelNames());
    assertEquals("users", users.collectionName());
  }

  @Test
  void createFindAndGeneratedFinders() {
    User ada =
        users.create(
            new User(
                null,
                "Ada",
                "ada@example.com",
                36,
                Role.ADMIN,
                new Address("1 Loop Rd", "London", "N1"),
                List.of("math", "code"),
                Map.of("logins", 3)));
    assertNotNull(ada.id(), "_id is assigned on the client");
    assertEquals(ada, users.findById(ada.id()).orElseThrow());
    assertEquals(ada, users.findByEmail("ada@example.com").orElseThrow());
    assertEquals(ada, users.findOne(UserSchema.ADDRESS.city().eq("London")).orElseThrow());
    assertEquals(ada, users.findOne(UserSchema.TAGS.contains("code")).orElseThrow());
    assertEquals(ada, users.findOne(UserSchema.COUNTERS.key("logins").gte(3)).orElseThrow());
    assertEquals(ada, users.findOne(UserSchema.ROLE.eq(Role.ADMIN)).orElseThrow());
    assertEquals(ada, users.findOne(UserSchema.AGE.gt(30)).orElseThrow());
    Document raw = conn.db().getCollection("users").find().first();
    assertEquals(36, raw.getInteger("a"), "@Field(\"a\") is the stored key");
    assertEquals("ADMIN", raw.getString("role"), "enums are stored by name");
    assertEquals(0, raw.getInteger("__v"), "Mongoose's version key");
  }

  @Test
  void queriesAndUpdatesWithTypedPaths() {
    users.insertMany(
        List.of(User.of("c", "c@x", 30), User.of("a", "a@x", 10), User.of("b", "b@x", 20)));
    assertEquals(
        List.of("a", "b"),
        users.find(UserSchema.AGE.lt(25)).sort(UserSchema.NAME.asc()).list().stream()
            .map(User::name)
            .toList());
    assertEquals(3, users.countDocuments());
    assertTrue(users.exists(UserSchema.NAME.in("a", "zz")));
    users.updateOne(UserSchema.NAME.eq("a"), UserSchema.AGE.inc(5));
    users.updateMany(UserSchema.AGE.gte(0), UserSchema.TAGS.push("all"));
    User a = users.findByEmail("a@x").orElseThrow();
    assertEquals(15, a.age());
    assertEquals(List.of("all"), a.tags());
    users.replaceOne(
        UserSchema.ID.eq(a.id()),
        new User(a.id(), "a2", "a@x", 16, Role.GUEST, null, List.of(), Map.of()));
    assertEquals("a2", users.findById(a.id()).orElseThrow().name());
    assertEquals(
        "a2",
        users
            .findOneAndUpdate(UserSchema.ID.eq(a.id()), UserSchema.NAME.set("a3"))
            .orElseThrow()
            .name());
    assertEquals(1, users.deleteOne(UserSchema.NAME.eq("a3")).getDeletedCount());
    List<Document> byRole =
        users.aggregate(
            List.of(
                new Document(
                    "$group", new Document("_id", "$role").append("n", new Document("$sum", 1)))),
            Document.class);
    assertEquals(2, byRole.get(0).getInteger("n"));
    assertEquals(2, users.deleteMany(Filter.empty()).getDeletedCount());
    assertFalse(users.exists(Filter.empty()));
  }

  @Test
  void uniqueIndexViolation() {
    users.createIndexes();
    users.create(User.of("a", "same@x", 1));
    MongoWriteException e =
        assertThrows(MongoWriteException.class, () -> users.create(User.of("b", "same@x", 2)));
    assertEquals(11000, e.getCode());
  }

  @Test
  void validationFailureListsEveryPathAndWritesNothing() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                users.create(
                    new User(
                        null,
                        null,
                        "v@x",
                        200,
                        Role.MEMBER,
                        new Address(null, "x", "y"),
                        List.of(),
                        Map.of())));
    assertEquals(
        List.of("name", "age", "address.street"), e.errors().stream().map(v -> v.path()).toList());
    assertTrue(
        e.getMessage().startsWith("User validation failed: name: Path `name` is required."),
        e.getMessage());
    assertEquals(0, users.countDocuments());
  }

  @Test
  void asyncApi() {
    User u = users.async().create(User.of("async", "async@x", 1)).join();
    assertEquals(u, users.async().findOne(UserSchema.EMAIL.eq("async@x")).join().orElseThrow());
  }
}
