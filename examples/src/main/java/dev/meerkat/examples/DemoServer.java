package dev.meerkat.examples;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.meerkat.BufferTimeoutException;
import dev.meerkat.ConfigurationException;
import dev.meerkat.Connection;
import dev.meerkat.PoolStats;
import dev.meerkat.ValidationException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.json.JsonParseException;

/**
 * The demo's HTTP API on the JDK's built-in server, in the spirit of Mongoose's Express example:
 * {@code POST /tenants/{id}/users}, {@code GET /tenants/{id}/users}, {@code GET /health}.
 */
final class DemoServer implements AutoCloseable {
  private static final Pattern USERS = Pattern.compile("^/tenants/([^/]+)/users/?$");

  private final HttpServer http;
  private final ExecutorService workers = Executors.newFixedThreadPool(8);
  private final MemberDirectory directory;
  private final Connection connection;

  DemoServer(Connection connection, int port) throws IOException {
    this.connection = connection;
    this.directory = new MemberDirectory(connection);
    this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    http.createContext("/", this::handle);
    http.setExecutor(workers);
    http.start();
  }

  /** The port the server listens on. */
  int port() {
    return http.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      respond(exchange, route(exchange));
    }
  }

  /** A status and a JSON body for one request; every failure becomes a status that names it. */
  private Reply route(HttpExchange exchange) {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    Matcher users = USERS.matcher(path);
    try {
      if (path.equals("/health") && method.equals("GET")) {
        return new Reply(200, health());
      } else if (users.matches() && method.equals("POST")) {
        Document body =
            Document.parse(
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        return new Reply(201, directory.add(users.group(1), body).toJson());
      } else if (users.matches() && method.equals("GET")) {
        List<Document> members =
            directory.list(users.group(1)).stream().map(Member::toJson).toList();
        return new Reply(200, new Document("users", members));
      }
      return new Reply(404, error("no route for " + method + " " + path));
    } catch (ValidationException e) {
      return new Reply(
          400,
          error(e.getMessage())
              .append(
                  "errors",
                  e.errors().stream()
                      .map(v -> new Document("path", v.path()).append("message", v.message()))
                      .toList()));
    } catch (IllegalArgumentException | ConfigurationException | JsonParseException e) {
      return new Reply(400, error(e.getMessage()));
    } catch (MongoWriteException e) {
      boolean duplicate = e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
      return new Reply(
          duplicate ? 409 : 500, error(duplicate ? "email already registered" : e.getMessage()));
    } catch (BufferTimeoutException e) {
      return new Reply(503, error(e.getMessage()));
    } catch (IOException | RuntimeException e) {
      return new Reply(500, error(e.toString()));
    }
  }

  /** A response: its status and JSON body. */
  private record Reply(int status, Document body) {}

  private Document health() {
    PoolStats pool = connection.poolStats();
    return new Document("readyState", connection.readyState().name())
        .append("database", connection.name())
        .append(
            "pool",
            new Document("open", pool.open())
                .append("inUse", pool.inUse())
                .append("idle", pool.idle())
                .append("waiting", pool.waiting()));
  }

  private static Document error(String message) {
    return new Document("error", message);
  }

  private static void respond(HttpExchange exchange, Reply reply) throws IOException {
    byte[] bytes = reply.body().toJson().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    http.stop(0);
    workers.shutdownNow();
  }
}
