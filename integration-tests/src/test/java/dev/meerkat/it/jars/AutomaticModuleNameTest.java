package dev.meerkat.it.jars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every published jar names its module in its manifest, so users on the module path get a stable
 * name ({@code requires dev.meerkat;}) rather than one derived from the file name. Under {@code mvn
 * verify} the reactor puts each module's packaged jar on this module's test path, so the test reads
 * the jars the build just made.
 */
class AutomaticModuleNameTest {

  @ParameterizedTest(name = "{0} is module {1}")
  @CsvSource({
    "dev/meerkat/annotations/Schema.class, dev.meerkat.annotations",
    "dev/meerkat/Connection.class, dev.meerkat",
    "dev/meerkat/processor/MeerkatProcessor.class, dev.meerkat.processor",
    "dev/meerkat/testing/MongoTest.class, dev.meerkat.testing",
    "dev/meerkat/micrometer/MeerkatMetrics.class, dev.meerkat.micrometer",
    "dev/meerkat/spring/boot/MeerkatHealthIndicator.class, dev.meerkat.spring.boot"
  })
  void jarNamesItsModule(String classFile, String moduleName)
      throws IOException, URISyntaxException {
    // A resource, not a class: the starter's and micrometer's own dependencies are not on this
    // path.
    URL url = getClass().getClassLoader().getResource(classFile);
    assertNotNull(url, classFile + " is not on the test class path");
    Assumptions.assumeTrue(
        url.getProtocol().equals("jar"),
        () ->
            classFile
                + " comes from a classes directory, not a jar ("
                + url
                + "); mvn verify tests the packaged jars");
    JarURLConnection connection = (JarURLConnection) url.openConnection();
    connection.setUseCaches(false);
    Manifest manifest = connection.getManifest();
    assertNotNull(manifest, connection.getJarFileURL() + " has no manifest");
    assertEquals(
        moduleName,
        manifest.getMainAttributes().getValue(new Attributes.Name("Automatic-Module-Name")),
        connection.getJarFileURL() + " must declare Automatic-Module-Name in its manifest");

    // And the JDK agrees: on the module path the jar is the automatic module of that name.
    Path jar = Path.of(connection.getJarFileURL().toURI());
    Set<ModuleReference> modules = ModuleFinder.of(jar).findAll();
    assertEquals(1, modules.size());
    ModuleDescriptor descriptor = modules.iterator().next().descriptor();
    assertTrue(descriptor.isAutomatic(), jar + " has a module-info; update this test");
    assertEquals(moduleName, descriptor.name());
  }
}
