package dev.meerkat.processor.factory;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.meerkat.processor.factory.FactoryCompilations.compile;
import static dev.meerkat.processor.factory.FactoryCompilations.modelRecord;
import static dev.meerkat.processor.factory.FactoryCompilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.meerkat.Connection;
import dev.meerkat.ReadyState;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which inject API the generated provider uses. The processor's test path has neither jar, so the
 * few JSR-330 / Jakarta Inject declarations the provider needs are compiled from source here; the
 * Dagger and Spring tests in integration-tests use the real jakarta.inject jar.
 */
@MongoTest
class ProviderGenerationTest {
  private static final String PROPERTY = "MEERKAT_PROVIDER_TEST_URI";
  private static final JavaFileObject DB =
      source(
          "shop.Db",
          "package shop;",
          "import dev.meerkat.Connection;",
          "import dev.meerkat.annotations.ConnectionConfig;",
          "@ConnectionConfig(uri = \"${" + PROPERTY + "}\", maxPoolSize = 3)",
          "public interface Db {",
          "  UserModel users();",
          "  Connection connection();",
          "}");

  /** Lets the test call the provider through a type on its own class path. */
  private static final JavaFileObject ACCESS =
      source(
          "shop.ProviderAccess",
          "package shop;",
          "public final class ProviderAccess implements java.util.function.Supplier<Object>, AutoCloseable {",
          "  private final DbProvider provider = new DbProvider();",
          "  @Override public Object get() { return provider.get().connection(); }",
          "  @Override public void close() { provider.close(); }",
          "}");

  @AfterEach
  void clearUri() {
    System.clearProperty(PROPERTY);
  }

  private static JavaFileObject[] injectApi(String pkg) {
    return new JavaFileObject[] {
      source(
          pkg + ".Provider", "package " + pkg + ";", "public interface Provider<T> { T get(); }"),
      source(
          pkg + ".Inject",
          "package " + pkg + ";",
          "import java.lang.annotation.*;",
          "@Retention(RetentionPolicy.RUNTIME) @Target({ElementType.CONSTRUCTOR, ElementType.METHOD, ElementType.FIELD})",
          "public @interface Inject {}"),
      source(
          pkg + ".Singleton",
          "package " + pkg + ";",
          "import java.lang.annotation.*;",
          "@Retention(RetentionPolicy.RUNTIME) @Target(ElementType.TYPE)",
          "public @interface Singleton {}")
    };
  }

  private static Compilation compileWith(JavaFileObject[]... apis) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (JavaFileObject[] api : apis) {
      sources.addAll(List.of(api));
    }
    sources.add(modelRecord("shop", "User"));
    sources.add(DB);
    sources.add(ACCESS);
    return compile(sources.toArray(JavaFileObject[]::new));
  }

  private static String providerSource(Compilation compilation) throws IOException {
    return compilation
        .generatedSourceFile("shop.DbProvider")
        .orElseThrow()
        .getCharContent(true)
        .toString();
  }

  @Test
  void javaxInjectAloneGivesAJavaxProviderThatOpensOneConnectionAndClosesIt(MongoServer server)
      throws Exception {
    Compilation compilation = compileWith(injectApi("javax.inject"));
    assertThat(compilation).succeededWithoutWarnings();
    String provider = providerSource(compilation);
    assertTrue(
        provider.contains("import javax.inject.Provider;")
            && provider.contains("@Singleton")
            && provider.contains("@Inject\n  public DbProvider()"),
        provider);
    assertTrue(provider.contains("implements Provider<Db>, AutoCloseable"), provider);

    System.setProperty(PROPERTY, server.uri());
    ClassLoader classes = FactoryCompilations.load(compilation);
    @SuppressWarnings("unchecked")
    Supplier<Object> access =
        (Supplier<Object>) classes.loadClass("shop.ProviderAccess").getConstructor().newInstance();
    Connection connection = (Connection) access.get();
    assertSame(connection, access.get(), "one instance per provider");
    assertEquals(3, connection.options().maxPoolSize());
    ((AutoCloseable) access).close();
    assertEquals(ReadyState.DISCONNECTED, connection.readyState());
    InvocationTargetException closed =
        assertThrows(
            InvocationTargetException.class, () -> Supplier.class.getMethod("get").invoke(access));
    assertEquals(
        "DbProvider is closed; its Db and connection are gone. Get it from a provider that is still"
            + " open.",
        closed.getCause().getMessage());
  }

  @Test
  void jakartaIsPreferredWhenBothAreOnThePath() throws IOException {
    Compilation compilation = compileWith(injectApi("javax.inject"), injectApi("jakarta.inject"));
    assertThat(compilation).succeededWithoutWarnings();
    String provider = providerSource(compilation);
    assertTrue(provider.contains("import jakarta.inject.Provider;"), provider);
    assertFalse(provider.contains("javax.inject"), provider);
  }
}
