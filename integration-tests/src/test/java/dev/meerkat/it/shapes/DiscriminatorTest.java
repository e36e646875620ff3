package dev.meerkat.it.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoCollection;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.meerkat.CastException;
import dev.meerkat.Connection;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.ValidationException;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sealed @Schema hierarchies as Mongoose's discriminators, through the real driver and server: one
 * collection, {@code __t} per subtype, base queries return every subtype, subtype models filter.
 */
@MongoTest
class DiscriminatorTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private Connection conn;
  private ShapeModel shapes;
  private CircleModel circles;
  private SquareModel squares;
  private MongoCollection<Document> raw;

  @BeforeEach
  void open(MongoServer server) {
    conn = meerkat.connect(server.uri()).join();
    shapes = ShapeModel.on(conn);
    circles = CircleModel.on(conn);
    squares = SquareModel.on(conn);
    raw = conn.db().getCollection("shapes");
    raw.deleteMany(new Document());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void subtypesShareTheBaseCollection() {
    assertEquals("shapes", shapes.collectionName());
    assertEquals("shapes", circles.collectionName());
    assertEquals("shapes", squares.collectionName());
    assertEquals("payments", CashModel.on(conn).collectionName());
  }

  @Test
  void baseModelQueriesReturnEachSubtypeAsItsOwnRecord() {
    Circle circle = (Circle) shapes.create(new Circle(null, "c", 2.0));
    Square square = squares.create(new Square(null, "s", 3.0));

    List<Shape> all = shapes.find().sort(ShapeSchema.ID.asc()).list();
    assertEquals(List.of(circle, square), all);
    assertInstanceOf(Circle.class, all.get(0));
    assertInstanceOf(Square.class, all.get(1));
    assertEquals(square, shapes.findById(square.id()).orElseThrow());
    assertEquals(2, shapes.countDocuments());

    assertEquals("Circle", raw.find(new Document("_id", circle.id())).first().getString("__t"));
    assertEquals("sq", raw.find(new Document("_id", square.id())).first().getString("__t"));
  }

  @Test
  void subtypeModelsReadCountUpdateAndDeleteOnlyTheirOwnDocuments() {
    Circle circle = circles.create(new Circle(null, "same", 1.0));
    Square square = squares.create(new Square(null, "same", 1.0));

    assertEquals(List.of(circle), circles.find().list());
    assertEquals(1, circles.countDocuments(CircleSchema.NAME.eq("same")));
    assertTrue(
        circles.findById(square.id()).isEmpty(), "a square is not found through the circle model");
    assertEquals(
        1,
        squares
            .updateMany(SquareSchema.NAME.eq("same"), SquareSchema.SIDE.set(5.0))
            .getModifiedCount());
    assertEquals(1.0, circles.findById(circle.id()).orElseThrow().radius());
    assertEquals(1, circles.deleteMany(Filter.empty()).getDeletedCount());
    assertEquals(List.of(new Square(square.id(), "same", 5.0)), shapes.find().list());
    assertEquals(0, circles.aggregate(List.of(new Document("$count", "n")), Document.class).size());
  }

  @Test
  void subtypeModelsSendTheirDiscriminatorInEveryFilterAndTheBaseSendsNone(MongoServer server) {
    List<BsonDocument> sent = new CopyOnWriteArrayList<>();
    CommandListener listener =
        new CommandListener() {
          @Override
          public void commandStarted(CommandStartedEvent event) {
            sent.add(event.getCommand().clone());
          }
        };
    Connection watched =
        meerkat.createConnection(
            server.uri(),
            ConnectionOptions.builder()
                .driverSettings(b -> b.addCommandListener(listener))
                .build());
    CircleModel watchedCircles = CircleModel.on(watched);
    watchedCircles.find(CircleSchema.NAME.eq("x")).list();
    watchedCircles.updateOne(CircleSchema.NAME.eq("x"), CircleSchema.RADIUS.set(1.0));
    watchedCircles.deleteMany(CircleSchema.NAME.eq("x"));
    ShapeModel.on(watched).find(ShapeSchema.NAME.eq("x")).list();

    BsonDocument scoped = BsonDocument.parse("{$and: [{__t: 'Circle'}, {name: 'x'}]}");
    List<BsonDocument> finds = sent.stream().filter(c -> c.containsKey("find")).toList();
    assertEquals(scoped, finds.get(0).getDocument("filter"));
    assertEquals(
        BsonDocument.parse("{name: 'x'}"),
        finds.get(1).getDocument("filter"),
        "the base filters nothing");
    BsonDocument update =
        sent.stream().filter(c -> c.containsKey("update")).findFirst().orElseThrow();
    assertEquals(scoped, update.getArray("updates").get(0).asDocument().getDocument("q"));
    BsonDocument delete =
        sent.stream().filter(c -> c.containsKey("delete")).findFirst().orElseThrow();
    assertEquals(scoped, delete.getArray("deletes").get(0).asDocument().getDocument("q"));
  }

  @Test
  void documentsWrittenByOtherToolsAreReadByTheirDiscriminator() {
    ObjectId c = new ObjectId();
    ObjectId s = new ObjectId();
    raw.insertMany(
        List.of(
            new Document("_id", c)
                .append("__t", "Circle")
                .append("name", "legacy")
                .append("radius", 4.5),
            new Document("_id", s)
                .append("name", "legacy")
                .append("side", 2.0)
                .append("__t", "sq")));

    List<Shape> all = shapes.find(ShapeSchema.NAME.eq("legacy")).list();
    all.sort(Comparator.comparing(shape -> shape instanceof Circle ? 0 : 1));
    assertEquals(List.of(new Circle(c, "legacy", 4.5), new Square(s, "legacy", 2.0)), all);
    assertEquals(1, circles.countDocuments());
  }

  @Test
  void aDocumentOfNoKnownSubtypeFailsNamingTheModelAndTheValues() {
    ObjectId id = new ObjectId();
    raw.insertOne(new Document("_id", id).append("__t", "Triangle"));
    CastException error = assertThrows(CastException.class, () -> shapes.find().list());
    assertEquals(
        "Cast to Shape subtype (__t one of [Circle, sq]) failed for value \"Triangle\" (type"
            + " string) at path \"__t\" for model \"Shape\" (_id: "
            + id.toHexString()
            + ")",
        error.getMessage());
    assertEquals(id, error.documentId());
    assertEquals(
        error.getMessage(),
        assertThrows(CastException.class, () -> shapes.findById(id)).getMessage());
    assertEquals(0, circles.find().list().size(), "the subtype model never sees it");
  }

  @Test
  void savingThroughTheBaseValidatesWithTheSubtypesRules() {
    ValidationException error =
        assertThrows(ValidationException.class, () -> shapes.create(new Circle(null, "bad", -1)));
    assertEquals("radius", error.errors().get(0).path());
    assertEquals(0, raw.countDocuments());
  }

  @Test
  void embeddedShapesKeepTheirTypes() {
    DrawingModel drawings = DrawingModel.on(conn);
    drawings.deleteMany(Filter.empty());
    Drawing drawing =
        drawings.create(
            new Drawing(
                null,
                new Square(new ObjectId(), "main", 1.0),
                List.of(
                    new Circle(new ObjectId(), "a", 1.0), new Square(new ObjectId(), "b", 2.0))));

    assertEquals(drawing, drawings.findById(drawing.id()).orElseThrow());
    Document stored = conn.db().getCollection("drawings").find().first();
    assertEquals("sq", stored.get("main", Document.class).getString("__t"));
    assertEquals("Circle", stored.getList("shapes", Document.class).get(0).getString("__t"));
  }

  @Test
  void aConfiguredKeyAndAnAbstractClassBaseWithInheritedFields() {
    PaymentModel payments = PaymentModel.on(conn);
    CashModel cash = CashModel.on(conn);
    payments.deleteMany(Filter.empty());
    Card card = new Card();
    card.last4 = "4242";
    card.setCents(1999);
    Cash coins = new Cash();
    coins.currency = "EUR";
    coins.setCents(250);
    payments.insertMany(List.of(card, coins));

    Document stored =
        conn.db().getCollection("payments").find(new Document("kind", "card")).first();
    assertEquals(1999L, stored.getLong("cents"));
    assertNull(stored.get("__t"));
    List<Payment> all =
        payments.find(PaymentSchema.CENTS.gt(100L)).sort(PaymentSchema.CENTS.asc()).list();
    assertEquals(List.of(Cash.class, Card.class), all.stream().map(Object::getClass).toList());
    assertEquals(250L, all.get(0).getCents());
    assertEquals(List.of("EUR"), cash.find().list().stream().map(c -> c.currency).toList());
  }
}
