package dev.meerkat.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.meerkat.testing.internal.DockerProbe;
import dev.meerkat.testing.internal.ServerResolver;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventConditions;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs small {@code @MongoTest} classes in a separate JUnit engine run (surefire skips nested
 * classes) and checks what the extension did: which server, which database, which skips.
 */
class ExtensionBehaviourTest {

  static final Map<String, MongoServer> SEEN = new ConcurrentHashMap<>();

  @MongoTest
  static class FirstSharedUser {
    @Test
    void record(MongoServer server) {
      SEEN.put("first", server);
    }

    @Test
    void sharedServerCannotBeStopped(MongoServer server) {
      if (server.kind() == ServerKind.EXTERNAL) {
        assertThrows(UnsupportedOperationException.class, server::stop);
        return;
      }
      IllegalStateException error = assertThrows(IllegalStateException.class, server::stop);
      assertTrue(error.getMessage().contains("isolated = true"), error.getMessage());
      assertTrue(server.isRunning(), "a refused stop() must leave the shared server running");
    }
  }

  @MongoTest
  static class SecondSharedUser {
    @Test
    void record(MongoServer server) {
      SEEN.put("second", server);
    }
  }

  @MongoTest(isolated = true)
  static class IsolatedUser {
    @Test
    void record(MongoServer server) {
      SEEN.put("isolated", server);
    }
  }

  @MongoTest
  static class NeedsCappedCollections {
    @Test
    @RequiresCapability(Capability.CAPPED_COLLECTIONS)
    void cappedOnly(MongoServer server) {
      SEEN.put("capped", server);
    }

    @Test
    void alwaysRuns(MongoServer server) {
      SEEN.put("always", server);
    }
  }

  @MongoTest
  @RequiresCapability({Capability.TRANSACTIONS, Capability.REPLICA_SET})
  static class NeedsTransactionsEverywhere {
    @Test
    void transactional(MongoServer server) {
      SEEN.put("transactional", server);
    }
  }

  @MongoTest
  static class OuterWithNested {
    @Test
    void record(MongoServer server) {
      SEEN.put("outer", server);
    }

    @org.junit.jupiter.api.Nested
    class Inner {
      @Test
      void record(MongoServer server) {
        SEEN.put("inner", server);
      }
    }
  }

  @Test
  void nestedClassesShareTheEnclosingClassHandle() {
    Events events = run(OuterWithNested.class);
    assertEquals(
        2,
        events.succeeded().filter(EventConditions.test()::matches).count(),
        () -> events.list().toString());
    assertTrue(
        SEEN.get("outer") == SEEN.get("inner"),
        "a @Nested class uses its enclosing class's database");
  }

  @Test
  void stopStartRequirementOnAnExternalServerSaysToUnsetTheUri() {
    try (MongoServer embedded = MongoServers.startEmbedded();
        MongoServer external = MongoServers.external(embedded.uri())) {
      String reason = MongoExtension.skipReason(List.of(Capability.STOP_START), external);
      assertTrue(reason.contains("EXTERNAL") && reason.contains("unset MONGODB_URI"), reason);
    }
  }

  private static Events run(Class<?>... classes) {
    SEEN.clear();
    return EngineTestKit.engine("junit-jupiter")
        .selectors(
            Arrays.stream(classes).map(c -> selectClass(c)).toArray(DiscoverySelector[]::new))
        .execute()
        .allEvents();
  }

  private static ServerKind kindOfThisEnvironment() {
    return ServerResolver.choose(ServerResolver.configuredUri(), DockerProbe::engineAnswers);
  }

  @Test
  void classesShareOneServerButGetFreshDatabases() {
    Events events = run(FirstSharedUser.class, SecondSharedUser.class, IsolatedUser.class);
    assertEquals(0, events.failed().count(), () -> events.failed().list().toString());
    MongoServer first = SEEN.get("first");
    MongoServer second = SEEN.get("second");
    MongoServer isolated = SEEN.get("isolated");
    assertEquals(kindOfThisEnvironment(), first.kind());
    assertEquals(first.port(), second.port(), "non-isolated classes share the run's server");
    assertNotEquals(first.databaseName(), second.databaseName());
    assertTrue(first.databaseName().startsWith("t_FirstSharedUser_"), first.databaseName());
    if (first.kind() != ServerKind.EXTERNAL) {
      assertNotEquals(first.port(), isolated.port(), "an isolated class gets its own server");
      assertEquals(false, first.isRunning(), "the shared server stops when the run ends");
      assertEquals(false, isolated.isRunning(), "an isolated server stops when its class ends");
    }
  }

  @Test
  void missingCapabilitySkipsWithReason() {
    Events events = run(NeedsCappedCollections.class);
    assertEquals(0, events.failed().count(), () -> events.failed().list().toString());
    assertTrue(SEEN.containsKey("always"), "a test without @RequiresCapability runs");
    MongoServer server = SEEN.get("always");
    if (server.supports(Capability.CAPPED_COLLECTIONS)) {
      assertTrue(SEEN.containsKey("capped"));
      return;
    }
    List<Event> skipped = events.skipped().list();
    assertEquals(1, skipped.size());
    String reason = skipped.get(0).getPayload(String.class).orElseThrow();
    assertTrue(reason.contains("CAPPED_COLLECTIONS"), reason);
    assertTrue(reason.contains(server.kind().name()), reason);
    assertTrue(reason.contains("MONGODB_URI") && reason.contains("Docker"), reason);
    assertTrue(events.skipped().filter(EventConditions.test("cappedOnly")::matches).count() == 1);
  }

  @Test
  void classLevelRequirementSkipsTheWholeClassOnTheEmbeddedServer() {
    try (MongoServer embedded = MongoServers.startEmbedded()) {
      // Point the run at an embedded server through the override, so the outcome is the
      // same wherever this runs (even where MONGODB_URI names a replica set).
      System.setProperty(ServerResolver.URI_PROPERTY, embedded.uri("admin"));
      Events events = run(NeedsTransactionsEverywhere.class);
      assertEquals(0, events.failed().count(), () -> events.failed().list().toString());
      assertTrue(SEEN.isEmpty(), "no test of a skipped class may run");
      Event skip = events.skipped().list().get(0);
      String reason = skip.getPayload(String.class).orElseThrow();
      assertTrue(reason.contains("[TRANSACTIONS, REPLICA_SET]"), reason);
      assertTrue(reason.contains("EXTERNAL"), reason);
      assertTrue(reason.contains("set MONGODB_URI to a real mongod"), reason);
    } finally {
      System.clearProperty(ServerResolver.URI_PROPERTY);
    }
  }

  @Test
  void embeddedServerLacksCappedCollectionsSoTheTestIsSkipped() {
    try (MongoServer embedded = MongoServers.startEmbedded()) {
      String reason = MongoExtension.skipReason(List.of(Capability.CAPPED_COLLECTIONS), embedded);
      assertTrue(
          reason.startsWith("requires [CAPPED_COLLECTIONS], which the EMBEDDED server"), reason);
      assertTrue(reason.endsWith("or run a Docker engine so Testcontainers starts one"), reason);
    }
  }
}
