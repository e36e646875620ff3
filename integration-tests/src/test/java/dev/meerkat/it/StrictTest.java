package dev.meerkat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.meerkat.Connection;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mongoose's {@code strict}: unknown keys of stored documents are dropped, or kept with {@code
 * strict = false}.
 */
@MongoTest
class StrictTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private Connection conn;

  @BeforeEach
  void open(MongoServer server) {
    conn = meerkat.connect(server.uri()).join();
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void strictDropsUnknownKeysWhenTheDocumentIsSavedBack() {
    ObjectId id = new ObjectId();
    conn.db()
        .getCollection("stricts")
        .insertOne(new Document("_id", id).append("name", "n").append("legacy", 1));
    StrictModel model = StrictModel.on(conn);
    Strict loaded = model.findById(id).orElseThrow();
    model.save(new Strict(loaded.id(), "renamed"));
    Document raw = conn.db().getCollection("stricts").find().first();
    assertEquals("renamed", raw.getString("name"));
    assertFalse(raw.containsKey("legacy"), "strict drops keys the schema does not declare");
  }

  @Test
  void nonStrictKeepsUnknownKeysAndWritesThemBack() {
    ObjectId id = new ObjectId();
    conn.db()
        .getCollection("looses")
        .insertOne(
            new Document("_id", id)
                .append("name", "n")
                .append("legacy", 1)
                .append("nested", new Document("k", "v")));
    LooseModel model = LooseModel.on(conn);
    Loose loaded = model.findById(id).orElseThrow();
    assertEquals(
        new Document("legacy", 1).append("nested", new Document("k", "v")), loaded.extras());
    model.save(new Loose(loaded.id(), "renamed", loaded.extras()));
    Document raw = conn.db().getCollection("looses").find().first();
    assertEquals("renamed", raw.getString("name"));
    assertEquals(1, raw.getInteger("legacy"));
    assertEquals("v", raw.get("nested", Document.class).getString("k"));
  }
}
