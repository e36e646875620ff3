package dev.meerkat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.Capability;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import dev.meerkat.testing.RequiresCapability;
import java.time.Instant;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Capped collections, collation and TTL indexes. The embedded server lacks or ignores them, so what
 * Meerkat sends is checked with the driver's CommandListener everywhere, and the behaviour itself
 * where a real mongod is reachable.
 */
@MongoTest
class CollectionOptionsTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void createCollectionSendsCappedAndCollationAndIndexesSendTtl(MongoServer server) {
    SentCommands sent = new SentCommands();
    // autoCreate off, so the create command under test is the explicit one.
    ConnectionOptions options = ConnectionOptions.builder(sent.options()).autoCreate(false).build();
    LogEntryModel logs = LogEntryModel.on(meerkat.connect(server.uri(), options).join());
    try {
      logs.createCollection();
    } catch (RuntimeException embeddedServerHasNoCappedCollections) {
      // Only a real mongod creates capped collections; the command sent is what this test checks.
    }
    BsonDocument create = sent.named("create").get(sent.named("create").size() - 1);
    assertEquals("logentries", create.getString("create").getValue());
    assertTrue(create.getBoolean("capped").getValue());
    assertEquals(4096, create.getNumber("size").longValue());
    assertEquals(3, create.getNumber("max").longValue());
    assertEquals("en_US", create.getDocument("collation").getString("locale").getValue());
    assertEquals(2, create.getDocument("collation").getNumber("strength").intValue());

    logs.createIndexes();
    BsonDocument index = sent.named("createIndexes").get(0).getArray("indexes").get(0).asDocument();
    assertEquals(new BsonDocument("at", new org.bson.BsonInt32(1)), index.getDocument("key"));
    assertEquals(3600, index.getNumber("expireAfterSeconds").longValue());
  }

  @Test
  @RequiresCapability(Capability.CAPPED_COLLECTIONS)
  void cappedCollectionKeepsTheNewestDocuments(MongoServer server) {
    LogEntryModel logs = LogEntryModel.on(meerkat.connect(server.uri()).join());
    logs.connection().dropCollection("logentries");
    logs.createCollection();
    for (int i = 0; i < 5; i++) {
      logs.create(new LogEntry(null, "m" + i, Instant.now()));
    }
    List<String> kept = logs.find().list().stream().map(LogEntry::message).toList();
    assertEquals(List.of("m2", "m3", "m4"), kept);
    Document options =
        logs.connection().db().listCollections().filter(new Document("name", "logentries")).first();
    assertTrue(options.get("options", Document.class).getBoolean("capped"));
  }
}
