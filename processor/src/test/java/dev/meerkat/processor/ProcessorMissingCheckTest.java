package dev.meerkat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.meerkat.annotations.internal.ProcessorMissingCheck;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The hint {@code meerkat-annotations} gives when a build runs without Meerkat's processor. */
class ProcessorMissingCheckTest {
  private static final JavaFileObject USER =
      JavaFileObjects.forSourceLines(
          "shop.User",
          "package shop;",
          "import dev.meerkat.annotations.Model;",
          "import dev.meerkat.annotations.Schema;",
          "@Schema",
          "@Model(\"User\")",
          "public record User(String name) {}");
  private static final JavaFileObject ADDRESS =
      JavaFileObjects.forSourceLines(
          "shop.Address",
          "package shop;",
          "@dev.meerkat.annotations.Schema",
          "public record Address(String city) {}");
  private static final JavaFileObject DB =
      JavaFileObjects.forSourceLines(
          "shop.Db",
          "package shop;",
          "@dev.meerkat.annotations.ConnectionConfig(uri = \"mongodb://127.0.0.1/x\")",
          "public interface Db {}");

  @Test
  void withoutTheProcessorEachAnnotatedTypeSaysWhatIsMissingAndHowToAddIt() {
    Compilation compilation =
        javac().withProcessors(new ProcessorMissingCheck(false)).compile(USER, ADDRESS, DB);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining(
            "[MeerkatProcessorMissing] @Schema type User is compiled without"
                + " Meerkat's annotation processor, so UserSchema and UserModel are not generated. Add"
                + " dev.meerkat:meerkat-processor to the annotation processor path: in Maven, a <path> in"
                + " maven-compiler-plugin's <annotationProcessorPaths>; in Gradle, annotationProcessor"
                + " 'dev.meerkat:meerkat-processor:<version>'.")
        .inFile(USER)
        .onLineContaining("public record User");
    assertThat(compilation)
        .hadErrorContaining(
            "@Schema type Address is compiled without Meerkat's annotation"
                + " processor, so AddressSchema is not generated.")
        .inFile(ADDRESS)
        .onLineContaining("record Address");
    assertThat(compilation)
        .hadErrorContaining(
            "@ConnectionConfig interface Db is compiled without Meerkat's"
                + " annotation processor, so DbFactory is not generated.")
        .inFile(DB)
        .onLineContaining("interface Db");
  }

  @Test
  void silentWhenTheProcessorIsPresent() {
    Compilation compilation =
        javac().withProcessors(new ProcessorMissingCheck(true)).compile(USER, ADDRESS, DB);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void findsTheRealProcessorOnItsOwnClassPath() {
    // The test class path holds meerkat-processor, as a build with the processor on the class path
    // would.
    Compilation compilation = javac().withProcessors(new ProcessorMissingCheck()).compile(ADDRESS);

    assertThat(compilation).succeededWithoutWarnings();
  }
}
