package dev.meerkat.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The processor is found by javac's service loader and declared to Gradle as aggregating. */
class RegistrationTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = MeerkatProcessor.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
  }

  @Test
  void registeredAsAnAnnotationProcessorService() throws IOException {
    assertThat(resource("META-INF/services/javax.annotation.processing.Processor"))
        .isEqualTo(MeerkatProcessor.class.getName());
  }

  @Test
  void declaredToGradleAsAggregating() throws IOException {
    assertThat(resource("META-INF/gradle/incremental.annotation.processors"))
        .isEqualTo(MeerkatProcessor.class.getName() + ",aggregating");
  }

  @Test
  void supportsSchemaAndModel() {
    MeerkatProcessor processor = new MeerkatProcessor();
    assertThat(processor.getSupportedAnnotationTypes())
        .containsAtLeast("dev.meerkat.annotations.Schema", "dev.meerkat.annotations.Model");
  }
}
