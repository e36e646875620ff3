package dev.meerkat.it.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mongodb.client.MongoCollection;
import dev.meerkat.CastException;
import dev.meerkat.Connection;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import org.bson.BsonType;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A subtype's document that does not cast, read through the base model of a sealed hierarchy, is a
 * {@link CastException} naming the model read, the {@code _id} and the path, as any other read.
 */
@MongoTest
class DiscriminatorCastTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private ShapeModel shapes;
  private CircleModel circles;
  private MongoCollection<Document> raw;

  @BeforeEach
  void open(MongoServer server) {
    Connection conn = meerkat.connect(server.uri()).join();
    shapes = ShapeModel.on(conn);
    circles = CircleModel.on(conn);
    raw = conn.db().getCollection("shapes");
    raw.deleteMany(new Document());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void aSubtypeFieldThatDoesNotCastIsACastExceptionThroughTheBaseModel() {
    ObjectId id = new ObjectId();
    raw.insertOne(
        new Document("_id", id).append("__t", "Circle").append("name", "c").append("radius", "r"));
    CastException e = assertThrows(CastException.class, () -> shapes.find().list());
    assertEquals("Shape", e.modelName(), e.getMessage());
    assertEquals(id, e.documentId(), e.getMessage());
    assertEquals("radius", e.path(), e.getMessage());
    assertEquals("Double", e.expectedType(), e.getMessage());
    assertEquals(BsonType.STRING, e.foundType(), e.getMessage());
    CastException bySubtype = assertThrows(CastException.class, () -> circles.find().list());
    assertEquals("Circle", bySubtype.modelName(), bySubtype.getMessage());
    assertEquals("radius", bySubtype.path(), bySubtype.getMessage());
  }

  @Test
  void aSubtypeFieldThatCastsWithoutLossReadsThroughTheBaseModel() {
    raw.insertOne(
        new Document("_id", new ObjectId())
            .append("__t", "sq")
            .append("name", "s")
            .append("side", "2.5"));
    assertEquals(2.5, ((Square) shapes.find().first().orElseThrow()).side());
  }
}
