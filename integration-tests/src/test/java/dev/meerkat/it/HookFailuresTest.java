package dev.meerkat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Hook;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.PostHookException;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;
import org.bson.BsonObjectId;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Middleware that fails: a {@code pre} hook that throws sends nothing (checked with the driver's
 * CommandListener); a {@code post} hook runs after the write was applied, so its failure is a
 * {@link PostHookException} that says the write is stored (a caller that retried on the hook's own
 * exception would store the document twice, or count an {@code $inc} twice).
 */
@MongoTest
class HookFailuresTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final SentCommands sent = new SentCommands();
  private final IllegalStateException auditDown = new IllegalStateException("audit is down");
  private Connection conn;
  private UserModel users;

  @BeforeEach
  void open(MongoServer server) {
    conn = meerkat.connect(server.uri(), sent.options()).join();
    users = UserModel.on(conn);
    users.deleteMany(Filter.empty());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private void failAfterSave(Object ignored) {
    throw auditDown;
  }

  private static void assertApplied(PostHookException e, String operation, Hook hook) {
    assertTrue(
        e.getMessage().startsWith("Model User: " + operation + "() applied its write"),
        e.getMessage());
    assertTrue(e.getMessage().contains("a post " + hook + " hook failed"), e.getMessage());
    assertTrue(e.getMessage().contains("do not retry"), e.getMessage());
    assertEquals(operation, e.operation());
    assertEquals(hook, e.hook());
  }

  @Test
  void aPostSaveHookThatThrowsReportsTheCreateAsApplied() {
    users.post(Hook.SAVE, this::failAfterSave);
    PostHookException e =
        assertThrows(PostHookException.class, () -> users.create(User.of("Ada", "ada@x", 36)));
    assertApplied(e, "create", Hook.SAVE);
    assertSame(auditDown, e.getCause(), "the hook's own exception is the cause");
    assertEquals(1, sent.named("insert").size(), "one insert was sent");
    assertEquals(1, users.countDocuments(), "and it is stored");
    ObjectId id = users.findOne(UserSchema.NAME.eq("Ada")).orElseThrow().id();
    assertTrue(e.getMessage().contains(id.toHexString()), "names the stored _id: " + e);
  }

  @Test
  void aPostSaveHookThatThrowsReportsTheAsyncCreateAsApplied() {
    users.post(Hook.SAVE, this::failAfterSave);
    CompletionException e =
        assertThrows(
            CompletionException.class,
            () -> users.async().create(User.of("Ada", "ada@x", 36)).join());
    PostHookException cause = assertInstanceOf(PostHookException.class, e.getCause());
    assertApplied(cause, "create", Hook.SAVE);
    assertSame(auditDown, cause.getCause());
    assertEquals(1, users.countDocuments());
  }

  @Test
  void aPostUpdateHookThatThrowsReportsTheIncrementAsApplied() {
    User ada = users.create(User.of("Ada", "ada@x", 36));
    users.postQuery(Hook.UPDATE, this::failAfterSave);
    PostHookException e =
        assertThrows(
            PostHookException.class,
            () -> users.updateOne(UserSchema.ID.eq(ada.id()), UserSchema.AGE.inc(1)));
    assertApplied(e, "updateOne", Hook.UPDATE);
    assertEquals(37, users.findById(ada.id()).orElseThrow().age(), "incremented once");

    CompletionException async =
        assertThrows(
            CompletionException.class,
            () ->
                users.async().updateOne(UserSchema.ID.eq(ada.id()), UserSchema.AGE.inc(1)).join());
    assertApplied(
        assertInstanceOf(PostHookException.class, async.getCause()), "updateOne", Hook.UPDATE);
    assertEquals(38, users.findById(ada.id()).orElseThrow().age());
  }

  @Test
  void aPostInsertManyHookThatThrowsReportsEveryDocumentAsStored() {
    users.post(Hook.INSERT_MANY, this::failAfterSave);
    PostHookException e =
        assertThrows(
            PostHookException.class,
            () -> users.insertMany(List.of(User.of("a", "a@x", 1), User.of("b", "b@x", 2))));
    assertApplied(e, "insertMany", Hook.INSERT_MANY);
    assertEquals(2, users.countDocuments());
  }

  @Test
  void aPostDeleteHookThatThrowsReportsTheDeleteAsApplied() {
    users.create(User.of("Ada", "ada@x", 36));
    users.postQuery(Hook.DELETE, this::failAfterSave);
    PostHookException e =
        assertThrows(PostHookException.class, () -> users.deleteMany(Filter.empty()));
    assertApplied(e, "deleteMany", Hook.DELETE);
    assertEquals(0, users.countDocuments());
  }

  @Test
  void aPostFindHookThatThrowsIsTheHooksOwnException() {
    users.create(User.of("Ada", "ada@x", 36));
    users.postQuery(Hook.FIND, this::failAfterSave);
    // A read changes nothing: the hook's exception reaches the caller as it was thrown.
    assertSame(auditDown, assertThrows(IllegalStateException.class, () -> users.find().list()));
  }

  @Test
  void aPreInsertManyHookRefusingTheLastDocumentSendsNothing() {
    users.pre(
        Hook.INSERT_MANY,
        u -> {
          if (u.name().equals("c")) {
            throw auditDown;
          }
        });
    List<User> batch =
        List.of(User.of("a", "a@x", 1), User.of("b", "b@x", 2), User.of("c", "c@x", 3));
    assertSame(auditDown, assertThrows(IllegalStateException.class, () -> users.insertMany(batch)));
    assertEquals(List.of(), sent.named("insert"), "nothing sent");
    users.insertMany(batch.subList(0, 2));
    assertEquals(1, sent.named("insert").size(), "the boundary: without c the batch goes");
    assertEquals(2, users.countDocuments());
  }

  @Test
  void aFindByIdHookSeesTheIdAsItIsQueried() {
    User ada = users.create(User.of("Ada", "ada@x", 36));
    List<Filter<User>> seen = new CopyOnWriteArrayList<>();
    users.preQuery(Hook.FIND, seen::add).preQuery(Hook.UPDATE, seen::add);
    assertEquals(ada, users.findById(ada.id().toHexString()).orElseThrow());
    users.findByIdAndUpdate(ada.id().toHexString(), UserSchema.AGE.inc(1));
    BsonDocument expected = new BsonDocument("_id", new BsonObjectId(ada.id()));
    assertEquals(2, seen.size());
    for (Filter<User> filter : seen) {
      assertEquals(expected, filter.toBsonDocument(), "the hook sees the _id as sent");
    }
    BsonDocument sentFilter =
        sent.named("find").get(sent.named("find").size() - 1).getDocument("filter");
    assertEquals(expected, sentFilter);
    assertFalse(seen.isEmpty());
  }
}
