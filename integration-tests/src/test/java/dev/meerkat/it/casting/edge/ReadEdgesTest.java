package dev.meerkat.it.casting.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import dev.meerkat.CastException;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.stream.Stream;
import org.bson.BsonBinary;
import org.bson.BsonBinaryReader;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonObjectId;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DecoderContext;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values at the edges of the cast table, written with the driver alone as another tool would and
 * read through generated models, over both decoders: the fast path over the reply's bytes ({@link
 * Probe}) and the reader path of a schema that keeps unknown keys ({@link LooseProbe}). A value
 * converts only when nothing is lost; anything else is a {@link CastException} naming the model,
 * the {@code _id}, the path, the expected type and the stored BSON type, never another exception.
 */
@MongoTest
class ReadEdgesTest {

  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private ProbeModel probes;
  private LooseProbeModel looseProbes;
  private MongoCollection<BsonDocument> rawProbes;
  private MongoCollection<BsonDocument> rawLooseProbes;

  @BeforeEach
  void open(MongoServer server) {
    var connection = meerkat.connect(server.uri()).join();
    probes = ProbeModel.on(connection);
    looseProbes = LooseProbeModel.on(connection);
    rawProbes = connection.db().getCollection(probes.collectionName(), BsonDocument.class);
    rawLooseProbes =
        connection.db().getCollection(looseProbes.collectionName(), BsonDocument.class);
    rawProbes.deleteMany(new BsonDocument());
    rawLooseProbes.deleteMany(new BsonDocument());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("dev.meerkat.it.casting.edge.ReadEdgeRows#conversions")
  void convertsOnTheFastPath(String key, BsonValue stored, Object expected) throws Exception {
    ObjectId id = insert(rawProbes, key, stored);
    assertEquals(expected, field(probes.findById(id).orElseThrow(), key));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("dev.meerkat.it.casting.edge.ReadEdgeRows#conversions")
  void convertsAlikeOnTheReaderPath(String key, BsonValue stored, Object expected)
      throws Exception {
    ObjectId id = insert(rawLooseProbes, key, stored);
    assertEquals(expected, field(looseProbes.findById(id).orElseThrow(), key));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("dev.meerkat.it.casting.edge.ReadEdgeRows#failures")
  void failsWithACastExceptionOnTheFastPath(
      String key, BsonValue stored, String path, String expectedType, BsonType found) {
    ObjectId id = insert(rawProbes, key, stored);
    check(
        assertThrows(CastException.class, () -> probes.findById(id)),
        "Probe",
        id,
        path,
        expectedType,
        found);
    check(
        assertThrows(
            CastException.class,
            () ->
                probes.aggregate(
                    List.of(new BsonDocument("$match", new BsonDocument())), Probe.class)),
        "Probe",
        id,
        path,
        expectedType,
        found);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("dev.meerkat.it.casting.edge.ReadEdgeRows#failures")
  void failsAlikeOnTheReaderPath(
      String key, BsonValue stored, String path, String expectedType, BsonType found) {
    ObjectId id = insert(rawLooseProbes, key, stored);
    check(
        assertThrows(CastException.class, () -> looseProbes.findById(id)),
        "LooseProbe",
        id,
        path,
        expectedType,
        found);
  }

  static Stream<BsonBinary> binariesThatAreNotUuids() {
    return Stream.of(
        new BsonBinary((byte) 4, new byte[15]),
        new BsonBinary((byte) 3, new byte[8]),
        new BsonBinary((byte) 4, new byte[17]),
        new BsonBinary(new byte[16]));
  }

  /**
   * Through the codecs alone: the embedded server drops the connection on a UUID binary of the
   * wrong length, which a real server stores as it is.
   */
  @ParameterizedTest
  @MethodSource("binariesThatAreNotUuids")
  void aBinaryThatIsNotAUuidFailsOnBothPaths(BsonBinary stored) {
    BsonDocument document =
        new BsonDocument("_id", new BsonObjectId())
            .append("num", new BsonInt32(0))
            .append("big", new BsonInt64(0))
            .append("dbl", new BsonDouble(0))
            .append("flt", new BsonDouble(0))
            .append("uuid", stored);
    ObjectId id = document.getObjectId("_id").getValue();
    RawBsonDocument bytes = new RawBsonDocument(document, new BsonDocumentCodec());
    DecoderContext context = DecoderContext.builder().build();
    check(
        assertThrows(
            CastException.class,
            () ->
                ProbeSchema.INSTANCE
                    .codec()
                    .decode(new BsonBinaryReader(bytes.getByteBuffer().asNIO()), context)),
        "Probe",
        id,
        "uuid",
        "UUID",
        BsonType.BINARY);
    check(
        assertThrows(
            CastException.class,
            () ->
                LooseProbeSchema.INSTANCE
                    .codec()
                    .decode(new BsonDocumentReader(document), context)),
        "LooseProbe",
        id,
        "uuid",
        "UUID",
        BsonType.BINARY);
  }

  private static void check(
      CastException e,
      String model,
      ObjectId id,
      String path,
      String expectedType,
      BsonType found) {
    assertEquals(model, e.modelName(), e.getMessage());
    assertEquals(id, e.documentId(), e.getMessage());
    assertEquals(path, e.path(), e.getMessage());
    assertEquals(expectedType, e.expectedType(), e.getMessage());
    assertEquals(found, e.foundType(), e.getMessage());
  }

  private static ObjectId insert(
      MongoCollection<BsonDocument> collection, String key, BsonValue value) {
    ObjectId id = new ObjectId();
    BsonDocument document =
        new BsonDocument("_id", new BsonObjectId(id))
            .append("num", new BsonInt32(0))
            .append("big", new BsonInt64(0))
            .append("dbl", new BsonDouble(0))
            .append("flt", new BsonDouble(0));
    collection.insertOne(document.append(key, value));
    assertEquals(1, collection.countDocuments(Filters.eq("_id", id)));
    return id;
  }

  private static Object field(Object record, String key) throws Exception {
    return record.getClass().getMethod(key).invoke(record);
  }
}
