package dev.meerkat.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem is reported at once, and nothing is generated for a type with errors. */
class ErrorReportingTest {

  private static final JavaFileObject BROKEN =
      JavaFileObjects.forSourceString(
          "test.Broken",
          """
      package test;

      import dev.meerkat.annotations.*;

      @Schema(strict = false, capped = @Capped(size = -5))
      @Index(keys = "missing:1")
      public record Broken(
          @Id String id,
          @Id String other,
          Thread thread,
          @Min(3) String name,
          @Field("a.b") int age) {}
      """);

  private static final JavaFileObject FINE =
      JavaFileObjects.forSourceString(
          "test.Fine",
          """
      package test;

      @dev.meerkat.annotations.Schema
      public record Fine(String id, String name) {}
      """);

  private static final JavaFileObject USES_BROKEN =
      JavaFileObjects.forSourceString(
          "test.Holder",
          """
      package test;

      @dev.meerkat.annotations.Schema
      public record Holder(String id, Broken broken) {}
      """);

  @Test
  void reportsEveryProblemOfATypeAndGeneratesNothingForIt(@TempDir Path dir) throws IOException {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path generated = dir.resolve("generated");
    Path classes = dir.resolve("classes");
    Files.createDirectories(generated);
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              files,
              diagnostics,
              List.of(
                  "-s",
                  generated.toString(),
                  "-d",
                  classes.toString(),
                  "-classpath",
                  System.getProperty("java.class.path")),
              null,
              List.of(BROKEN, FINE, USES_BROKEN));
      task.setProcessors(List.of(new MeerkatProcessor()));
      assertThat(task.call()).isFalse();
    }
    List<String> errors =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(d -> d.getMessage(null).substring(0, d.getMessage(null).indexOf(']') + 1))
            .toList();
    assertThat(errors)
        .containsExactly(
            "[MeerkatCappedSize]",
            "[MeerkatIdCount]",
            "[MeerkatUnsupportedType]",
            "[MeerkatValidatorType]",
            "[MeerkatInvalidKey]",
            "[MeerkatStrictExtraFields]",
            "[MeerkatIndexKey]");

    List<String> written;
    try (Stream<Path> walk = Files.walk(generated)) {
      written =
          walk.filter(Files::isRegularFile)
              .map(p -> p.getFileName().toString())
              .sorted()
              .collect(Collectors.toList());
    }
    // Fine is written; Broken has errors; Holder would not compile without BrokenSchema, so it
    // waits too.
    assertThat(written).containsExactly("FineSchema.java");
  }

  @Test
  void aCrashIsReportedAsAnInternalErrorOnThatTypeOnly() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(
                new MeerkatProcessor(
                    type -> {
                      if (type.getSimpleName().contentEquals("Broken")) {
                        throw new IllegalStateException("boom");
                      }
                    }))
            .compile(BROKEN, FINE);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[MeerkatInternalError] Internal error in the Meerkat processor while"
                + " processing test.Broken; please report it with this trace: java.lang.IllegalStateException: boom")
        .inFile(BROKEN)
        .onLineContaining("public record Broken");
  }

  @Test
  void anAnnotationValueThatDoesNotCompileIsLeftToJavac() {
    JavaFileObject typo =
        JavaFileObjects.forSourceString(
            "test.T",
            """
        package test;
        @dev.meerkat.annotations.Schema(capped = @dev.meerkat.annotations.Capped(size = Missing.SIZE))
        record T(String id) {}
        """);
    Compilation compilation = Compilations.compile(typo);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(typo)
        .onLineContaining("Missing.SIZE");
  }
}
