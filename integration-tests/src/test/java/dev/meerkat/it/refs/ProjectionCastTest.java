package dev.meerkat.it.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoCollection;
import dev.meerkat.CastException;
import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Hook;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.it.Address;
import dev.meerkat.it.repo.Account;
import dev.meerkat.it.repo.AccountName;
import dev.meerkat.it.repo.AccountRepositoryImpl;
import dev.meerkat.it.repo.AccountSchema;
import dev.meerkat.it.shapes.Circle;
import dev.meerkat.it.shapes.CircleSchema;
import dev.meerkat.it.shapes.Square;
import dev.meerkat.it.shapes.SquareSchema;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Projection records reading documents other tools wrote: a value that does not cast is a {@link
 * CastException} naming the projected model, the document's {@code _id} and the path, as a full
 * read would; a subtype's projection reads that subtype only.
 */
@MongoTest
class ProjectionCastTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private Model<Account> accounts;
  private MongoCollection<Document> raw;
  private Connection conn;

  @BeforeEach
  void open(MongoServer server) {
    conn = meerkat.connect(server.uri()).join();
    accounts = conn.model(AccountSchema.INSTANCE);
    accounts.deleteMany(Filter.empty());
    raw = conn.db().getCollection("accounts");
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void aValueThatDoesNotCastNamesTheModelTheIdAndThePath() {
    ObjectId id = new ObjectId();
    raw.insertOne(
        new Document("_id", id)
            .append("name", "Ada")
            .append("address", new Document("street", "1 Main").append("zip", List.of(1))));
    CastException e =
        assertThrows(CastException.class, () -> accounts.find().project(AccountName.class).list());
    assertEquals("address.zip", e.path());
    assertEquals(id, e.documentId(), e.getMessage());
    assertEquals("Account", e.modelName(), e.getMessage());
    assertTrue(e.getMessage().contains("(_id: " + id + ")"), e.getMessage());

    CompletionException async =
        assertThrows(
            CompletionException.class,
            () -> accounts.find().project(AccountName.class).listAsync().join());
    assertEquals(id, ((CastException) async.getCause()).documentId());
  }

  @Test
  void aProjectionReadsWhatAFullReadReads() {
    raw.insertOne(
        new Document("name", 42)
            .append("address", new Document("street", "1 Main").append("zip", 7)));
    AccountName read = accounts.find().project(AccountName.class).first().orElseThrow();
    assertEquals(new AccountName("42", new Address("1 Main", null, "7")), read);
    Account full = accounts.find().first().orElseThrow();
    assertEquals(full.name(), read.name());
    assertEquals(full.address(), read.address());
  }

  @Test
  void aSubtypesProjectionReadsThatSubtypeOnly() {
    Model<Circle> circles = conn.model(CircleSchema.INSTANCE);
    Model<Square> squares = conn.model(SquareSchema.INSTANCE);
    circles.deleteMany(Filter.empty());
    circles.create(new Circle(null, "c", 1.5));
    squares.create(new Square(null, "s", 2.0));
    assertEquals(
        List.of(new CircleName("c", 1.5)), circles.find().project(CircleName.class).list());
  }

  @Test
  void aProjectedReadRunsTheFindHooksAsAFullReadDoes() {
    accounts.create(Account.of("Ada", 36, dev.meerkat.it.Role.ADMIN, "London"));
    List<String> calls = new CopyOnWriteArrayList<>();
    accounts
        .preQuery(Hook.FIND, f -> calls.add("pre " + f.toBsonDocument().toJson()))
        .postQuery(Hook.FIND, f -> calls.add("post"));
    Filter<Account> london = AccountSchema.ADDRESS.city().eq("London");
    assertEquals(1, accounts.find(london).project(AccountName.class).list().size());
    String pre = "pre " + london.toBsonDocument().toJson();
    assertEquals(List.of(pre, "post"), calls, "as Mongoose's find().select() runs find hooks");
    calls.clear();
    accounts.find(london).project(AccountName.class).firstAsync().join();
    AccountRepositoryImpl.on(conn).findByAddressCity("London");
    assertEquals(List.of(pre, "post", pre, "post"), calls, "async and repositories too");

    // A pre FIND hook that refuses stops the projected read, as it stops a full one.
    accounts.preQuery(
        Hook.FIND,
        f -> {
          throw new IllegalStateException("reads are off");
        });
    assertThrows(
        IllegalStateException.class, () -> accounts.find().project(AccountName.class).list());
  }
}
