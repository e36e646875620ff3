package dev.meerkat.it.casting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import dev.meerkat.CastException;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.bson.BsonObjectId;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A write that returns the document it changed ({@code findOneAndUpdate}, {@code
 * findOneAndReplace}, {@code findOneAndDelete}) applies the write before the returned document is
 * read. When that document cannot be read, the {@link CastException} says the write was applied
 * ({@link CastException#appliedWrite()}), so that the caller does not retry and apply it twice. A
 * read alone reports no write. Through the real driver and server.
 */
@MongoTest
class AppliedWriteCastTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private ReadingModel readings;
  private MongoCollection<BsonDocument> raw;
  private final ObjectId id = new ObjectId();

  @BeforeEach
  void open(MongoServer server) {
    readings = ReadingModel.on(meerkat.connect(server.uri()).join());
    raw = readings.connection().db().getCollection(readings.collectionName(), BsonDocument.class);
    raw.deleteMany(new BsonDocument());
    // Another tool stored 12.7 in the int field `count`: reading it into Reading fails.
    BsonDocument stored = BsonDocument.parse("{count: 12.7, label: 'a', qty: 1}");
    stored.put("_id", new BsonObjectId(id));
    raw.insertOne(stored);
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private BsonDocument stored() {
    return raw.find(new BsonDocument("_id", new BsonObjectId(id))).first();
  }

  private void assertAppliedBy(String operation, CastException e) {
    assertEquals(Optional.of(operation), e.appliedWrite());
    assertTrue(
        e.getMessage().startsWith("`" + operation + "()` applied its write"), e.getMessage());
    assertTrue(e.getMessage().contains("Do not retry"), e.getMessage());
    assertTrue(e.getMessage().contains("Cast to Integer failed for value 12.7"), e.getMessage());
    assertEquals("count", e.path());
    assertEquals("Reading", e.modelName());
    assertEquals(id, e.documentId());
    CastException read = assertInstanceOf(CastException.class, e.getCause());
    assertEquals(Optional.empty(), read.appliedWrite(), "the cause is the read's own failure");
  }

  @Test
  void findOneAndUpdateSaysItsUpdateWasApplied() {
    CastException e =
        assertThrows(
            CastException.class,
            () ->
                readings.findOneAndUpdate(
                    ReadingSchema.ID.eq(id), ReadingSchema.LABEL.set("updated")));
    assertAppliedBy("findOneAndUpdate", e);
    assertEquals("updated", stored().getString("label").getValue(), "the update is stored");
  }

  @Test
  void findOneAndUpdateReturningTheNewDocumentSaysSoToo() {
    CastException e =
        assertThrows(
            CastException.class,
            () ->
                readings.findByIdAndUpdate(
                    id,
                    ReadingSchema.LABEL.set("after"),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
    assertAppliedBy("findOneAndUpdate", e);
    assertEquals("after", stored().getString("label").getValue());
  }

  @Test
  void findOneAndDeleteSaysTheDocumentIsGone() {
    CastException e =
        assertThrows(CastException.class, () -> readings.findOneAndDelete(ReadingSchema.ID.eq(id)));
    assertAppliedBy("findOneAndDelete", e);
    assertNull(stored(), "the delete is applied");
  }

  @Test
  void findOneAndReplaceSaysTheReplacementIsStored() {
    Reading replacement =
        new Reading(
            id,
            3,
            null,
            null,
            null,
            null,
            null,
            "replaced",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            Set.of(),
            Map.of(),
            2);
    CastException e =
        assertThrows(
            CastException.class,
            () ->
                readings.findOneAndReplace(
                    ReadingSchema.ID.eq(id), replacement, new FindOneAndReplaceOptions()));
    assertAppliedBy("findOneAndReplace", e);
    assertEquals("replaced", stored().getString("label").getValue());
    assertEquals(3, stored().getInt32("count").getValue());
  }

  @Test
  void theAsyncFindOneAndUpdateSaysSo() {
    CompletionException wrapped =
        assertThrows(
            CompletionException.class,
            () ->
                readings
                    .async()
                    .findOneAndUpdate(ReadingSchema.ID.eq(id), ReadingSchema.LABEL.set("async"))
                    .orTimeout(30, TimeUnit.SECONDS)
                    .join());
    assertAppliedBy("findOneAndUpdate", assertInstanceOf(CastException.class, wrapped.getCause()));
    assertEquals("async", stored().getString("label").getValue());
  }

  @Test
  void theAsyncFindOneAndDeleteSaysSo() {
    CompletionException wrapped =
        assertThrows(
            CompletionException.class,
            () ->
                readings
                    .async()
                    .findOneAndDelete(ReadingSchema.ID.eq(id))
                    .orTimeout(30, TimeUnit.SECONDS)
                    .join());
    assertAppliedBy("findOneAndDelete", assertInstanceOf(CastException.class, wrapped.getCause()));
    assertNull(stored());
  }

  @Test
  void aReadAloneReportsNoWrite() {
    CastException e = assertThrows(CastException.class, () -> readings.findById(id));
    assertEquals(Optional.empty(), e.appliedWrite());
    assertTrue(e.getMessage().startsWith("Cast to Integer failed"), e.getMessage());
    assertNull(e.getCause());
  }

  @Test
  void aWriteThatMatchesNothingReadsNothingAndFailsNothing() {
    assertEquals(
        Optional.empty(),
        readings.findOneAndUpdate(
            ReadingSchema.ID.eq(new ObjectId()), ReadingSchema.LABEL.set("x")));
    assertEquals("a", stored().getString("label").getValue(), "the stored document is untouched");
  }

  @Test
  void afterWriteKeepsTheFieldsAndNamesTheReadAsItsCause() {
    CastException read =
        new CastException("Reading", id, "count", "Integer", org.bson.BsonType.DOUBLE, "12.7");
    CastException applied = read.afterWrite("findOneAndUpdate");
    assertSame(read, applied.getCause());
    assertEquals("Integer", applied.expectedType());
    assertEquals(org.bson.BsonType.DOUBLE, applied.foundType());
    assertEquals("12.7", applied.value());
    assertThrows(NullPointerException.class, () -> read.afterWrite(null));
  }
}
