package dev.meerkat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A field whose type another processor generates in the same build is resolved in a later round.
 */
class DeferredTypesTest {

  /** Writes {@code test.Later}, an enum, in its first round, as other code generators would. */
  private static final class GeneratesLater extends AbstractProcessor {
    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!written) {
        written = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile("test.Later").openWriter()) {
          writer.write("package test;\npublic enum Later { SOON, NEVER }\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void retriesTheTypeInTheNextRound() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "test.T",
            """
        package test;
        @dev.meerkat.annotations.Schema
        public record T(String id, Later later, java.util.List<Later> history) {}
        """);
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new MeerkatProcessor(), new GeneratesLater())
            .withOptions("-Xlint:all,-processing", "-Werror")
            .compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.TSchema")
        .contentsAsUtf8String()
        .contains("new FieldPath<D, Later>(child(\"later\"), Enum::name)");
  }
}
