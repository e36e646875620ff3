package dev.meerkat.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the demo end to end, on the server the environment selects, as the README's command does. */
class DemoApplicationTest {

    @Test
    void demoWritesReadsAndSucceeds() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code;
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            code = DemoApplication.run(out);
        }
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed);
        String expectedKind = System.getenv("MONGODB_URI") == null || System.getenv("MONGODB_URI").isBlank()
                ? "EMBEDDED" : "EXTERNAL";
        assertTrue(printed.contains("using the " + expectedKind + " MongoDB"), printed);
        assertTrue(printed.contains("Inserted into users: {\"_id\": \"ann\""), printed);
        assertTrue(printed.contains("Read back from users: {\"_id\": \"ann\", \"name\": \"Ann Example\""), printed);
        assertTrue(printed.contains("Done: the document round-tripped unchanged."), printed);
    }

    @Test
    void mainReturnsNormallyOnSuccess() {
        DemoApplication.main(new String[0]);
    }
}
