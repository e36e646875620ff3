package dev.meerkat.processor;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * A {@code META-INF/services} file listing generated classes, written once when processing is over,
 * sorted so that it is the same from build to build. Not thread-safe (one compilation uses it).
 */
final class ServiceFile {
  private final String service;
  private final TreeMap<String, Element> providers = new TreeMap<>();

  /**
   * @param service the binary name of the service interface
   */
  ServiceFile(String service) {
    this.service = service;
  }

  /** Lists {@code provider} (a binary class name), generated for {@code originating}. */
  void add(String provider, Element originating) {
    providers.put(provider, originating);
  }

  /** Writes the file when there is anything to list. */
  void write(Filer filer) throws IOException {
    if (providers.isEmpty()) {
      return;
    }
    List<Element> originating = new ArrayList<>(providers.values());
    FileObject file =
        filer.createResource(
            StandardLocation.CLASS_OUTPUT,
            "",
            "META-INF/services/" + service,
            originating.toArray(Element[]::new));
    try (Writer writer = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
      for (String provider : providers.keySet()) {
        writer.write(provider);
        writer.write('\n');
      }
    }
  }
}
