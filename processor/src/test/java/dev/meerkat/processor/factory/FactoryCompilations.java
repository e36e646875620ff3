package dev.meerkat.processor.factory;

import com.google.testing.compile.Compilation;
import dev.meerkat.processor.Compilations;
import javax.tools.JavaFileObject;

/**
 * Compiles {@code @ConnectionConfig} test sources through {@link Compilations}, plus a model
 * fixture.
 */
final class FactoryCompilations {
  private FactoryCompilations() {}

  /** A source file {@code name} ("shop.User") with {@code lines}. */
  static JavaFileObject source(String name, String... lines) {
    return Compilations.source(name, lines);
  }

  /** A {@code @Schema @Model} record {@code pkg.simpleName} with an id and a name. */
  static JavaFileObject modelRecord(String pkg, String simpleName) {
    return source(
        pkg + "." + simpleName,
        "package " + pkg + ";",
        "import dev.meerkat.annotations.Model;",
        "import dev.meerkat.annotations.Schema;",
        "import org.bson.types.ObjectId;",
        "@Schema @Model",
        "public record " + simpleName + "(ObjectId id, String name) {}");
  }

  /** Compiles with {@code -Xlint:all -Werror}, so generated code must be warning-free. */
  static Compilation compile(JavaFileObject... sources) {
    return Compilations.compile(sources);
  }

  /** Compiles, asserts success, and returns a class loader over the compiled classes. */
  static ClassLoader compileAndLoad(JavaFileObject... sources) {
    return Compilations.compileAndLoad(sources);
  }

  /** A class loader over a successful compilation's classes. */
  static ClassLoader load(Compilation compilation) {
    return Compilations.load(compilation);
  }
}
