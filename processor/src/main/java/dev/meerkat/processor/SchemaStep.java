package dev.meerkat.processor;

import com.palantir.javapoet.JavaFile;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import dev.meerkat.processor.internal.validation.ErrorReporter;
import dev.meerkat.processor.internal.validation.Message;
import dev.meerkat.processor.internal.validation.ModelChecks;
import dev.meerkat.processor.internal.validation.SchemaValidator;
import dev.meerkat.processor.internal.writer.ModelWriter;
import dev.meerkat.processor.internal.writer.SchemaWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.annotation.AnnotationTypeMismatchException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * {@code @Schema} and {@code @Model}: check each type, build its model, write {@code TSchema} and
 * {@code TModel}. Types whose fields refer to classes that do not exist yet are retried in the next
 * round; only after the last round is that an error.
 */
final class SchemaStep implements ProcessingStep {
  static final String SCHEMA = "dev.meerkat.annotations.Schema";
  static final String MODEL = "dev.meerkat.annotations.Model";

  private final ProcessingEnvironment env;
  private final Consumer<TypeElement> beforeEachType;

  /** Types retried next round (qualified names), with the field whose type was missing. */
  private final Map<String, SchemaValidator.Deferred> deferred = new LinkedHashMap<>();

  /** Model names claimed in this build: name to qualified type name. */
  private final Map<String, String> modelNames = new LinkedHashMap<>();

  private final Set<String> done = new HashSet<>();

  SchemaStep(ProcessingEnvironment env, Consumer<TypeElement> beforeEachType) {
    this.env = env;
    this.beforeEachType = beforeEachType;
  }

  @Override
  public Set<String> annotations() {
    return Set.of(SCHEMA, MODEL);
  }

  @Override
  public void process(RoundEnvironment round) {
    Set<TypeElement> types = new LinkedHashSet<>();
    for (String name : List.copyOf(deferred.keySet())) {
      TypeElement type = env.getElementUtils().getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    types.addAll(annotatedTypes(round, SCHEMA));
    for (TypeElement type : annotatedTypes(round, MODEL)) {
      ModelChecks.checkHasSchema(type, env.getMessager());
    }
    List<TypeElement> sorted = new ArrayList<>(types);
    sorted.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    processSchemas(sorted);
    if (round.processingOver()) {
      for (SchemaValidator.Deferred missing : deferred.values()) {
        env.getMessager()
            .printMessage(
                Diagnostic.Kind.ERROR,
                Message.MISSING_TYPE.format(
                    missing.field().getSimpleName(),
                    missing.field().getEnclosingElement().getSimpleName(),
                    missing.missingType()),
                missing.field());
      }
      deferred.clear();
    }
  }

  private List<TypeElement> annotatedTypes(RoundEnvironment round, String annotation) {
    TypeElement annotationType = env.getElementUtils().getTypeElement(annotation);
    List<TypeElement> types = new ArrayList<>();
    if (annotationType != null) {
      for (Element element : round.getElementsAnnotatedWith(annotationType)) {
        if (element instanceof TypeElement type) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private void processSchemas(List<TypeElement> types) {
    SchemaValidator validator = new SchemaValidator(env.getTypeUtils(), env.getElementUtils());
    Map<String, SchemaDescriptor> valid = new LinkedHashMap<>();
    Map<String, TypeElement> elements = new LinkedHashMap<>();
    Set<String> failed = new HashSet<>();
    for (TypeElement type : types) {
      String name = type.getQualifiedName().toString();
      if (!done.add(name) && !deferred.containsKey(name)) {
        continue;
      }
      deferred.remove(name);
      ErrorReporter errors = new ErrorReporter();
      try {
        beforeEachType.accept(type);
        SchemaValidator.Outcome outcome = validator.check(type, errors);
        if (outcome instanceof SchemaValidator.Deferred later) {
          errors.discard();
          deferred.put(name, later);
        } else if (outcome instanceof SchemaValidator.Valid ok
            && ModelChecks.checkModel(type, ok.model(), modelNames, errors)) {
          valid.put(name, ok.model());
          elements.put(name, type);
        } else {
          failed.add(name);
        }
        errors.flushTo(env.getMessager());
      } catch (AnnotationTypeMismatchException e) {
        // An annotation value that does not compile (an unknown constant): javac reports it itself.
        failed.add(name);
      } catch (RuntimeException | Error e) {
        failed.add(name);
        internalError(type, e);
      }
    }
    dropDependentsOfFailed(valid, failed);
    for (Map.Entry<String, SchemaDescriptor> entry : valid.entrySet()) {
      write(elements.get(entry.getKey()), entry.getValue());
    }
  }

  /** A schema that embeds one with errors is not written either: its code would not compile. */
  private static void dropDependentsOfFailed(
      Map<String, SchemaDescriptor> valid, Set<String> failed) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (var iterator = valid.entrySet().iterator(); iterator.hasNext(); ) {
        var entry = iterator.next();
        boolean subtypeFailed =
            entry.getValue().discriminator().stream()
                .flatMap(d -> d.subtypes().stream())
                .anyMatch(s -> failed.contains(s.type().canonicalName()));
        if (subtypeFailed
            || entry.getValue().fields().stream().anyMatch(f -> references(f.type(), failed))) {
          failed.add(entry.getKey());
          iterator.remove();
          changed = true;
        }
      }
    }
  }

  private static boolean references(TypeDescriptor type, Set<String> names) {
    if (type instanceof TypeDescriptor.OptionalType optional) {
      return references(optional.value(), names);
    }
    if (type instanceof TypeDescriptor.Nested nested) {
      return names.contains(nested.javaType().canonicalName());
    }
    if (type instanceof TypeDescriptor.CollectionType collection) {
      return references(collection.element(), names);
    }
    return type instanceof TypeDescriptor.MapType map && references(map.value(), names);
  }

  private void write(TypeElement type, SchemaDescriptor model) {
    boolean generated =
        env.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
    try {
      writeFile(new SchemaWriter(generated).write(model), type);
      if (model.model().isPresent()) {
        writeFile(new ModelWriter(generated).write(model), type);
      }
    } catch (IOException | RuntimeException e) {
      internalError(type, e);
    }
  }

  private void writeFile(JavaFile file, TypeElement originating) throws IOException {
    String name =
        file.packageName().isEmpty()
            ? file.typeSpec().name()
            : file.packageName() + "." + file.typeSpec().name();
    JavaFileObject source = env.getFiler().createSourceFile(name, originating);
    try (Writer writer = source.openWriter()) {
      file.writeTo(writer);
    }
  }

  private void internalError(TypeElement type, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    env.getMessager()
        .printMessage(
            Diagnostic.Kind.ERROR,
            Message.INTERNAL_ERROR.format(type.getQualifiedName(), trace),
            type);
  }
}
