package dev.meerkat.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The embedded server introduces itself as MongoDB 4.4 (wire version 9), the lowest the Node.js
 * driver 7 under Mongoose 9 accepts, in memory and on file, and the Java driver still works with it
 * (interop-tests connects real Mongoose to it).
 */
class EmbeddedWireVersionTest {
  /** The Node.js driver's MIN_SUPPORTED_WIRE_VERSION (mongodb 7.x, under Mongoose 9). */
  private static final int NODE_DRIVER_MINIMUM = 9;

  @ParameterizedTest(name = "persistent = {0}")
  @ValueSource(booleans = {false, true})
  void handshakeReportsMongoDb44(boolean persistent, @TempDir Path directory) {
    try (MongoServer server = MongoServers.startEmbedded(persistent, directory);
        MongoClient client = StopStartTest.quickClient(server)) {
      Document isMaster = client.getDatabase("admin").runCommand(new Document("isMaster", 1));
      int maxWire = isMaster.get("maxWireVersion", Number.class).intValue();
      assertTrue(
          maxWire >= NODE_DRIVER_MINIMUM,
          "maxWireVersion " + maxWire + " is below the Node driver's " + NODE_DRIVER_MINIMUM);
      assertEquals(
          9, maxWire, "not higher than needed: the emulator lacks newer servers' commands");

      Document buildInfo = client.getDatabase("admin").runCommand(new Document("buildInfo", 1));
      assertEquals("4.4.0", buildInfo.getString("version"));
      assertEquals(List.of(4, 4, 0, 0), buildInfo.getList("versionArray", Integer.class));

      MongoCollection<Document> notes =
          client.getDatabase(server.databaseName()).getCollection("notes");
      notes.insertOne(new Document("_id", 1).append("text", "the Java driver still works"));
      assertEquals("the Java driver still works", notes.find().first().getString("text"));
    }
  }
}
