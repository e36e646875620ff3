package dev.meerkat.annotations.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Says why {@code UserSchema} or {@code UserModel} "cannot be found" when a project forgot
 * Meerkat's annotation processor. It ships in {@code meerkat-annotations}, which every user
 * compiles against, and is registered as a processor there, so a compiler that looks for processors
 * on the class path (no processor path configured, JDK 17 to 22) runs it. It reports one error per
 * annotated type, unless Meerkat's real processor is on the same path (then it stays silent). When
 * the processor path is configured, the compiler never loads this class.
 */
public final class ProcessorMissingCheck extends AbstractProcessor {
  private static final String SCHEMA = "dev.meerkat.annotations.Schema";
  private static final String MODEL = "dev.meerkat.annotations.Model";
  private static final String CONFIG = "dev.meerkat.annotations.ConnectionConfig";
  private static final String REAL_PROCESSOR = "dev.meerkat.processor.MeerkatProcessor";

  private final boolean processorPresent;
  private final Set<String> reported = new LinkedHashSet<>();

  /**
   * The check as the compiler's service loader creates it: silent when the real processor can be
   * loaded.
   */
  public ProcessorMissingCheck() {
    this(loadable(REAL_PROCESSOR));
  }

  /** The check, told whether Meerkat's processor is present (for tests). */
  public ProcessorMissingCheck(boolean processorPresent) {
    this.processorPresent = processorPresent;
  }

  private static boolean loadable(String name) {
    try {
      Class.forName(name, false, ProcessorMissingCheck.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(SCHEMA, MODEL, CONFIG);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (processorPresent) {
      return false;
    }
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        String name = element.getSimpleName().toString();
        if (reported.add(element.toString())) {
          processingEnv
              .getMessager()
              .printMessage(Diagnostic.Kind.ERROR, message(element, name), element);
        }
      }
    }
    return false;
  }

  private static String message(Element element, String name) {
    boolean config = has(element, CONFIG);
    String annotation =
        config
            ? "@ConnectionConfig interface"
            : has(element, SCHEMA) ? "@Schema type" : "@Model type";
    String generated =
        config
            ? name + "Factory"
            : has(element, MODEL) ? name + "Schema and " + name + "Model" : name + "Schema";
    return "[MeerkatProcessorMissing] "
        + annotation
        + " "
        + name
        + " is compiled without Meerkat's annotation"
        + " processor, so "
        + generated
        + (generated.contains(" and ") ? " are" : " is")
        + " not generated. Add"
        + " dev.meerkat:meerkat-processor to the annotation processor path: in Maven, a <path> in"
        + " maven-compiler-plugin's <annotationProcessorPaths>; in Gradle, annotationProcessor"
        + " 'dev.meerkat:meerkat-processor:<version>'.";
  }

  private static boolean has(Element element, String annotation) {
    return element.getAnnotationMirrors().stream()
        .anyMatch(m -> m.getAnnotationType().toString().equals(annotation));
  }
}
