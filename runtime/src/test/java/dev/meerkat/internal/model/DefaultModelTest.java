package dev.meerkat.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.Sort;
import dev.meerkat.ValidationException;
import dev.meerkat.internal.connection.Person;
import dev.meerkat.internal.connection.PersonSchema;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The model runtime against a real server through a real connection, with a hand-written schema.
 */
@MongoTest
class DefaultModelTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private Model<Person> people;

  @BeforeEach
  void open(MongoServer server) {
    Connection conn = meerkat.connect(server.uri()).join();
    people = conn.model(PersonSchema.INSTANCE);
    people.deleteMany(Filter.empty());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void createAssignsAnIdOnTheClientAndStoresTheDocument() {
    Person ada = people.create(new Person(null, "Ada", 36));
    assertNotNull(ada.id());
    assertEquals(ada, people.findById(ada.id()).orElseThrow());
    assertEquals(
        ada,
        people.findById(ada.id().toHexString()).orElseThrow(),
        "hex strings are cast to ObjectId");
  }

  @Test
  void validationFailsBeforeAnythingIsWrittenAndListsEveryPath() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> people.create(new Person(null, null, -1)));
    assertEquals(List.of("name", "age"), e.errors().stream().map(v -> v.path()).toList());
    assertEquals(
        "Person validation failed: name: Path `name` is required., "
            + "age: Path `age` (-1) is less than minimum allowed value (0).",
        e.getMessage());
    assertThrows(
        ValidationException.class,
        () -> people.insertMany(List.of(new Person(null, "ok", 1), new Person(null, null, 1))));
    assertEquals(
        0, people.countDocuments(), "an invalid document anywhere in a batch writes nothing");
  }

  @Test
  void queriesSortLimitSkipProjectAndStream() {
    people.insertMany(
        List.of(new Person(null, "c", 3), new Person(null, "a", 1), new Person(null, "b", 2)));
    assertEquals(
        List.of("a", "b"),
        people.find().sort(PersonSchema.NAME.asc()).limit(2).list().stream()
            .map(Person::name)
            .toList());
    assertEquals(
        List.of("b", "a"),
        people.find(PersonSchema.AGE.lt(3)).sort(Sort.raw(Sorts.descending("age"))).list().stream()
            .map(Person::name)
            .toList());
    assertEquals(
        "c", people.find().sort(PersonSchema.NAME.asc()).skip(2).first().orElseThrow().name());
    Person projected =
        people
            .find(PersonSchema.NAME.eq("a"))
            .projection(new Document("name", 1))
            .first()
            .orElseThrow();
    assertEquals(0, projected.age(), "a field left out by the projection decodes as its default");
    try (Stream<Person> stream = people.find().sort(PersonSchema.AGE.desc()).stream()) {
      assertEquals("c,b,a", stream.map(Person::name).collect(Collectors.joining(",")));
    }
    assertTrue(people.exists(PersonSchema.NAME.eq("b")));
    assertFalse(people.exists(PersonSchema.NAME.eq("z")));
    assertEquals(2, people.countDocuments(PersonSchema.AGE.gte(2)));
  }

  @Test
  void updatesReplacesDeletesAndFindOneAndUpdate() {
    Person a = people.create(new Person(null, "a", 1));
    people.create(new Person(null, "b", 2));
    assertEquals(
        1,
        people.updateOne(PersonSchema.NAME.eq("a"), PersonSchema.AGE.inc(10)).getModifiedCount());
    assertEquals(11, people.findById(a.id()).orElseThrow().age());
    assertEquals(2, people.updateMany(Filter.empty(), PersonSchema.AGE.inc(1)).getModifiedCount());
    Person before =
        people.findOneAndUpdate(PersonSchema.NAME.eq("b"), PersonSchema.AGE.set(50)).orElseThrow();
    assertEquals(3, before.age(), "Mongoose's default returns the document before the update");
    Person after =
        people
            .findOneAndUpdate(
                PersonSchema.NAME.eq("b"),
                PersonSchema.AGE.set(60),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))
            .orElseThrow();
    assertEquals(60, after.age());
    assertEquals(
        1,
        people
            .replaceOne(PersonSchema.NAME.eq("a"), new Person(a.id(), "a2", 7))
            .getModifiedCount());
    assertEquals("a2", people.findById(a.id()).orElseThrow().name());
    Person saved = people.save(new Person(a.id(), "a3", 8));
    assertEquals(saved, people.findById(a.id()).orElseThrow());
    Person inserted = people.save(new Person(null, "new", 1));
    assertNotNull(inserted.id(), "save without an id inserts");
    assertEquals(1, people.deleteOne(PersonSchema.NAME.eq("a3")).getDeletedCount());
    assertEquals(2, people.deleteMany(Filter.empty()).getDeletedCount());
  }

  @Test
  void uniqueIndexViolationIsTheDriversError() {
    people.createIndexes();
    people.create(new Person(null, "same", 1));
    MongoWriteException e =
        assertThrows(MongoWriteException.class, () -> people.create(new Person(null, "same", 2)));
    assertEquals(11000, e.getCode());
    assertTrue(people.listIndexes().stream().anyMatch(i -> "name_1".equals(i.getString("name"))));
  }

  @Test
  void syncIndexesDropsUndeclaredIndexes() {
    people.createIndexes();
    people.connection().collection(people.collectionName()).createIndex(new Document("age", 1));
    assertEquals(List.of("age_1"), people.syncIndexes());
    assertEquals(
        List.of("_id_", "name_1"),
        people.listIndexes().stream().map(i -> i.getString("name")).sorted().toList());
  }

  @Test
  void aggregateDecodesDocumentsAndTheModelsOwnType() {
    people.insertMany(List.of(new Person(null, "a", 1), new Person(null, "b", 2)));
    List<Document> sum =
        people.aggregate(
            List.of(
                new Document(
                    "$group",
                    new Document("_id", null).append("total", new Document("$sum", "$age")))),
            Document.class);
    assertEquals(3, ((Number) sum.get(0).get("total")).intValue());
    List<Person> sorted =
        people.aggregate(List.of(new Document("$sort", new Document("age", -1))), Person.class);
    assertEquals("b", sorted.get(0).name());
  }

  @Test
  void asyncOperationsCompleteAndValidationFailsTheFuture() {
    Person p = people.async().create(new Person(null, "async", 5)).join();
    assertEquals(p, people.async().findById(p.id()).join().orElseThrow());
    assertEquals(1L, people.async().countDocuments(PersonSchema.NAME.eq("async")).join());
    assertEquals(List.of(p), people.async().find(Filter.empty()).join());
    var failed = people.async().create(new Person(null, null, 1));
    Throwable cause = assertThrows(Exception.class, failed::join).getCause();
    assertTrue(cause instanceof ValidationException, String.valueOf(cause));
    assertEquals(1L, people.async().deleteMany(Filter.empty()).join().getDeletedCount());
  }

  @Test
  void idsAreObjectIds() {
    Person p = people.create(new Person(null, "x", 1));
    Document raw = people.connection().db().getCollection("people").find().first();
    assertTrue(raw.get("_id") instanceof ObjectId);
    assertEquals(p.id(), raw.get("_id"));
  }
}
