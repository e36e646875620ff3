package dev.meerkat.internal.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.internal.options.ClientSettingsFactory;
import dev.meerkat.internal.options.ResolvedSettings;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The debug log against a real server: what slf4j-simple writes (it writes to the current
 * System.err, or System.out when configured so; both are captured).
 */
@MongoTest
class DebugCommandLoggerTest {

  @Test
  void logsCollectionCommandFilterOptionsAndDurationWithSecretsRedacted(MongoServer server) {
    AtomicBoolean debug = new AtomicBoolean(true);
    DebugCommandLogger logger = new DebugCommandLogger(debug::get, Set.of("ssn"));
    String log =
        captured(
            () ->
                withClient(
                    server,
                    logger,
                    users -> {
                      users.insertOne(
                          new Document("name", "ann")
                              .append("password", "hunter2secret")
                              .append(
                                  "profile",
                                  new Document("ssn", "123-45-6789").append("city", "Oslo")));
                      users.find(Filters.eq("name", "ann")).limit(1).first();
                      users.updateOne(
                          Filters.eq("name", "ann"), Updates.set("profile.token", "tok-abc-123"));
                    }));
    System.out.println(log); // kept in the surefire output file, to read the format

    assertTrue(log.contains("dev.meerkat.debug"), log);
    assertTrue(
        log.contains(".users.find(") || log.contains("users.find({\"name\": \"ann\"})"), log);
    assertTrue(log.contains("users.find({\"name\": \"ann\"}) {"), log);
    assertTrue(log.contains("\"limit\": 1"), log);
    assertTrue(log.contains("users.insert([{"), log);
    assertTrue(log.contains("\"city\": \"Oslo\""), log);
    assertTrue(log.contains("users.update("), log);
    assertTrue(log.matches("(?s).*users\\.find\\(.*\\) \\{.*\\} \\d+ms.*"), log);
    assertTrue(log.contains("\"password\": \"<redacted>\""), log);
    assertTrue(log.contains("\"ssn\": \"<redacted>\""), log);
    assertFalse(log.contains("hunter2secret"), log);
    assertFalse(log.contains("123-45-6789"), log);
    assertFalse(log.contains("tok-abc-123"), log);
  }

  @Test
  void logsNothingWhileDisabledAndFollowsTheSwitchLive(MongoServer server) {
    AtomicBoolean debug = new AtomicBoolean(false);
    DebugCommandLogger logger = new DebugCommandLogger(debug::get);
    String log =
        captured(
            () ->
                withClient(
                    server,
                    logger,
                    users -> {
                      users.insertOne(new Document("name", "quiet"));
                      debug.set(true);
                      users.countDocuments(Filters.eq("name", "loud"));
                    }));
    assertFalse(log.contains("quiet"), log);
    assertTrue(log.contains("users.aggregate(["), log);
    assertTrue(log.contains("loud"), log);
  }

  @Test
  void failedCommandsShowTheErrorCodeNotTheServerMessage(MongoServer server) {
    DebugCommandLogger logger = new DebugCommandLogger(() -> true);
    String log =
        captured(
            () ->
                withClient(
                    server,
                    logger,
                    users -> {
                      try {
                        users
                            .aggregate(java.util.List.of(new Document("$nonsenseStage", 1)))
                            .first();
                      } catch (RuntimeException expected) {
                        // the failure is what is logged
                      }
                    }));
    assertTrue(log.contains("users.aggregate([{\"$nonsenseStage\": 1}])"), log);
    assertTrue(log.contains("failed after"), log);
  }

  @Test
  void credentialCommandsAreLoggedByNameOnly() {
    CommandSummary summary = new CommandSummary(Set.of("password"));
    String line =
        summary.describe(
            "admin",
            "createUser",
            Document.parse("{createUser: 'eve', pwd: 'evepass', roles: []}").toBsonDocument());
    assertEquals("admin.createUser() (credentials not logged)", line);
    assertEquals(
        "admin.saslStart() (credentials not logged)",
        summary.describe(
            "admin",
            "saslStart",
            Document.parse("{saslStart: 1, payload: 'xyz'}").toBsonDocument()));
  }

  private static void withClient(
      MongoServer server, DebugCommandLogger logger, Consumer<MongoCollection<Document>> work) {
    ResolvedSettings r = ClientSettingsFactory.resolve(server.uri(), ConnectionOptions.defaults());
    r.settings().addCommandListener(logger);
    try (MongoClient client = MongoClients.create(r.applyDriverSettings().build())) {
      MongoCollection<Document> users = client.getDatabase(r.databaseName()).getCollection("users");
      work.accept(users);
    }
  }

  private static String captured(Runnable action) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      action.run();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
