package dev.meerkat.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs the demo end to end, on the server the environment selects, as the README's command does.
 */
class DemoApplicationTest {

  @Test
  void scriptedRoundGivesTheExpectedResponsesAndEvents() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int failures;
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      failures = DemoApplication.run(out);
    }
    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertEquals(0, failures, printed);
    boolean embedded =
        System.getenv("MONGODB_URI") == null || System.getenv("MONGODB_URI").isBlank();
    assertTrue(
        printed.contains("using the " + (embedded ? "EMBEDDED" : "EXTERNAL") + " MongoDB"),
        printed);
    assertTrue(
        printed.contains(
            "Connection readyState is CONNECTING; this request is buffered until it opens:"),
        printed);
    assertTrue(printed.contains("<- 201 POST /tenants/acme/users {\"id\": "), printed);
    assertTrue(
        printed.contains(
            "<- 409 POST /tenants/acme/users {\"error\": \"email already registered\"}"),
        printed);
    assertTrue(printed.contains("Path `name` is required."), printed);
    assertTrue(printed.contains("Path `email` is invalid (not-an-email)."), printed);
    assertTrue(printed.contains("\"readyState\": \"CONNECTED\""), printed);
    int acmeList = printed.indexOf("<- 200 GET /tenants/acme/users");
    String acme = printed.substring(acmeList, printed.indexOf('\n', acmeList));
    assertTrue(
        acme.contains("Ada") && acme.contains("Alan") && !acme.contains("Grace"),
        "tenant isolation: " + acme);
    for (String event :
        new String[] {"connected", "open", "disconnecting", "disconnected", "close"}) {
      assertTrue(
          printed.contains("[event] " + event + "\n")
              || printed.contains("[event] " + event + "\r\n"),
          event + " in " + printed);
    }
    assertTrue(
        printed.indexOf("[event] open") < printed.indexOf("<- 201 POST /tenants/acme/users"),
        "the buffered request completes after the connection opens");
    assertTrue(printed.contains("Done: every response was as expected."), printed);
  }

  @Test
  void mainReturnsNormallyOnSuccess() throws Exception {
    DemoApplication.main(new String[0]);
  }
}
