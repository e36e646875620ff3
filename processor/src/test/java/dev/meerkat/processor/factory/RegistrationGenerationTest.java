package dev.meerkat.processor.factory;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.meerkat.processor.factory.FactoryCompilations.compile;
import static dev.meerkat.processor.factory.FactoryCompilations.modelRecord;
import static dev.meerkat.processor.factory.FactoryCompilations.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The {@code IRegistration} classes and the {@code META-INF/services} file that lists them. */
class RegistrationGenerationTest {
  private static final String SERVICES =
      "META-INF/services/dev.meerkat.internal.generated.ConnectionConfigRegistration";
  private static final JavaFileObject USER = modelRecord("shop", "User");

  private static JavaFileObject config(String name, String... body) {
    String[] lines = new String[body.length + 3];
    lines[0] = "package shop;";
    lines[1] = "import dev.meerkat.annotations.ConnectionConfig;";
    lines[2] = "@ConnectionConfig(uri = \"mongodb://127.0.0.1:1/x\")";
    System.arraycopy(body, 0, lines, 3, body.length);
    return source("shop." + name, lines);
  }

  @Test
  void everyConfigIsListedSortedByBinaryName() {
    Compilation compilation =
        compile(
            USER,
            config("Web", "public interface Web { UserModel users(); }"),
            config("Admin", "public interface Admin { UserModel users(); }"),
            source(
                "shop.Outer",
                "package shop;",
                "import dev.meerkat.annotations.ConnectionConfig;",
                "public class Outer {",
                "  @ConnectionConfig(uri = \"mongodb://127.0.0.1:1/x\") public interface Db { UserModel users(); }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.WebRegistration");
    assertThat(compilation).generatedSourceFile("shop.Outer_DbRegistration");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, SERVICES)
        .contentsAsUtf8String()
        .isEqualTo("shop.AdminRegistration\nshop.Outer_DbRegistration\nshop.WebRegistration\n");
  }

  @Test
  void noConfigNoServicesFile() {
    Compilation compilation = compile(USER);

    assertThat(compilation).succeeded();
    assertTrue(
        compilation.generatedFiles().stream()
            .noneMatch(f -> f.getName().contains("META-INF/services")),
        compilation.generatedFiles()::toString);
  }
}
