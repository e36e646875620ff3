package dev.meerkat.processor;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Golden files: generated sources compared with the copies committed under {@code
 * src/test/resources/goldens/}, so that every change to generated code shows in review (as Dagger's
 * {@code javatests/dagger/internal/codegen/goldens} do). The inputs live as plain Java files under
 * {@code goldens/sources/}. To accept a change, run the golden tests with {@code
 * -Dmeerkat.updateGoldens=true} and commit the rewritten files.
 */
final class Goldens {
  static final Path DIRECTORY = Path.of("src/test/resources/goldens");
  private static final String UPDATE = "meerkat.updateGoldens";
  private static final int CONTEXT = 3;
  private static final int MAX_LINES = 60;

  private Goldens() {}

  /** The fixture sources under {@code goldens/sources/}, in a stable order. */
  static JavaFileObject[] sources() {
    Path root = DIRECTORY.resolve("sources");
    try (Stream<Path> files = Files.walk(root)) {
      List<JavaFileObject> sources = new ArrayList<>();
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String name = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
        sources.add(
            JavaFileObjects.forSourceString(name, Files.readString(file, StandardCharsets.UTF_8)));
      }
      return sources.toArray(JavaFileObject[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compares the generated source {@code path} ("golden/OrderSchema.java") with {@code
   * goldens/OrderSchema.java.txt}, or rewrites the golden file when updating.
   */
  static void check(Compilation compilation, String path) throws IOException {
    JavaFileObject generated =
        compilation
            .generatedFile(StandardLocation.SOURCE_OUTPUT, path)
            .orElseThrow(() -> new AssertionError("the processor did not generate " + path));
    String actual = generated.getCharContent(true).toString();
    Path golden = DIRECTORY.resolve(path.substring(path.lastIndexOf('/') + 1) + ".txt");
    if (Boolean.getBoolean(UPDATE)) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail("No golden file " + golden + " yet; run with -D" + UPDATE + "=true to write it.");
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail(
          "Generated "
              + path
              + " differs from "
              + golden
              + " (- golden, + generated). If the change is intended, run with -D"
              + UPDATE
              + "=true and commit the golden file.\n"
              + diff(expected, actual));
    }
  }

  /**
   * A unified-style diff of the one region between the common head and tail of both texts, with a
   * few lines of context: enough to read what changed without a diff library.
   */
  static String diff(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head
        && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    if (head == a.size() && head == b.size()) {
      return "(the texts differ only in line endings or the final newline)";
    }
    int from = Math.max(0, head - CONTEXT);
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            "@@ -%d,%d +%d,%d @@",
            from + 1, a.size() - tail - from, from + 1, b.size() - tail - from));
    for (int i = from; i < head; i++) {
      out.add("  " + a.get(i));
    }
    for (int i = head; i < a.size() - tail; i++) {
      out.add("- " + a.get(i));
    }
    for (int i = head; i < b.size() - tail; i++) {
      out.add("+ " + b.get(i));
    }
    for (int i = a.size() - tail; i < Math.min(a.size(), a.size() - tail + CONTEXT); i++) {
      out.add("  " + a.get(i));
    }
    if (out.size() > MAX_LINES) {
      int more = out.size() - MAX_LINES;
      out = new ArrayList<>(out.subList(0, MAX_LINES));
      out.add("... " + more + " more lines");
    }
    return String.join("\n", out);
  }
}
