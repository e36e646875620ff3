package dev.meerkat.processor;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The Meerkat annotation processor. Each round it runs one {@link ProcessingStep} per annotation
 * family: {@code @Schema}/{@code @Model} generate {@code TSchema} and {@code TModel},
 * {@code @ConnectionConfig} generates {@code IFactory} (and {@code IProvider}). Each step checks
 * its types, builds an immutable model of the valid ones, and writes code only for those; every
 * problem is reported on the element at fault, all at once.
 *
 * <p>Registered for Gradle incremental builds as {@code aggregating}: the model-name check spans
 * types.
 */
@AutoService(Processor.class)
public final class MeerkatProcessor extends AbstractProcessor {
  /** Runs before each {@code @Schema} type is checked; tests use it to simulate a crash. */
  private final Consumer<TypeElement> beforeEachType;

  private List<ProcessingStep> steps = List.of();

  /** The processor, as the compiler's service loader creates it. */
  public MeerkatProcessor() {
    this(type -> {});
  }

  MeerkatProcessor(Consumer<TypeElement> beforeEachType) {
    this.beforeEachType = beforeEachType;
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    steps =
        List.of(
            new SchemaStep(processingEnv, beforeEachType),
            new ConnectionConfigStep(processingEnv),
            new RepositoryStep(processingEnv));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> annotations = new TreeSet<>(Set.of(SchemaStep.SCHEMA, SchemaStep.MODEL));
    steps.forEach(step -> annotations.addAll(step.annotations()));
    return annotations;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (ProcessingStep step : steps) {
      step.process(round);
    }
    return false;
  }
}
