package dev.meerkat.processor;

import com.palantir.javapoet.JavaFile;
import dev.meerkat.processor.internal.descriptor.ProjectionDescriptor;
import dev.meerkat.processor.internal.descriptor.RepositoryDescriptor;
import dev.meerkat.processor.internal.validation.ErrorReporter;
import dev.meerkat.processor.internal.validation.Message;
import dev.meerkat.processor.internal.validation.ProjectionChecks;
import dev.meerkat.processor.internal.validation.RepositoryChecks;
import dev.meerkat.processor.internal.writer.ProjectionWriter;
import dev.meerkat.processor.internal.writer.RepositoryWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * {@code @Repository} and {@code @Projection}: check each interface or record against its schema,
 * then write {@code XRepositoryImpl} and {@code XProjection}. A repository whose methods mention
 * types that do not exist yet is retried next round.
 */
final class RepositoryStep implements ProcessingStep {
  static final String REPOSITORY = "dev.meerkat.annotations.Repository";
  static final String PROJECTION = "dev.meerkat.annotations.Projection";

  private final ProcessingEnvironment env;
  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<String> done = new HashSet<>();

  RepositoryStep(ProcessingEnvironment env) {
    this.env = env;
  }

  @Override
  public Set<String> annotations() {
    return Set.of(REPOSITORY, PROJECTION);
  }

  @Override
  public void process(RoundEnvironment round) {
    for (TypeElement projection : annotated(round, PROJECTION)) {
      if (done.add(projection.getQualifiedName().toString())) {
        run(projection, () -> projection(projection));
      }
    }
    List<TypeElement> repositories = new ArrayList<>();
    for (String name : List.copyOf(deferred)) {
      TypeElement type = env.getElementUtils().getTypeElement(name);
      if (type != null) {
        repositories.add(type);
      }
    }
    deferred.clear();
    for (TypeElement repository : annotated(round, REPOSITORY)) {
      if (done.add(repository.getQualifiedName().toString())) {
        repositories.add(repository);
      }
    }
    RepositoryChecks checks = new RepositoryChecks(env.getTypeUtils(), env.getElementUtils());
    for (TypeElement repository : repositories) {
      if (!round.processingOver() && checks.waitsForTypes(repository)) {
        deferred.add(repository.getQualifiedName().toString());
        continue;
      }
      run(repository, () -> repository(checks, repository));
    }
  }

  private interface Work {
    void run() throws IOException;
  }

  private void run(TypeElement type, Work work) {
    try {
      work.run();
    } catch (IOException | RuntimeException | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      env.getMessager()
          .printMessage(
              Diagnostic.Kind.ERROR,
              Message.INTERNAL_ERROR.format(type.getQualifiedName(), trace),
              type);
    }
  }

  private void projection(TypeElement record) throws IOException {
    ErrorReporter errors = new ErrorReporter();
    Optional<ProjectionDescriptor> projection =
        new ProjectionChecks(env.getTypeUtils()).check(record, errors);
    errors.flushTo(env.getMessager());
    if (projection.isPresent()) {
      write(new ProjectionWriter(generatedAvailable()).write(projection.get()), record);
    }
  }

  private void repository(RepositoryChecks checks, TypeElement repository) throws IOException {
    ErrorReporter errors = new ErrorReporter();
    Optional<RepositoryDescriptor> descriptor = checks.check(repository, errors);
    errors.flushTo(env.getMessager());
    if (descriptor.isPresent()) {
      write(new RepositoryWriter(generatedAvailable()).write(descriptor.get()), repository);
    }
  }

  private List<TypeElement> annotated(RoundEnvironment round, String annotation) {
    TypeElement annotationType = env.getElementUtils().getTypeElement(annotation);
    List<TypeElement> types = new ArrayList<>();
    if (annotationType != null) {
      for (Element element : round.getElementsAnnotatedWith(annotationType)) {
        if (element instanceof TypeElement type) {
          types.add(type);
        }
      }
    }
    types.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    return types;
  }

  private boolean generatedAvailable() {
    return env.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
  }

  private void write(JavaFile file, TypeElement originating) throws IOException {
    String name = file.packageName() + "." + file.typeSpec().name();
    JavaFileObject source = env.getFiler().createSourceFile(name, originating);
    try (Writer writer = source.openWriter()) {
      file.writeTo(writer);
    }
  }
}
