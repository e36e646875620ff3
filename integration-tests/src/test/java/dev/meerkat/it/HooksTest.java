package dev.meerkat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.ConfigurationException;
import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Hook;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.ValidationException;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Middleware: pre/post hooks, their order, aborting, the async thread, and useDb children. */
@MongoTest
class HooksTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final SentCommands sent = new SentCommands();
  private final List<String> calls = new CopyOnWriteArrayList<>();
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

  @Test
  void documentHooksRunInRegistrationOrderAroundValidationAndTheWrite() {
    users
        .pre(Hook.SAVE, u -> calls.add("pre save 1 " + u.name() + " id=" + u.id()))
        .pre(Hook.SAVE, u -> calls.add("pre save 2"))
        .post(Hook.SAVE, u -> calls.add("post save id set=" + (u.id() != null)))
        .pre(Hook.VALIDATE, u -> calls.add("pre validate"))
        .post(Hook.VALIDATE, u -> calls.add("post validate"));
    users.create(User.of("Ada", "ada@x", 36));
    assertEquals(
        List.of(
            "pre validate",
            "post validate",
            "pre save 1 Ada id=null",
            "pre save 2",
            "post save id set=true"),
        calls);

    calls.clear();
    assertThrows(ValidationException.class, () -> users.create(User.of(null, "bad@x", 1)));
    assertEquals(List.of("pre validate"), calls, "an invalid document stops after pre validate");
  }

  @Test
  void aThrowingPreHookAbortsWithNothingSent() {
    IllegalStateException refused = new IllegalStateException("no Bob");
    users
        .pre(
            Hook.SAVE,
            u -> {
              if (u.name().equals("Bob")) {
                throw refused;
              }
            })
        .post(Hook.SAVE, u -> calls.add("post " + u.name()));
    int inserts = sent.named("insert").size();
    assertSame(
        refused,
        assertThrows(IllegalStateException.class, () -> users.create(User.of("Bob", "bob@x", 1))));
    assertEquals(inserts, sent.named("insert").size(), "nothing sent");
    assertEquals(List.of(), calls, "no post hook after an abort");
    users.create(User.of("Ada", "ada@x", 1));
    assertEquals(List.of("post Ada"), calls, "the boundary: another document passes");
    assertEquals(inserts + 1, sent.named("insert").size());

    CompletionException async =
        assertThrows(
            CompletionException.class,
            () -> users.async().create(User.of("Bob", "b2@x", 1)).join());
    assertSame(refused, async.getCause());
    assertEquals(inserts + 1, sent.named("insert").size(), "nothing sent by the async call either");
    assertFalse(users.exists(UserSchema.NAME.eq("Bob")));
  }

  @Test
  void queryHooksReceiveTheFilterAndRunWhenTheQueryRuns() {
    users.create(User.of("Ada", "ada@x", 36));
    List<Filter<User>> seen = new CopyOnWriteArrayList<>();
    users.preQuery(Hook.FIND, seen::add).postQuery(Hook.FIND, f -> calls.add("post find"));
    Filter<User> byName = UserSchema.NAME.eq("Ada");
    var query = users.find(byName);
    assertEquals(List.of(), seen, "building a query runs no hook");
    assertEquals(1, query.list().size());
    assertEquals(List.of(byName), seen);
    assertEquals(List.of("post find"), calls);

    users.preQuery(
        Hook.DELETE,
        f -> {
          throw new IllegalArgumentException("deletes are off");
        });
    int deletes = sent.named("delete").size();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> users.deleteMany(byName));
    assertEquals("deletes are off", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> users.findByIdAndDelete(users.findOne(byName).orElseThrow().id()));
    assertEquals(deletes, sent.named("delete").size(), "no delete sent");
    assertTrue(users.exists(byName));

    users.preQuery(Hook.UPDATE, f -> calls.add("pre update " + (f == byName)));
    users.updateOne(byName, UserSchema.AGE.inc(1));
    assertTrue(calls.contains("pre update true"), calls.toString());
  }

  @Test
  void asyncHooksRunOffTheCallersThread() {
    Thread caller = Thread.currentThread();
    List<Thread> threads = new CopyOnWriteArrayList<>();
    users
        .pre(Hook.SAVE, u -> threads.add(Thread.currentThread()))
        .post(Hook.SAVE, u -> threads.add(Thread.currentThread()))
        .preQuery(Hook.FIND, f -> threads.add(Thread.currentThread()));
    User ada = users.async().create(User.of("Ada", "ada@x", 36)).join();
    assertEquals(ada, users.async().findById(ada.id()).join().orElseThrow());
    assertEquals(3, threads.size());
    threads.forEach(t -> assertNotEquals(caller, t, "hooks run on the connection's executor"));
  }

  @Test
  void insertManyHooksSeeEachDocument() {
    users
        .pre(Hook.INSERT_MANY, u -> calls.add("pre " + u.name()))
        .post(Hook.INSERT_MANY, u -> calls.add("post " + u.name()));
    users.insertMany(List.of(User.of("a", "a@x", 1), User.of("b", "b@x", 2)));
    assertEquals(List.of("pre a", "pre b", "post a", "post b"), calls);
  }

  @Test
  void aHookOfTheWrongKindIsAClearError() {
    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> users.pre(Hook.UPDATE, u -> {}));
    assertTrue(
        e.getMessage().contains("UPDATE is a query hook")
            && e.getMessage().contains("preQuery(Hook.UPDATE"),
        e.getMessage());
    ConfigurationException q =
        assertThrows(ConfigurationException.class, () -> users.postQuery(Hook.SAVE, f -> {}));
    assertTrue(
        q.getMessage().contains("SAVE is a document hook")
            && q.getMessage().contains("post(Hook.SAVE"),
        q.getMessage());
    assertThrows(NullPointerException.class, () -> users.pre(Hook.SAVE, null));
  }

  @Test
  void hooksApplyToTheSameSchemasModelsOnUseDbConnections() {
    users.pre(Hook.SAVE, u -> calls.add("pre " + u.name()));
    UserModel other = UserModel.on(conn.useDb(conn.name() + "_hooks"));
    other.deleteMany(Filter.empty());
    User inOther = other.create(User.of("Tenant", "t@x", 1));
    assertEquals(
        List.of("pre Tenant"), calls, "a hook registered on the base runs for its useDb child");
    other.post(Hook.SAVE, u -> calls.add("post " + u.name()));
    users.create(User.of("Base", "base@x", 1));
    assertEquals(
        List.of("pre Tenant", "pre Base", "post Base"),
        calls,
        "and one registered on the child runs for the base");
    assertNotNull(inOther.id());
    assertFalse(users.exists(UserSchema.NAME.eq("Tenant")), "the child wrote to its own database");
    other.deleteMany(Filter.empty());
  }
}
