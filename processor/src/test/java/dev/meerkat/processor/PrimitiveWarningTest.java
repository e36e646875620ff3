package dev.meerkat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * [MeerkatPrimitiveAbsent]: a primitive field that may be missing is a warning, with its text and
 * line.
 */
class PrimitiveWarningTest {

  private static JavaFileObject file(String body) {
    return JavaFileObjects.forSourceString(
        "test.T",
        """
        package test;

        import dev.meerkat.annotations.*;
        import org.bson.types.ObjectId;

        """
            + body);
  }

  private static Compilation compileWithoutWerror(JavaFileObject file) {
    return Compiler.javac()
        .withProcessors(new MeerkatProcessor())
        .withOptions("-Xlint:all,-processing")
        .compile(file);
  }

  @Test
  void aPrimitiveThatIsNotRequiredIsAWarningAndStillGenerated() {
    JavaFileObject file =
        file(
            """
        @Schema
        record T(@Id ObjectId id,
                 @Field("a") int age,
                 boolean active,
                 Integer count) {}
        """);
    Compilation compilation = compileWithoutWerror(file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(2);
    assertThat(compilation)
        .hadWarningContaining(
            "[MeerkatPrimitiveAbsent] A primitive field cannot tell a missing"
                + " key from 0: field age of T is a int, so a stored document without \"a\" reads as 0 and a save writes 0"
                + " back. Declare it as Integer to keep a missing key missing, or mark it @Required if every document has"
                + " it.")
        .inFile(file)
        .onLineContaining("int age");
    assertThat(compilation)
        .hadWarningContaining(
            "[MeerkatPrimitiveAbsent] A primitive field cannot tell a missing"
                + " key from false: field active of T is a boolean, so a stored document without \"active\" reads as false"
                + " and a save writes false back. Declare it as Boolean")
        .inFile(file)
        .onLineContaining("boolean active");
    assertThat(compilation).generatedSourceFile("test.TSchema");
  }

  @Test
  void withWerrorTheWarningFailsTheBuildAsTheProjectsOwnBuildWould() {
    assertThat(
            Compilations.compile(
                file(
                    """
        @Schema
        class T {
          public double ratio;
        }
        """)))
        .hadWarningContaining(
            "[MeerkatPrimitiveAbsent] A primitive field cannot tell a missing key from 0.0:"
                + " field ratio of T is a double");
  }

  @Test
  void requiredPrimitivesBoxedTypesAndIdsAreFine() {
    assertThat(
            Compilations.compile(
                file(
                    """
        @Schema
        record T(@Id long id, @Required int age, @Required char grade, Integer count, @Transient int cache) {}
        """)))
        .succeededWithoutWarnings();
  }
}
