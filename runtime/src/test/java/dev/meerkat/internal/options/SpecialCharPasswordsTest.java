package dev.meerkat.internal.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Passwords made of URI-special characters ({@code @ : / ? %40 # &}), percent-encoded in the URI as
 * the driver requires and given raw through {@code fromMap}: neither the encoded nor the decoded
 * form, nor the part after a special character, reaches an exception, an event, {@code toString()}
 * or the log.
 */
@MongoTest
class SpecialCharPasswordsTest {
  private static final String TAIL = "Qz9Tail";
  private static final List<String> PASSWORDS =
      List.of(
          "Mk7@" + TAIL,
          "Mk7:" + TAIL,
          "Mk7/" + TAIL,
          "Mk7?" + TAIL,
          "Mk7%40" + TAIL,
          "Mk7#" + TAIL,
          "Mk7&" + TAIL,
          "Mk7=" + TAIL,
          "Mk7 " + TAIL);
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final ConcurrentLinkedQueue<String> texts = new ConcurrentLinkedQueue<>();

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private void record(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      texts.add(c.toString());
    }
  }

  private void open(String uri, ConnectionOptions options) {
    Connection conn = meerkat.createConnection();
    for (ConnectionEvent event : ConnectionEvent.values()) {
      conn.on(
          event,
          e -> {
            record(e.cause());
            texts.add(String.valueOf(e.detail()));
          });
    }
    try {
      conn.openUri(uri, options).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      record(e);
    }
    texts.add(conn.toString());
    texts.add(String.valueOf(conn.options()));
    try {
      conn.collection("x").countDocuments();
    } catch (RuntimeException e) {
      record(e);
    }
    conn.close().join();
  }

  @Test
  void noFormOfTheSecretIsEverShown(MongoServer server) {
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    ConnectionOptions quick =
        ConnectionOptions.builder()
            .serverSelectionTimeoutMS(200)
            .bufferTimeoutMS(200)
            .debug(true)
            .build();
    String embedded = server.host() + ":" + server.port();
    try {
      for (String pw : PASSWORDS) {
        String closed = "127.0.0.1:1";
        open("mongodb://alice:" + encode(pw) + "@" + embedded + "/db", quick);
        open("mongodb://alice:" + encode(pw) + "@" + closed + "/db?maxPoolSise=3", quick);
        open("mongodb://alice:" + encode(pw) + "@" + closed + "/db?authSource=a.b", quick);
        // unencoded, so malformed: the driver refuses it
        open("mongodb://alice:" + pw + "@" + embedded + "/db", quick);
        open("mongodb://alice:" + pw + "@" + closed + "/a.b?maxPoolSise=3", quick);
        try {
          ConnectionOptions fromMap =
              ConnectionOptions.fromMap(Map.of("user", "alice", "pass", pw, "maxPoolSize", 2));
          texts.add(fromMap.toString());
          open("mongodb://" + embedded + "/db", fromMap.withOverrides(quick));
          open("mongodb://127.0.0.1:1/db", fromMap.withOverrides(quick));
        } catch (RuntimeException e) {
          record(e);
        }
        for (Map<String, Object> bad :
            List.of(
                Map.<String, Object>of("auth", Map.of("username", "alice", "password", pw), "x", 1),
                Map.<String, Object>of("auth", "alice:" + pw),
                Map.<String, Object>of("pass", pw, "user", 7))) {
          try {
            texts.add(ConnectionOptions.fromMap(bad).toString());
          } catch (RuntimeException e) {
            record(e);
          }
        }
      }
    } finally {
      System.setErr(originalErr);
    }
    texts.add(logged.toString(StandardCharsets.UTF_8));
    List<String> leaks = new ArrayList<>();
    for (String text : texts) {
      for (String pw : PASSWORDS) {
        for (String form : List.of(pw, encode(pw), TAIL)) {
          if (text.contains(form) && leaks.size() < 8) {
            leaks.add(form + " in: " + text.substring(0, Math.min(text.length(), 400)));
          }
        }
      }
    }
    assertEquals(List.of(), leaks);
    long hidden = texts.stream().filter(t -> t.contains("<hidden>")).count();
    long unknown = texts.stream().filter(t -> t.contains("Unknown option maxPoolSise")).count();
    assertTrue(hidden >= PASSWORDS.size() && unknown >= PASSWORDS.size(), hidden + " " + unknown);
  }
}
