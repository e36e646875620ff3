package dev.meerkat.it.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Builds a new project from the README's own Maven set-up (the block after the {@code
 * readme-sample:pom} marker, used as is) plus a {@code @Schema} record and a {@code @MongoTest},
 * and runs {@code mvn test} on it against this reactor's freshly built jars.
 *
 * <p>The jars are not installed in {@code ~/.m2}: they go into a local repository under {@code
 * target/}, laid out as {@code mvn install} would. Everything else (plugins, the driver, JUnit) is
 * read from {@code ~/.m2/repository} as a {@code file:} repository listed before Maven Central, so
 * the build needs no network when the reactor's own build has already resolved them.
 */
class ReadmeSampleProjectTest {
  private static final List<String> MODULES =
      List.of("annotations", "processor", "runtime", "testing");
  private static final String MARKER = "<!-- readme-sample:pom";

  private final Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
  private final String version = System.getProperty("meerkat.version", "");

  @Test
  void readmeMavenSetUpBuildsAProjectAndRunsItsMongoTest() throws Exception {
    Assumptions.assumeFalse(
        version.isEmpty(), "meerkat.version is set by this module's Surefire configuration");
    for (String module : MODULES) {
      Assumptions.assumeTrue(
          Files.exists(jar(module)),
          () ->
              "Skipped: "
                  + jar(module)
                  + " is built by the package"
                  + " phase; run `mvn verify` (not `mvn test`) to build the README's sample project");
    }
    String pom =
        ReadmeSnippets.blockAfter(Files.readString(root.resolve("README.md")), MARKER, "xml");
    assertTrue(
        pom.contains("<meerkat.version>" + version + "</meerkat.version>"),
        "The README's set-up names a Meerkat version other than this build's " + version);

    Path work = root.resolve("integration-tests/target/readme-sample");
    deleteRecursively(work);
    Path repo = work.resolve("repo");
    installReactor(repo);
    Path project = work.resolve("project");
    writeProject(project, pom);
    Path settings = writeSettings(work);

    Path log = work.resolve("build.log");
    Process mvn;
    try {
      mvn =
          new ProcessBuilder(
                  "mvn", "-B", "-s", settings.toString(), "-Dmaven.repo.local=" + repo, "test")
              .directory(project.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
    } catch (IOException e) {
      Assumptions.abort(
          "Skipped: no `mvn` on the PATH to build the README's sample project ("
              + e.getMessage()
              + ")");
      return;
    }
    boolean finished = mvn.waitFor(8, TimeUnit.MINUTES);
    if (!finished) {
      mvn.destroyForcibly();
    }
    String output = Files.readString(log);
    assertTrue(
        finished, "mvn test on the README sample did not finish within 8 minutes; see " + log);
    assertEquals(
        0,
        mvn.exitValue(),
        () -> "mvn test on the README sample failed; see " + log + "\n" + tail(output));
    assertTrue(
        output.contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0"),
        () ->
            "The sample's @MongoTest did not run (Surefire must find JUnit 5 tests):\n"
                + tail(output));
  }

  private Path jar(String module) {
    return root.resolve(module)
        .resolve("target")
        .resolve("meerkat-" + module + "-" + version + ".jar");
  }

  /** Lays the reactor's jars and poms out as {@code mvn install} would, parent pom included. */
  private void installReactor(Path repo) throws IOException {
    install(repo, "meerkat-parent", root.resolve("pom.xml"), null);
    for (String module : MODULES) {
      install(repo, "meerkat-" + module, root.resolve(module).resolve("pom.xml"), jar(module));
    }
  }

  private void install(Path repo, String artifactId, Path pom, Path jar) throws IOException {
    Path dir = repo.resolve("dev/meerkat").resolve(artifactId).resolve(version);
    Files.createDirectories(dir);
    Files.copy(pom, dir.resolve(artifactId + "-" + version + ".pom"));
    if (jar != null) {
      Files.copy(jar, dir.resolve(artifactId + "-" + version + ".jar"));
    }
  }

  private static void writeProject(Path project, String pom) throws IOException {
    Path main = project.resolve("src/main/java/com/example/shop");
    Path test = project.resolve("src/test/java/com/example/shop");
    Files.createDirectories(main);
    Files.createDirectories(test);
    Files.writeString(project.resolve("pom.xml"), pom);
    Files.writeString(
        main.resolve("Note.java"),
        String.join(
            "\n",
            "package com.example.shop;",
            "",
            "import dev.meerkat.annotations.Id;",
            "import dev.meerkat.annotations.Model;",
            "import dev.meerkat.annotations.Required;",
            "import dev.meerkat.annotations.Schema;",
            "import org.bson.types.ObjectId;",
            "",
            "@Schema",
            "@Model(\"Note\")",
            "public record Note(@Id ObjectId id, @Required String text) {}",
            ""));
    Files.writeString(
        test.resolve("NoteTest.java"),
        String.join(
            "\n",
            "package com.example.shop;",
            "",
            "import static org.junit.jupiter.api.Assertions.assertEquals;",
            "",
            "import dev.meerkat.Connection;",
            "import dev.meerkat.Meerkat;",
            "import dev.meerkat.MeerkatInstance;",
            "import dev.meerkat.testing.MongoServer;",
            "import dev.meerkat.testing.MongoTest;",
            "import java.util.concurrent.TimeUnit;",
            "import org.junit.jupiter.api.Test;",
            "",
            "@MongoTest",
            "class NoteTest {",
            "  @Test",
            "  void savesAndFindsANote(MongoServer server) throws Exception {",
            "    MeerkatInstance meerkat = Meerkat.newInstance();",
            "    Connection connection = meerkat.connect(server.uri()).get(30, TimeUnit.SECONDS);",
            "    NoteModel notes = NoteModel.on(connection);",
            "    Note saved = notes.create(new Note(null, \"milk\"));",
            "    assertEquals(\"milk\", notes.findById(saved.id()).orElseThrow().text());",
            "    meerkat.disconnect().get(30, TimeUnit.SECONDS);",
            "  }",
            "}",
            ""));
  }

  /**
   * Settings reading every other artifact from this machine's {@code ~/.m2} before Maven Central.
   */
  private static Path writeSettings(Path work) throws IOException {
    String userRepo =
        Path.of(System.getProperty("user.home"), ".m2", "repository").toUri().toString();
    String repository =
        "<id>user-m2</id><url>"
            + userRepo
            + "</url>"
            + "<releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>"
            + "<snapshots><enabled>false</enabled></snapshots>"; // a local repository keeps no
    // checksums
    Path settings = work.resolve("settings.xml");
    Files.writeString(
        settings,
        String.join(
            "\n",
            "<settings>",
            "  <profiles><profile><id>user-m2</id>",
            "    <repositories><repository>" + repository + "</repository></repositories>",
            "    <pluginRepositories><pluginRepository>"
                + repository
                + "</pluginRepository></pluginRepositories>",
            "  </profile></profiles>",
            "  <activeProfiles><activeProfile>user-m2</activeProfile></activeProfiles>",
            "</settings>",
            ""));
    return settings;
  }

  private static String tail(String output) {
    String[] lines = output.split("\n");
    return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 60), lines.length));
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    List<Path> paths = new ArrayList<>();
    try (var walk = Files.walk(dir)) {
      walk.forEach(paths::add);
    }
    for (int i = paths.size() - 1; i >= 0; i--) {
      Files.delete(paths.get(i));
    }
  }
}
