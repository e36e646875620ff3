package dev.meerkat.testing;

import dev.meerkat.testing.internal.DatabaseNames;
import dev.meerkat.testing.internal.ScopedServer;
import dev.meerkat.testing.internal.ServerProcess;
import dev.meerkat.testing.internal.ServerResolver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link MongoTest}: resolves the server, hands each test class a
 * {@link MongoServer} with a fresh database name, and skips tests whose {@link RequiresCapability}
 * the server lacks.
 *
 * <p>One server is shared by all non-isolated classes of the test run and stopped when the run
 * ends; an isolated or persistent class gets its own, stopped after the class. {@link Nested}
 * classes share their enclosing class's handle unless they declare {@code @MongoTest} themselves.
 * Thread-safe: state lives in JUnit's extension stores.
 */
public final class MongoExtension implements ParameterResolver, ExecutionCondition {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(MongoExtension.class);

  /** Creates the extension; JUnit does this for {@link MongoTest}. */
  public MongoExtension() {}

  /**
   * The handle of the test class that {@code context} belongs to, resolving the server on first
   * use.
   *
   * @throws IllegalStateException if {@code context} belongs to no test class, or the configured
   *     external server does not answer
   */
  public static MongoServer server(ExtensionContext context) {
    return classHandle(classContext(context)).server();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == MongoServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server(context);
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<RequiresCapability> requirement =
        AnnotationSupport.findAnnotation(context.getElement(), RequiresCapability.class);
    if (requirement.isEmpty()) {
      return ConditionEvaluationResult.enabled("no @RequiresCapability");
    }
    MongoServer server = server(context);
    List<Capability> missing = new ArrayList<>();
    for (Capability capability : requirement.get().value()) {
      if (!server.supports(capability)) {
        missing.add(capability);
      }
    }
    if (missing.isEmpty()) {
      return ConditionEvaluationResult.enabled(
          "the "
              + server.kind()
              + " server supports "
              + Arrays.toString(requirement.get().value()));
    }
    return ConditionEvaluationResult.disabled(skipReason(missing, server));
  }

  static String skipReason(List<Capability> missing, MongoServer server) {
    String how =
        server.kind() == ServerKind.EXTERNAL && missing.contains(Capability.STOP_START)
            ? "unset MONGODB_URI so the test runs its own server (embedded, or Testcontainers when Docker runs)"
            : "set MONGODB_URI to a real mongod (a replica set for REPLICA_SET, TRANSACTIONS and CHANGE_STREAMS),"
                + " or run a Docker engine so Testcontainers starts one";
    return "requires "
        + missing
        + ", which the "
        + server.kind()
        + " server ("
        + server
        + ") does not support; "
        + how;
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    if (current.getTestClass().isEmpty()) {
      throw new IllegalStateException(
          "a MongoServer belongs to a test class, but "
              + context.getUniqueId()
              + " has none; use @MongoTest on a test class");
    }
    return current;
  }

  private static ClassHandle classHandle(ExtensionContext classContext) {
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            ClassHandle.class, key -> newClassHandle(classContext), ClassHandle.class);
  }

  private static ClassHandle newClassHandle(ExtensionContext classContext) {
    Class<?> testClass = classContext.getRequiredTestClass();
    Optional<MongoTest> own = AnnotationSupport.findAnnotation(testClass, MongoTest.class);
    Optional<ExtensionContext> enclosing =
        classContext.getParent().filter(parent -> parent.getTestClass().isPresent());
    if (enclosing.isPresent() && own.isEmpty()) {
      return new ClassHandle(classHandle(enclosing.get()).server(), false);
    }
    boolean persistent = own.map(MongoTest::persistent).orElse(false);
    boolean isolated = persistent || own.map(MongoTest::isolated).orElse(false);
    String database = DatabaseNames.fresh(testClass.getSimpleName());
    if (isolated) {
      return new ClassHandle(
          new ScopedServer(ServerResolver.resolve(persistent, null), database, true), true);
    }
    ServerProcess shared =
        classContext
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                SharedServer.class,
                key -> new SharedServer(ServerResolver.resolve(false, null)),
                SharedServer.class)
            .process();
    return new ClassHandle(new ScopedServer(shared, database, false), false);
  }

  /** A class's handle; closed with the class only when the class owns it. */
  private record ClassHandle(MongoServer server, boolean closeWithClass) implements AutoCloseable {
    @Override
    public void close() {
      if (closeWithClass) {
        server.close();
      }
    }
  }

  /** The run-wide server, closed when JUnit closes the root store at the end of the run. */
  private record SharedServer(ServerProcess process) implements AutoCloseable {
    @Override
    public void close() {
      process.close();
    }
  }
}
