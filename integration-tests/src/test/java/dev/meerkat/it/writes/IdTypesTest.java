package dev.meerkat.it.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.model.InsertOneModel;
import dev.meerkat.Connection;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.ValidationError;
import dev.meerkat.ValidationException;
import dev.meerkat.it.SentCommands;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An {@code _id} of each supported type round-trips through save, find and delete; an id Meerkat
 * cannot generate (anything but ObjectId and String) must be set before inserting.
 */
@MongoTest
class IdTypesTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final SentCommands sent = new SentCommands();
  private Connection conn;

  @BeforeEach
  void open(MongoServer server) {
    conn = meerkat.connect(server.uri(), sent.options()).join();
    conn.db().drop();
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void everyIdTypeRoundTripsThroughSaveFindAndDelete() {
    UuidKeyedModel uuids = UuidKeyedModel.on(conn);
    UUID uuid = UUID.randomUUID();
    uuids.save(new UuidKeyed(uuid, "a"));
    uuids.save(new UuidKeyed(uuid, "b"));
    assertEquals(List.of(new UuidKeyed(uuid, "b")), uuids.find().list());
    assertEquals(1, uuids.deleteOne(UuidKeyedSchema.ID.eq(uuid)).getDeletedCount());

    LongKeyedModel longs = LongKeyedModel.on(conn);
    longs.save(new LongKeyed(Long.MAX_VALUE, "a"));
    longs.save(new LongKeyed(Long.MAX_VALUE, "b"));
    assertEquals(List.of(new LongKeyed(Long.MAX_VALUE, "b")), longs.find().list());
    assertEquals(new LongKeyed(Long.MAX_VALUE, "b"), longs.findById(Long.MAX_VALUE).orElseThrow());
    assertEquals(1, longs.deleteOne(LongKeyedSchema.ID.eq(Long.MAX_VALUE)).getDeletedCount());

    StringKeyedModel strings = StringKeyedModel.on(conn);
    StringKeyed generated = strings.save(new StringKeyed(null, "a"));
    assertTrue(ObjectId.isValid(generated.id()), generated.id());
    String hex = new ObjectId().toHexString();
    strings.save(new StringKeyed(hex, "b"));
    strings.save(new StringKeyed(hex, "c"));
    assertEquals(
        "c", strings.findById(hex).orElseThrow().name(), "a 24-hex string id stays a string");
    Document raw =
        conn.db().getCollection(strings.collectionName()).find(new Document("_id", hex)).first();
    assertEquals("c", raw.getString("name"));
    assertEquals(2, strings.countDocuments());
    assertEquals(1, strings.deleteOne(StringKeyedSchema.ID.eq(hex)).getDeletedCount());

    EmbeddedKeyedModel embedded = EmbeddedKeyedModel.on(conn);
    EmbeddedKey key = new EmbeddedKey("eu", 1);
    embedded.save(new EmbeddedKeyed(key, "a"));
    embedded.save(new EmbeddedKeyed(key, "b"));
    embedded.save(new EmbeddedKeyed(new EmbeddedKey("eu", 2), "c"));
    assertEquals(new EmbeddedKeyed(key, "b"), embedded.findById(key).orElseThrow());
    assertEquals(
        new Document("region", "eu").append("number", 1),
        conn.db().getCollection(embedded.collectionName()).find().first().get("_id"));
    assertEquals(1, embedded.deleteOne(EmbeddedKeyedSchema.ID.eq(key)).getDeletedCount());
    assertEquals(1, embedded.countDocuments());
  }

  private void assertRefused(String model, String type, Supplier<?> write) {
    int before = sent.named("insert").size() + sent.named("update").size();
    ValidationException e = assertThrows(ValidationException.class, write::get);
    assertEquals(
        List.of(
            new ValidationError(
                "_id",
                "Path `_id` is required: set the "
                    + type
                    + " id of the "
                    + model
                    + " before inserting it (Meerkat generates ObjectId and String ids only, and"
                    + " none with @Schema(id = false)).")),
        e.errors());
    assertEquals(
        before, sent.named("insert").size() + sent.named("update").size(), "nothing was sent");
  }

  @Test
  void anIdMeerkatCannotGenerateIsRequiredOnEveryInsertPath() {
    UuidKeyedModel uuids = UuidKeyedModel.on(conn);
    assertRefused("UuidKeyed", "UUID", () -> uuids.create(new UuidKeyed(null, "a")));
    assertRefused("UuidKeyed", "UUID", () -> uuids.save(new UuidKeyed(null, "a")));
    assertRefused(
        "UuidKeyed",
        "UUID",
        () ->
            uuids.insertMany(
                List.of(new UuidKeyed(UUID.randomUUID(), "ok"), new UuidKeyed(null, "a"))));
    assertRefused(
        "UuidKeyed",
        "UUID",
        () -> uuids.bulkWrite(List.of(new InsertOneModel<>(new UuidKeyed(null, "a")))));
    assertRefused(
        "UuidKeyed",
        "UUID",
        () -> {
          try {
            return uuids.async().create(new UuidKeyed(null, "a")).join();
          } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
          }
        });
    assertRefused(
        "LongKeyed", "Long", () -> LongKeyedModel.on(conn).create(new LongKeyed(null, "a")));
    assertRefused(
        "EmbeddedKeyed",
        "EmbeddedKey",
        () -> EmbeddedKeyedModel.on(conn).create(new EmbeddedKeyed(null, "a")));
    assertEquals(0, uuids.countDocuments(), "nothing was stored");
    uuids.create(new UuidKeyed(UUID.randomUUID(), "set"));
    assertEquals(1, uuids.find().list().size(), "with its id set, the document is inserted");
  }
}
