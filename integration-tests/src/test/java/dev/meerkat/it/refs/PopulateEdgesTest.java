package dev.meerkat.it.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoCollection;
import dev.meerkat.CastException;
import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.Ref;
import dev.meerkat.it.SentCommands;
import dev.meerkat.it.shapes.Circle;
import dev.meerkat.it.shapes.CircleSchema;
import dev.meerkat.it.shapes.Shape;
import dev.meerkat.it.shapes.ShapeSchema;
import dev.meerkat.it.shapes.Square;
import dev.meerkat.it.shapes.SquareSchema;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.bson.BsonDocument;
import org.bson.BsonObjectId;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Populate over data other tools wrote: references of the wrong BSON type, arrays of references
 * with nulls, duplicates and missing targets, references to a sealed hierarchy's base and to one
 * subtype, thousands of references, and targets that do not cast. Through the real driver and
 * server, with the finds the driver sent.
 */
@MongoTest
class PopulateEdgesTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final SentCommands sent = new SentCommands();
  private Model<Gallery> galleries;
  private Model<Shape> shapes;
  private Model<Circle> circles;
  private Model<Square> squares;
  private MongoCollection<Document> rawGalleries;
  private MongoCollection<Document> rawShapes;

  @BeforeEach
  void open(MongoServer server) {
    Connection conn = meerkat.connect(server.uri(), sent.options()).join();
    galleries = conn.model(GallerySchema.INSTANCE);
    shapes = conn.model(ShapeSchema.INSTANCE);
    circles = conn.model(CircleSchema.INSTANCE);
    squares = conn.model(SquareSchema.INSTANCE);
    galleries.deleteMany(Filter.empty());
    shapes.deleteMany(Filter.empty());
    rawGalleries = conn.db().getCollection("galleries");
    rawShapes = conn.db().getCollection("shapes");
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private List<BsonDocument> findsOn(String collection) {
    return sent.named("find").stream()
        .filter(c -> c.getString("find").getValue().equals(collection))
        .toList();
  }

  private Gallery populatedByName(String name) {
    return galleries
        .find(GallerySchema.NAME.eq(name))
        .populate(GallerySchema.COVER)
        .populate(GallerySchema.ITEMS)
        .populate(GallerySchema.ROUND)
        .first()
        .orElseThrow();
  }

  @Test
  void aReferenceStoredAsAnotherBsonTypeNamesTheModelIdAndPath() {
    ObjectId id = new ObjectId();
    rawGalleries.insertOne(new Document("_id", id).append("name", "bad").append("cover", 1.5));
    CastException e = assertThrows(CastException.class, () -> populatedByName("bad"));
    assertEquals("Gallery", e.modelName());
    assertEquals(id, e.documentId());
    assertEquals("cover", e.path());

    // A denormalised copy of the target, as some tools store it, is not a reference either.
    ObjectId embedded = new ObjectId();
    rawGalleries.insertOne(
        new Document("_id", embedded)
            .append("name", "copy")
            .append("items", List.of(new ObjectId(), new Document("_id", new ObjectId()))));
    CastException inList = assertThrows(CastException.class, () -> populatedByName("copy"));
    assertEquals(embedded, inList.documentId());
    assertEquals("items.1", inList.path());
    assertEquals("Ref", inList.expectedType());
  }

  @Test
  void aListOfReferencesKeepsNullsDuplicatesAndMissingTargetsInPlace() {
    Circle c = circles.create(new Circle(null, "c", 1.0));
    Square s = squares.create(new Square(null, "s", 2.0));
    ObjectId gone = new ObjectId();
    rawGalleries.insertOne(
        new Document("name", "mixed")
            .append("items", Arrays.asList(c.id(), null, s.id(), c.id(), gone, s.id())));
    Gallery g = populatedByName("mixed");
    List<Ref<Shape>> items = g.items();
    assertEquals(6, items.size(), "every stored element keeps its place");
    assertEquals(c, items.get(0).value().orElseThrow());
    assertNull(items.get(1), "a stored null stays null");
    assertEquals(s, items.get(2).value().orElseThrow());
    assertEquals(c, items.get(3).value().orElseThrow());
    assertFalse(items.get(4).isPopulated(), "a missing target stays unpopulated");
    assertEquals(gone, items.get(4).id());
    assertEquals(s, items.get(5).value().orElseThrow());
    List<BsonValue> asked =
        findsOn("shapes")
            .get(0)
            .getDocument("filter")
            .getDocument("_id")
            .getArray("$in")
            .getValues();
    assertEquals(
        List.of(new BsonObjectId(c.id()), new BsonObjectId(s.id()), new BsonObjectId(gone)),
        asked,
        "each distinct id once, nulls skipped");
  }

  @Test
  void aReferenceToTheBasePopulatesEachSubtypeAndOneToASubtypeNeverAnother() {
    Circle c = circles.create(new Circle(null, "c", 1.0));
    Square s = squares.create(new Square(null, "s", 2.0));
    galleries.create(
        new Gallery(null, "typed", Ref.to(s.id()), List.of(Ref.to(c.id()), Ref.to(s.id())), null));
    Gallery g = populatedByName("typed");
    assertInstanceOf(Square.class, g.cover().value().orElseThrow());
    assertInstanceOf(Circle.class, g.items().get(0).value().orElseThrow());
    assertInstanceOf(Square.class, g.items().get(1).value().orElseThrow());

    // A Ref<Circle> that another tool pointed at a square finds nothing: it is no circle.
    rawGalleries.insertOne(new Document("name", "wrong").append("round", s.id()));
    Gallery wrong = populatedByName("wrong");
    assertFalse(wrong.round().isPopulated());
    assertEquals(s.id(), wrong.round().id());
    BsonDocument roundFind = findsOn("shapes").get(findsOn("shapes").size() - 1);
    assertTrue(roundFind.getDocument("filter").toJson().contains("__t"), roundFind.toJson());
  }

  @Test
  void thousandsOfReferencesLoadWithOneFindAndKeepTheirOrder() {
    List<Circle> many = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      many.add(new Circle(null, "c" + i, i));
    }
    List<Circle> stored = circles.insertMany(many);
    List<Ref<Shape>> refs = new ArrayList<>();
    for (int i = stored.size() - 1; i >= 0; i--) {
      refs.add(Ref.to(stored.get(i).id()));
    }
    galleries.create(new Gallery(null, "big", null, refs, null));
    int before = findsOn("shapes").size();
    Gallery g = populatedByName("big");
    assertEquals(3000, g.items().size());
    for (int i = 0; i < 3000; i++) {
      Circle expected = stored.get(2999 - i);
      assertSame(Circle.class, g.items().get(i).value().orElseThrow().getClass(), "item " + i);
      assertEquals(expected, g.items().get(i).value().orElseThrow(), "item " + i);
    }
    assertEquals(before + 1, findsOn("shapes").size(), "one $in find");
  }

  @Test
  void moreThanTenThousandReferencesLoadInBatchesAndKeepTheirOrder() {
    List<Circle> many = new ArrayList<>();
    for (int i = 0; i < 10_001; i++) {
      many.add(new Circle(null, "c" + i, i));
    }
    List<Circle> stored = circles.insertMany(many);
    List<Ref<Shape>> refs = new ArrayList<>();
    for (int i = stored.size() - 1; i >= 0; i--) {
      refs.add(Ref.to(stored.get(i).id()));
    }
    galleries.create(new Gallery(null, "huge", null, refs, null));
    int before = findsOn("shapes").size();
    Gallery g = populatedByName("huge");
    assertEquals(10_001, g.items().size());
    for (int i = 0; i < 10_001; i++) {
      assertEquals(stored.get(10_000 - i), g.items().get(i).value().orElseThrow(), "item " + i);
    }
    List<BsonDocument> finds = findsOn("shapes").subList(before, findsOn("shapes").size());
    assertEquals(2, finds.size(), "10,000 ids to a find");
    assertEquals(
        10_000, finds.get(0).getDocument("filter").getDocument("_id").getArray("$in").size());
    assertEquals(1, finds.get(1).getDocument("filter").getDocument("_id").getArray("$in").size());

    Gallery async =
        galleries
            .find(GallerySchema.NAME.eq("huge"))
            .populate(GallerySchema.ITEMS)
            .firstAsync()
            .join()
            .orElseThrow();
    for (int i = 0; i < 10_001; i++) {
      assertEquals(g.items().get(i).value(), async.items().get(i).value(), "async item " + i);
    }
  }

  @Test
  void aTargetThatDoesNotCastNamesTheTargetModelItsIdAndPath() {
    ObjectId broken = new ObjectId();
    rawShapes.insertOne(
        new Document("_id", broken)
            .append("__t", "Circle")
            .append("name", "x")
            .append("radius", "wide"));
    galleries.create(new Gallery(null, "broken", Ref.to(broken), List.of(), null));
    CastException e = assertThrows(CastException.class, () -> populatedByName("broken"));
    assertEquals("Shape", e.modelName(), "the model the reference reads through");
    assertEquals(broken, e.documentId());
    assertEquals("radius", e.path());

    CompletionException async =
        assertThrows(
            CompletionException.class,
            () ->
                galleries
                    .find(GallerySchema.NAME.eq("broken"))
                    .populate(GallerySchema.COVER)
                    .listAsync()
                    .join());
    CastException cause = assertInstanceOf(CastException.class, async.getCause());
    assertEquals(broken, cause.documentId());
  }

  @Test
  void populateBeforeAProjectionIsRefusedRatherThanDropped() {
    Circle c = circles.create(new Circle(null, "c", 1.0));
    galleries.create(new Gallery(null, "projected", Ref.to(c.id()), List.of(), null));
    int finds = sent.named("find").size();
    UnsupportedOperationException e =
        assertThrows(
            UnsupportedOperationException.class,
            () ->
                galleries
                    .find(GallerySchema.NAME.eq("projected"))
                    .populate(GallerySchema.COVER)
                    .project(GalleryCover.class));
    assertTrue(
        e.getMessage().contains("GalleryCover") && e.getMessage().contains("Gallery"),
        e.getMessage());
    assertEquals(finds, sent.named("find").size(), "nothing sent");
    // The boundary: without populate the projection reads its reference, unpopulated.
    GalleryCover read =
        galleries
            .find(GallerySchema.NAME.eq("projected"))
            .project(GalleryCover.class)
            .first()
            .orElseThrow();
    assertEquals(c.id(), read.cover().id());
    assertFalse(read.cover().isPopulated());
  }
}
