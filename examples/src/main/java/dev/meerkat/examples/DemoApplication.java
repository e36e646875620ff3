package dev.meerkat.examples;

import dev.meerkat.Connection;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoServers;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * The demo the README's first Quick-start command runs: a small multi-tenant HTTP service built on
 * a generated {@code @ConnectionConfig} factory ({@link DemoDb}) and a generated model ({@link
 * Member}), printing the connection's events as they happen.
 *
 * <p>With no arguments it starts, runs a scripted round of requests against itself (the first one
 * issued before the connection is open, to show buffering), prints the responses and exits. With
 * {@code --serve} it keeps serving on port 8080 ({@code PORT} to change it) until interrupted. It
 * uses the MongoDB named by {@code MONGODB_URI}, else an embedded in-memory server.
 */
public final class DemoApplication {
  private static final List<ConnectionEvent> SHOWN =
      List.of(
          ConnectionEvent.CONNECTING,
          ConnectionEvent.CONNECTED,
          ConnectionEvent.OPEN,
          ConnectionEvent.DISCONNECTING,
          ConnectionEvent.DISCONNECTED,
          ConnectionEvent.CLOSE,
          ConnectionEvent.RECONNECTED,
          ConnectionEvent.ERROR);
  private static final long EMBEDDED_START_DELAY_MS = 700;

  private DemoApplication() {}

  /**
   * Runs the demo.
   *
   * @throws IllegalStateException when a response was not the one expected
   */
  public static void main(String[] args) throws Exception {
    boolean serve = List.of(args).contains("--serve");
    int code = run(System.out, serve);
    if (code != 0) {
      // Not System.exit: the demo also runs inside Maven (exec:java), which it must not kill.
      throw new IllegalStateException("the demo failed: " + code + " unexpected response(s)");
    }
  }

  /**
   * Runs the scripted round, printing to {@code out}; returns the number of unexpected responses.
   */
  public static int run(PrintStream out) throws IOException, InterruptedException {
    return run(out, false);
  }

  static int run(PrintStream out, boolean serve) throws IOException, InterruptedException {
    String configured = System.getenv("MONGODB_URI");
    boolean embedded = configured == null || configured.isBlank();
    try (MongoServer server =
        embedded ? MongoServers.startEmbedded() : MongoServers.external(configured)) {
      out.println(
          "Meerkat demo: using the "
              + server.kind()
              + " MongoDB at "
              + server.host()
              + ":"
              + server.port()
              + ", database "
              + server.databaseName());
      if (embedded) {
        // Start with the server down, so the first request visibly waits in Meerkat's buffer.
        server.stop();
      }
      try (DemoDb db = DemoDbFactory.create(server.uri())) {
        Connection conn = db.connection();
        for (ConnectionEvent event : SHOWN) {
          conn.on(
              event,
              e ->
                  out.println(
                      "   [event] "
                          + e.event().name().toLowerCase()
                          + e.error().map(x -> ": " + x.getMessage()).orElse("")));
        }
        int port = serve ? Integer.parseInt(System.getenv().getOrDefault("PORT", "8080")) : 0;
        try (DemoServer http = new DemoServer(conn, port)) {
          out.println("HTTP API on http://127.0.0.1:" + http.port());
          ScriptedRound round = new ScriptedRound(http.port(), out);
          script(round, conn, embedded ? server : null, out);
          dropTenants(conn);
          if (serve) {
            out.println("Serving until interrupted (Ctrl-C).");
            new CountDownLatch(1).await();
          }
          out.println(
              round.failures() == 0
                  ? "Done: every response was as expected."
                  : "FAILED: see UNEXPECTED above.");
          return round.failures();
        }
      }
    }
  }

  private static void script(
      ScriptedRound round, Connection conn, MongoServer stopped, PrintStream out)
      throws InterruptedException {
    out.println(
        "Connection readyState is "
            + conn.readyState()
            + "; this request is buffered until it opens:");
    CompletableFuture<HttpResponse<String>> early =
        round.send(
            "POST", "/tenants/acme/users", "{\"name\": \"Ada\", \"email\": \"ada@acme.test\"}");
    if (stopped != null) {
      Thread.sleep(EMBEDDED_START_DELAY_MS);
      out.println("Starting the embedded server now.");
      stopped.start();
    }
    round.check(201, "POST", "/tenants/acme/users", early.join());
    round.expect(
        201,
        "POST",
        "/tenants/globex/users",
        "{\"name\": \"Grace\", \"email\": \"grace@globex.test\"}");
    round.expect(
        201, "POST", "/tenants/acme/users", "{\"name\": \"Alan\", \"email\": \"alan@acme.test\"}");
    round.expect(
        409,
        "POST",
        "/tenants/acme/users",
        "{\"name\": \"Ada again\", \"email\": \"ada@acme.test\"}");
    round.expect(
        400, "POST", "/tenants/acme/users", "{\"name\": \"\", \"email\": \"not-an-email\"}");
    round.expect(200, "GET", "/tenants/acme/users", null);
    round.expect(200, "GET", "/tenants/globex/users", null);
    round.expect(400, "GET", "/tenants/admin/users", null);
    round.expect(200, "GET", "/health", null);
  }

  /** Leaves nothing behind on a real server: each tenant's database is the demo's own. */
  private static void dropTenants(Connection conn) {
    for (String tenant : List.of("acme", "globex")) {
      conn.useDb(conn.name() + "_" + tenant).dropDatabase();
    }
    conn.dropDatabase();
  }
}
