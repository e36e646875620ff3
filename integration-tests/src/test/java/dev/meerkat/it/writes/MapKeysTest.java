package dev.meerkat.it.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.meerkat.Connection;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.ValidationError;
import dev.meerkat.ValidationException;
import dev.meerkat.it.SentCommands;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The keys of a {@code Map<String, V>} field are stored as field names: as Mongoose's maps do,
 * Meerkat refuses a key starting with {@code $} or containing {@code .}, and one BSON cannot hold
 * (a NUL character), before anything is sent; every other key round-trips.
 */
@MongoTest
class MapKeysTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final SentCommands sent = new SentCommands();
  private Connection conn;
  private TaggedModel tagged;

  @BeforeEach
  void open(MongoServer server) {
    conn = meerkat.connect(server.uri(), sent.options()).join();
    conn.db().drop();
    tagged = TaggedModel.on(conn);
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private int writes() {
    return sent.named("insert").size() + sent.named("update").size();
  }

  private void assertRefused(String key, String problem, Supplier<?> write) {
    int before = writes();
    ValidationException e = assertThrows(ValidationException.class, write::get);
    assertEquals(
        List.of(
            new ValidationError(
                "labels",
                "Map key `"
                    + key
                    + "` of path `labels` "
                    + problem
                    + "; rename or remove the key before saving.")),
        e.errors());
    assertEquals(before, writes(), "nothing was sent");
  }

  private static Tagged with(String key) {
    return new Tagged(null, "t", Map.of("ok", "1", key, "v"));
  }

  @Test
  void operatorDottedAndNulKeysAreRefusedOnEveryWrite() {
    String operator = "starts with '$', which MongoDB reserves for operators";
    String dotted = "contains '.', which MongoDB reads as a path into a subdocument";
    String nul = "contains a NUL character (\\0), which a BSON field name cannot hold";
    assertRefused("$inc", operator, () -> tagged.create(with("$inc")));
    assertRefused("a.b", dotted, () -> tagged.create(with("a.b")));
    assertRefused(".", dotted, () -> tagged.save(with(".")));
    assertRefused("a\\0b", nul, () -> tagged.create(with("a\0b")));
    assertRefused("$", operator, () -> tagged.insertMany(List.of(with("fine"), with("$"))));
    Tagged stored = tagged.create(with("fine"));
    assertRefused(
        "a.b",
        dotted,
        () ->
            tagged.updateOne(
                TaggedSchema.ID.eq(stored.id()), TaggedSchema.LABELS.set(Map.of("a.b", "v"))));
    assertEquals(1, tagged.countDocuments());
  }

  @Test
  void everyOtherKeyRoundTrips() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String key : List.of("price$", "a$b", "", " ", "_id", "__v", "é", "a-b")) {
      labels.put(key, "v" + labels.size());
    }
    Tagged stored = tagged.create(new Tagged(null, "t", labels));
    assertEquals(labels, tagged.findById(stored.id()).orElseThrow().labels());
    tagged.updateOne(
        TaggedSchema.ID.eq(stored.id()), TaggedSchema.LABELS.set(Map.of("$x$".substring(1), "y")));
    assertEquals(
        new Document("x$", "y"), conn.db().getCollection("taggeds").find().first().get("labels"));
  }

  @Test
  void anExtraFieldWithANulCharacterIsRefusedNamingIt() {
    dev.meerkat.it.LooseModel loose = dev.meerkat.it.LooseModel.on(conn);
    int before = writes();
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> loose.create(new dev.meerkat.it.Loose(null, "n", new Document("a\0b", 1))));
    assertEquals(
        "Loose validation failed: a\\0b: Extra field `a\\0b` contains a NUL character (\\0), which a"
            + " BSON field name cannot hold; rename or remove the key in the @ExtraFields map before"
            + " saving",
        e.getMessage());
    assertEquals(before, writes(), "nothing was sent");
  }
}
