package dev.meerkat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.FindOneAndDeleteOptions;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import dev.meerkat.ChangeStream;
import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatException;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.ValidationException;
import dev.meerkat.testing.Capability;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import dev.meerkat.testing.RequiresCapability;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rest of Mongoose's model API (findByIdAndUpdate, distinct, bulkWrite, watch ...), sync and
 * async.
 */
@MongoTest
class ModelApiTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final SentCommands sent = new SentCommands();
  private UserModel users;

  @BeforeEach
  void open(MongoServer server) {
    Connection conn = meerkat.connect(server.uri(), sent.options()).join();
    users = UserModel.on(conn);
    users.deleteMany(Filter.empty());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private static Throwable cause(Throwable e) {
    return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
  }

  @Test
  void findByIdAndUpdateReturnsBeforeUnlessAfterIsAsked() {
    User ada = users.create(User.of("Ada", "ada@x", 36));
    assertEquals(
        36,
        users.findByIdAndUpdate(ada.id(), UserSchema.AGE.inc(1)).orElseThrow().age(),
        "before, by default");
    assertEquals(
        38,
        users
            .findByIdAndUpdate(
                ada.id().toHexString(),
                UserSchema.AGE.inc(1),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))
            .orElseThrow()
            .age(),
        "after, hex id cast");
    assertEquals(
        Optional.empty(),
        users.findByIdAndUpdate(new ObjectId(), UserSchema.AGE.inc(1)),
        "unknown id");
    assertEquals(38, users.findById(ada.id()).orElseThrow().age(), "an unknown id changed nothing");
    NullPointerException e =
        assertThrows(
            NullPointerException.class, () -> users.findByIdAndUpdate(null, UserSchema.AGE.inc(1)));
    assertEquals("id == null", e.getMessage());
  }

  @Test
  void findAndDeleteReturnTheDeletedDocument() {
    User ada = users.create(User.of("Ada", "ada@x", 36));
    User bob = users.create(User.of("Bob", "bob@x", 20));
    assertEquals(ada, users.findByIdAndDelete(ada.id()).orElseThrow());
    assertEquals(Optional.empty(), users.findByIdAndDelete(ada.id()), "already deleted");
    assertEquals(Optional.empty(), users.findOneAndDelete(UserSchema.NAME.eq("nobody")));
    assertEquals(
        bob,
        users.findOneAndDelete(UserSchema.AGE.lt(30), new FindOneAndDeleteOptions()).orElseThrow());
    assertEquals(0, users.countDocuments());
    assertThrows(NullPointerException.class, () -> users.findByIdAndDelete(null));
  }

  @Test
  void findOneAndReplaceValidatesAndReturnsBeforeOrAfter() {
    User ada = users.create(User.of("Ada", "ada@x", 36));
    User grace = new User(ada.id(), "Grace", "grace@x", 40, Role.ADMIN, null, List.of(), Map.of());
    assertEquals(ada, users.findOneAndReplace(UserSchema.ID.eq(ada.id()), grace).orElseThrow());
    User lin = new User(ada.id(), "Lin", "lin@x", 41, Role.GUEST, null, List.of(), Map.of());
    assertEquals(
        lin,
        users
            .findOneAndReplace(
                UserSchema.ID.eq(ada.id()),
                lin,
                new FindOneAndReplaceOptions().returnDocument(ReturnDocument.AFTER))
            .orElseThrow());
    assertEquals(Optional.empty(), users.findOneAndReplace(UserSchema.NAME.eq("nobody"), lin));
    int before = sent.named("findAndModify").size();
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> users.findOneAndReplace(UserSchema.ID.eq(ada.id()), User.of("x", "x@x", -1)));
    assertTrue(e.getMessage().contains("a"), e.getMessage());
    assertEquals(before, sent.named("findAndModify").size(), "an invalid replacement is not sent");
    assertEquals(lin, users.findById(ada.id()).orElseThrow());
  }

  @Test
  void distinctDecodesThePathsType() {
    users.insertMany(
        List.of(User.of("a", "a@x", 10), User.of("b", "b@x", 20), User.of("a", "a2@x", 20)));
    assertEquals(
        List.of("a", "b"),
        users.distinct(UserSchema.NAME, Filter.empty()).stream().sorted().toList());
    List<Integer> ages = users.distinct(UserSchema.AGE, UserSchema.NAME.eq("a"));
    assertEquals(List.of(10, 20), ages.stream().sorted().toList(), "int stored under key `a`");
    assertEquals(List.of(), users.distinct(UserSchema.NAME, UserSchema.AGE.gt(99)));
    int before = sent.named("distinct").size();
    MeerkatException e =
        assertThrows(MeerkatException.class, () -> users.distinct(UserSchema.ROLE, Filter.empty()));
    assertTrue(
        e.getMessage().contains("`role`")
            && e.getMessage().contains("Role")
            && e.getMessage().contains("aggregate"),
        e.getMessage());
    MeerkatException nested =
        assertThrows(
            MeerkatException.class,
            () -> users.distinct(UserSchema.ADDRESS.city(), Filter.empty()));
    assertTrue(nested.getMessage().contains("`address.city`"), nested.getMessage());
    assertEquals(
        before, sent.named("distinct").size(), "an undecodable path is refused before sending");
  }

  @Test
  void bulkWritePreparesEveryWriteAndRefusesAnInvalidOneBeforeSending() {
    User ada = users.create(User.of("Ada", "ada@x", 36));
    ObjectId bobId = new ObjectId();
    List<WriteModel<User>> writes =
        List.of(
            new InsertOneModel<>(
                new User(bobId, "Bob", "bob@x", 20, Role.MEMBER, null, List.of(), Map.of())),
            new UpdateOneModel<>(UserSchema.ID.eq(ada.id()), UserSchema.AGE.inc(1)),
            new ReplaceOneModel<>(
                UserSchema.NAME.eq("Bob"),
                new User(bobId, "Bobby", "bobby@x", 21, Role.MEMBER, null, List.of(), Map.of())),
            new DeleteOneModel<>(UserSchema.NAME.eq("nobody")));
    BulkWriteResult result = users.bulkWrite(writes);
    assertEquals(1, result.getInsertedCount());
    assertEquals(2, result.getModifiedCount());
    assertEquals(37, users.findById(ada.id()).orElseThrow().age());
    assertEquals(List.of(), users.find(UserSchema.EMAIL.eq("bob@x")).list(), "replaced");
    assertEquals("Bobby", users.findById(bobId).orElseThrow().name());
    assertTrue(
        sent.named("insert").get(1).getArray("documents").get(0).asDocument().containsKey("__v"),
        "the bulk insert is prepared as create prepares it");

    int inserts = sent.named("insert").size();
    int updates = sent.named("update").size();
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                users.bulkWrite(
                    List.of(
                        new InsertOneModel<>(User.of("ok", "ok@x", 1)),
                        new InsertOneModel<>(User.of(null, "bad@x", 1)))));
    assertTrue(e.getMessage().contains("name"), e.getMessage());
    assertEquals(inserts, sent.named("insert").size(), "nothing of an invalid bulk is sent");
    assertEquals(updates, sent.named("update").size());
    assertFalse(users.exists(UserSchema.EMAIL.eq("ok@x")));

    BulkWriteResult empty = users.bulkWrite(List.of());
    assertEquals(0, empty.getInsertedCount() + empty.getModifiedCount() + empty.getDeletedCount());
    assertEquals(
        inserts, sent.named("insert").size(), "an empty bulk sends nothing (Mongoose's behaviour)");
    assertThrows(NullPointerException.class, () -> users.bulkWrite(null));
  }

  @Test
  void estimatedDocumentCountCountsTheCollection() {
    assertEquals(0, users.estimatedDocumentCount());
    users.insertMany(List.of(User.of("a", "a@x", 1), User.of("b", "b@x", 2)));
    assertEquals(2, users.estimatedDocumentCount());
    assertEquals(2L, users.async().estimatedDocumentCount().join());
  }

  @Test
  void asyncApi() {
    User ada = users.async().create(User.of("Ada", "ada@x", 36)).join();
    assertEquals(
        36,
        users
            .async()
            .findByIdAndUpdate(ada.id(), UserSchema.AGE.inc(1))
            .join()
            .orElseThrow()
            .age());
    assertEquals(
        38,
        users
            .async()
            .findByIdAndUpdate(
                ada.id(),
                UserSchema.AGE.inc(1),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))
            .join()
            .orElseThrow()
            .age());
    assertEquals(
        Optional.empty(),
        users.async().findByIdAndUpdate(new ObjectId(), UserSchema.AGE.inc(1)).join());
    assertInstanceOf(
        NullPointerException.class,
        cause(
            assertThrows(
                CompletionException.class, () -> users.async().findByIdAndDelete(null).join())));
    User grace = new User(ada.id(), "Grace", "g@x", 40, Role.ADMIN, null, List.of(), Map.of());
    assertEquals(
        38,
        users
            .async()
            .findOneAndReplace(UserSchema.ID.eq(ada.id()), grace)
            .join()
            .orElseThrow()
            .age());
    assertInstanceOf(
        ValidationException.class,
        cause(
            assertThrows(
                CompletionException.class,
                () ->
                    users
                        .async()
                        .findOneAndReplace(UserSchema.ID.eq(ada.id()), User.of(null, "n@x", 1))
                        .join())));
    assertEquals(List.of("Grace"), users.async().distinct(UserSchema.NAME, Filter.empty()).join());
    assertInstanceOf(
        MeerkatException.class,
        cause(
            assertThrows(
                CompletionException.class,
                () -> users.async().distinct(UserSchema.ROLE, Filter.empty()).join())));
    assertEquals(
        1,
        users
            .async()
            .bulkWrite(List.of(new InsertOneModel<>(User.of("b", "b@x", 1))))
            .join()
            .getInsertedCount());
    assertEquals(0, users.async().bulkWrite(List.of()).join().getInsertedCount());
    int inserts = sent.named("insert").size();
    assertInstanceOf(
        ValidationException.class,
        cause(
            assertThrows(
                CompletionException.class,
                () ->
                    users
                        .async()
                        .bulkWrite(List.of(new InsertOneModel<>(User.of("c", "c@x", 200))))
                        .join())));
    assertEquals(inserts, sent.named("insert").size(), "an invalid async bulk is not sent");
    assertEquals(grace, users.async().findByIdAndDelete(ada.id()).join().orElseThrow());
    assertEquals(
        Optional.empty(), users.async().findOneAndDelete(UserSchema.ID.eq(ada.id())).join());
  }

  @Test
  void watchSendsAChangeStreamAggregate() {
    // The embedded server may not implement change streams; either way the $changeStream stage is
    // sent.
    try (ChangeStream<User> stream = users.watch(List.of())) {
      assertTrue(stream.tryNext().isEmpty(), "no change yet");
    } catch (MongoException e) {
      assertTrue(
          e.getMessage() != null && !e.getMessage().isBlank(),
          "the server's error reaches the caller");
    }
    assertTrue(
        sent.named("aggregate").stream()
            .anyMatch(c -> c.getArray("pipeline").get(0).asDocument().containsKey("$changeStream")),
        "a $changeStream aggregate is sent");
  }

  @Test
  @RequiresCapability(Capability.CHANGE_STREAMS)
  void watchDecodesTypedEvents() {
    try (ChangeStream<User> stream = users.watch()) {
      User ada = users.create(User.of("Ada", "ada@x", 36));
      ChangeStreamDocument<User> event = stream.next();
      assertEquals(
          ada, event.getFullDocument(), "the full document decoded by the generated codec");
    }
    try (ChangeStream<User> stream = users.async().watch().join()) {
      users.deleteMany(Filter.empty());
      assertEquals("delete", stream.next().getOperationTypeString());
    }
  }
}
