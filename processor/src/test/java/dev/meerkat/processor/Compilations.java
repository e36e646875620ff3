package dev.meerkat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles test sources with the Meerkat processor, as strictly as the project's own build. */
public final class Compilations {
  private Compilations() {}

  /** A source file {@code name} ("shop.User") with {@code lines}. */
  public static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines(name, lines);
  }

  /** Compiles with {@code -Xlint:all -Werror}, so generated code must be warning-free. */
  public static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new MeerkatProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(sources);
  }

  /**
   * Compiles, asserts success, and returns a class loader over the generated and compiled classes.
   */
  public static ClassLoader compileAndLoad(JavaFileObject... sources) {
    Compilation compilation = compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return load(compilation);
  }

  /** A class loader over a successful compilation's classes. */
  public static ClassLoader load(Compilation compilation) {
    return new CompiledClasses(compilation);
  }

  /**
   * Loads classes from a compilation's class output, delegating everything else to the test class
   * path.
   */
  private static final class CompiledClasses extends ClassLoader {
    private final Compilation compilation;

    CompiledClasses(Compilation compilation) {
      super(Compilations.class.getClassLoader());
      this.compilation = compilation;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      Optional<JavaFileObject> file =
          compilation.generatedFile(
              StandardLocation.CLASS_OUTPUT, name.replace('.', '/') + ".class");
      if (file.isEmpty()) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = file.get().openInputStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
