package dev.meerkat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.ValidationException;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Extra fields ({@code strict = false}) whose keys MongoDB would read as operators or paths are
 * refused on write.
 */
@MongoTest
class ExtraFieldKeysTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private Connection conn;

  @BeforeEach
  void open(MongoServer server) {
    conn = meerkat.connect(server.uri()).join();
    conn.db().getCollection("looses").drop();
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void anOperatorOrDottedKeyIsRefusedNamingTheKeyAndTheModel() {
    LooseModel model = LooseModel.on(conn);
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> model.create(new Loose(null, "n", new Document("$inc", new Document("n", 1)))));
    assertEquals(
        "Loose validation failed: $inc: Extra field `$inc` starts with '$', which MongoDB reserves for"
            + " operators; rename or remove the key in the @ExtraFields map before saving",
        e.getMessage());
    e =
        assertThrows(
            ValidationException.class,
            () ->
                model.create(
                    new Loose(
                        null, "n", new Document("a.b", 1).append("ok", 2).append("$set", 3))));
    assertEquals(2, e.errors().size());
    assertEquals("a.b", e.errors().get(0).path());
    assertTrue(e.errors().get(0).message().contains("contains '.'"), e.getMessage());
    assertEquals(0, conn.db().getCollection("looses").countDocuments(), "nothing was written");
  }

  @Test
  void keysThatOnlyContainADollarOrAreOrdinaryAreKept() {
    LooseModel model = LooseModel.on(conn);
    Loose saved = model.create(new Loose(null, "n", new Document("price$", 1).append("x", 2)));
    Document raw = conn.db().getCollection("looses").find(new Document("_id", saved.id())).first();
    assertEquals(1, raw.getInteger("price$"));
    assertEquals(2, raw.getInteger("x"));
  }

  @Test
  void aStoredOperatorKeyReadsButCannotBeSavedBackUnnoticed() {
    ObjectId id = new ObjectId();
    conn.db()
        .getCollection("looses")
        .insertOne(
            new Document("_id", id).append("name", "n").append("$set", new Document("x", 1)));
    LooseModel model = LooseModel.on(conn);
    Loose loaded = model.findById(id).orElseThrow();
    assertEquals(new Document("$set", new Document("x", 1)), loaded.extras());
    ValidationException e = assertThrows(ValidationException.class, () -> model.save(loaded));
    assertTrue(
        e.getMessage()
            .startsWith("Loose validation failed: $set: Extra field `$set` starts with '$'"),
        e.getMessage());
    Document extras = new Document(loaded.extras());
    extras.remove("$set");
    model.save(new Loose(id, "fixed", extras));
    assertEquals(
        "fixed",
        conn.db().getCollection("looses").find(new Document("_id", id)).first().getString("name"));
  }
}
