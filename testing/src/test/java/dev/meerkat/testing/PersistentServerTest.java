package dev.meerkat.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A persistent server keeps documents across stop/start, and across a new process on the same file.
 */
@MongoTest(persistent = true)
class PersistentServerTest {

  @Test
  @RequiresCapability(Capability.STOP_START)
  void documentSurvivesStopAndStart(MongoServer server) {
    try (MongoClient client = StopStartTest.quickClient(server)) {
      MongoCollection<Document> notes =
          client.getDatabase(server.databaseName()).getCollection("notes");
      notes.insertOne(new Document("_id", "kept").append("text", "survives a restart"));

      server.stop();
      server.start();

      Document found = notes.find(new Document("_id", "kept")).first();
      assertNotNull(found, "the document written before stop() must still be there");
      assertEquals("survives a restart", found.getString("text"));
    }
  }

  @Test
  void dataFileOutlivesTheServerThatWroteIt(@TempDir Path directory) {
    String database;
    try (MongoServer first = MongoServers.startEmbedded(true, directory);
        MongoClient client = StopStartTest.quickClient(first)) {
      database = first.databaseName();
      client.getDatabase(database).getCollection("notes").insertOne(new Document("_id", 7));
    }
    try (MongoServer second = MongoServers.startEmbedded(true, directory);
        MongoClient client = StopStartTest.quickClient(second)) {
      assertEquals(
          1,
          client
              .getDatabase(database)
              .getCollection("notes")
              .countDocuments(new Document("_id", 7)));
    }
  }
}
