package dev.meerkat.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Skips the class (a JUnit assumption, so the reason shows in the report) where node or npm is
 * missing; otherwise installs the pinned Mongoose once and shares one {@link MongoosePeer} with
 * every class in the run, closed when the run ends.
 */
final class MongoosePeerExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MongoosePeer.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    Optional<String> missing = NodeToolchain.missing();
    Assumptions.assumeTrue(missing.isEmpty(), () -> "Mongoose interop suite skipped: " + missing.orElse(""));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == MongoosePeer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(MongoosePeer.class, key -> start(),
        MongoosePeer.class);
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
