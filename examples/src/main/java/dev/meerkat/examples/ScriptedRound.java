package dev.meerkat.examples;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The demo's requests against its own HTTP API; each prints the request and the response. */
final class ScriptedRound {
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final PrintStream out;
  private int failures;

  ScriptedRound(int port, PrintStream out) {
    this.base = "http://127.0.0.1:" + port;
    this.out = out;
  }

  /** Sends a request without waiting for the answer. */
  CompletableFuture<HttpResponse<String>> send(String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    request =
        json == null
            ? request.method(method, HttpRequest.BodyPublishers.noBody())
            : request
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    out.println("-> " + method + " " + path + (json == null ? "" : " " + json));
    return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends a request, waits for the answer, prints it and checks its status. */
  HttpResponse<String> expect(int status, String method, String path, String json) {
    return check(status, method, path, send(method, path, json).join());
  }

  /** Prints a response and counts it as a failure when its status is not {@code status}. */
  HttpResponse<String> check(
      int status, String method, String path, HttpResponse<String> response) {
    boolean ok = response.statusCode() == status;
    out.println(
        "<- "
            + response.statusCode()
            + " "
            + method
            + " "
            + path
            + " "
            + response.body()
            + (ok ? "" : "   (UNEXPECTED: wanted " + status + ")"));
    if (!ok) {
      failures++;
    }
    return response;
  }

  int failures() {
    return failures;
  }
}
