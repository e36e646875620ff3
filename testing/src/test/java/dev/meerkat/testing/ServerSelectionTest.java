package dev.meerkat.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import dev.meerkat.testing.internal.DockerProbe;
import dev.meerkat.testing.internal.ServerResolver;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Which server kind is chosen when, and how long the Docker check may take. */
class ServerSelectionTest {

  private static final Duration PROBE_BUDGET = DockerProbe.LIMIT.plusSeconds(2);

  @Test
  void configuredUriWinsWithoutAskingDocker() {
    AtomicBoolean dockerAsked = new AtomicBoolean();
    ServerKind kind =
        ServerResolver.choose(
            Optional.of("mongodb://db.example:27017"), () -> dockerAsked.getAndSet(true));
    assertEquals(ServerKind.EXTERNAL, kind);
    assertFalse(dockerAsked.get(), "the Docker engine must not be probed when a URI is configured");
  }

  @Test
  void dockerAnsweringSelectsTestcontainers() {
    assertEquals(ServerKind.TESTCONTAINERS, ServerResolver.choose(Optional.empty(), () -> true));
  }

  @Test
  void noUriAndNoDockerSelectsEmbedded() {
    assertEquals(ServerKind.EMBEDDED, ServerResolver.choose(Optional.empty(), () -> false));
  }

  @Test
  void dockerProbeOfThisMachineGivesUpQuickly() {
    assertTimeoutPreemptively(PROBE_BUDGET, () -> DockerProbe.engineAnswers());
  }

  @Test
  void dockerProbeSaysNoForMissingUnixSocket() {
    boolean answers =
        assertTimeoutPreemptively(
            PROBE_BUDGET,
            () ->
                DockerProbe.engineAnswers(
                    Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock")));
    assertFalse(answers);
  }

  @Test
  void dockerProbeSaysNoForClosedTcpPort() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    boolean answers =
        assertTimeoutPreemptively(
            PROBE_BUDGET,
            () ->
                DockerProbe.engineAnswers(Map.of("DOCKER_HOST", "tcp://127.0.0.1:" + closedPort)));
    assertFalse(answers);
  }

  @Test
  void dockerProbeGivesUpOnAnEndpointThatNeverAnswers() throws IOException {
    // A real listening socket that accepts the connection but never replies: the worst case.
    try (ServerSocket silent = new ServerSocket(0)) {
      Thread acceptor =
          new Thread(
              () -> {
                try (Socket connection = silent.accept()) {
                  Thread.sleep(DockerProbe.LIMIT.toMillis() * 3);
                  connection.setSoLinger(false, 0);
                } catch (IOException | InterruptedException e) {
                  // The test is over; nothing to do.
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      boolean answers =
          assertTimeoutPreemptively(
              PROBE_BUDGET,
              () ->
                  DockerProbe.engineAnswers(
                      Map.of("DOCKER_HOST", "tcp://127.0.0.1:" + silent.getLocalPort())));
      assertFalse(answers);
    }
  }

  @Test
  void externalKindIsSelectedWhenTheUriPropertyIsSet() {
    try (MongoServer embedded = MongoServers.startEmbedded()) {
      System.setProperty(ServerResolver.URI_PROPERTY, embedded.uri("admin"));
      try (MongoServer external = MongoServers.resolve();
          MongoClient client = MongoClients.create(external.uri())) {
        assertEquals(ServerKind.EXTERNAL, external.kind());
        assertEquals(embedded.host(), external.host());
        assertEquals(embedded.port(), external.port());
        assertTrue(external.uri().endsWith("/" + external.databaseName()), external.uri());
        MongoCollection<Document> things =
            client.getDatabase(external.databaseName()).getCollection("things");
        things.insertOne(new Document("_id", 1).append("name", "via MONGODB_URI"));
        assertEquals("via MONGODB_URI", things.find().first().getString("name"));

        assertFalse(external.supports(Capability.STOP_START));
        assertFalse(external.supports(Capability.HELLO_COMMAND), "mongo-java-server has no hello");
        assertFalse(external.supports(Capability.TRANSACTIONS));
        UnsupportedOperationException stop =
            assertThrows(UnsupportedOperationException.class, external::stop);
        assertTrue(stop.getMessage().contains("STOP_START"), stop.getMessage());
        assertTrue(embedded.isRunning(), "closing an external handle must not stop the server");
      } finally {
        System.clearProperty(ServerResolver.URI_PROPERTY);
      }
    }
  }

  @Test
  void externalUriMustBeAMongoUri() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> MongoServers.external("http://bob:secret@db.example"));
    assertTrue(error.getMessage().contains("mongodb://"), error.getMessage());
    assertFalse(
        error.getMessage().contains("secret"),
        "the password must never appear: " + error.getMessage());
  }

  @Test
  void embeddedServerListensOnLoopbackAndSupportsOnlyStopStart() {
    try (MongoServer server = MongoServers.startEmbedded()) {
      assertEquals(ServerKind.EMBEDDED, server.kind());
      assertEquals("127.0.0.1", server.host());
      assertEquals(
          "mongodb://127.0.0.1:" + server.port() + "/" + server.databaseName(), server.uri());
      for (Capability capability : Capability.values()) {
        assertEquals(
            capability == Capability.STOP_START, server.supports(capability), capability.name());
      }
      assertTrue(server.toString().contains("mongo-java-server"), server.toString());
    }
  }
}
