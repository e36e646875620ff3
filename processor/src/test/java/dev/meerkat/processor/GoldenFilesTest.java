package dev.meerkat.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The code generated for one representative schema (golden/Order: nested subdocument, lists, a map,
 * an enum, an Optional, indexes, timestamps and a version key), its model, and for one
 * {@code @ConnectionConfig} interface its factory, provider and registration, compared with golden
 * files. The inputs are the plain sources under {@code src/test/resources/goldens/sources/}; after
 * a change to generated code, run this test with {@code -Dmeerkat.updateGoldens=true} and review
 * the rewritten {@code goldens/*.java.txt}.
 */
class GoldenFilesTest {
  private static Compilation compilation;

  @BeforeAll
  static void compileFixtures() {
    compilation = Compilations.compile(Goldens.sources());
    com.google.testing.compile.CompilationSubject.assertThat(compilation)
        .succeededWithoutWarnings();
  }

  @Test
  void schema() throws IOException {
    Goldens.check(compilation, "golden/OrderSchema.java");
  }

  @Test
  void model() throws IOException {
    Goldens.check(compilation, "golden/OrderModel.java");
  }

  @Test
  void connectionFactory() throws IOException {
    Goldens.check(compilation, "golden/ShopFactory.java");
  }

  @Test
  void provider() throws IOException {
    Goldens.check(compilation, "golden/ShopProvider.java");
  }

  @Test
  void registration() throws IOException {
    Goldens.check(compilation, "golden/ShopRegistration.java");
  }

  @Test
  void aChangedLineFailsWithADiffNamingTheLine() {
    String golden = "package golden;\n\nclass A {\n  int a;\n  int b;\n  int c;\n}\n";
    String generated = golden.replace("int b;", "long b;");
    String diff = Goldens.diff(golden, generated);
    assertThat(diff)
        .isEqualTo(
            "@@ -2,4 +2,4 @@\n  \n  class A {\n    int a;\n-   int b;\n+   long b;\n    int c;\n  }");
  }

  @Test
  void anAddedLineShowsOnlyAsAnAddition() {
    String golden = "a\nb\nc\n";
    assertThat(Goldens.diff(golden, "a\nb\nx\nc\n"))
        .isEqualTo("@@ -1,2 +1,3 @@\n  a\n  b\n+ x\n  c");
  }

  @Test
  void aFileTheProcessorDidNotWriteFailsNamingIt() throws IOException {
    Path missing = Goldens.DIRECTORY.resolve("NoSuchGenerated.java.txt");
    assertThat(Files.exists(missing)).isFalse();
    AssertionError error =
        assertThrows(
            AssertionError.class, () -> Goldens.check(compilation, "golden/NoSuchGenerated.java"));
    assertThat(error).hasMessageThat().contains("did not generate golden/NoSuchGenerated.java");
  }
}
