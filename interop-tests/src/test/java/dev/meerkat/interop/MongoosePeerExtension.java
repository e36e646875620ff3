package dev.meerkat.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Skips each test (a JUnit assumption, so every test counts as skipped with the reason, and the
 * reason is printed once on stderr) where node or npm is missing; otherwise installs the pinned
 * Mongoose once and shares one {@link MongoosePeer} with every class in the run, closed when the
 * run ends.
 */
final class MongoosePeerExtension implements BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(MongoosePeer.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    Optional<String> missing =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(Toolchain.class, key -> Toolchain.check(), Toolchain.class)
            .missing();
    Assumptions.assumeTrue(
        missing.isEmpty(), () -> "Mongoose interop suite skipped: " + missing.orElse(""));
  }

  /** The result of looking for node and npm, once per run. */
  private record Toolchain(Optional<String> missing) {
    static Toolchain check() {
      Optional<String> missing = NodeToolchain.missing();
      // Surefire does not print assumption messages; this line makes the skip visible in the build
      // log.
      missing.ifPresent(
          reason -> System.err.println("[WARNING] Mongoose interop suite skipped: " + reason));
      return new Toolchain(missing);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == MongoosePeer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(MongoosePeer.class, key -> start(), MongoosePeer.class);
  }

  private static MongoosePeer start() {
    try {
      NodeToolchain.installMongoose();
      return MongoosePeer.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting Mongoose", e);
    }
  }
}
