package dev.meerkat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void compiles() {
    Compilation c = Compilations.compile(Fixtures.EVERYTHING, Fixtures.ADDRESS, Fixtures.CATEGORY, Fixtures.PERSON,
        Fixtures.STRICT);
    c.diagnostics().forEach(System.out::println);
    c.generatedSourceFiles().forEach(f -> {
      try {
        System.out.println(f.getCharContent(true));
      } catch (java.io.IOException e) {
        throw new RuntimeException(e);
      }
    });
    assertThat(c).succeededWithoutWarnings();
  }
}
