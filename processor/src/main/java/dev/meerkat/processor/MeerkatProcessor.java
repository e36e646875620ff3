package dev.meerkat.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.meerkat.processor.internal.model.SchemaModel;
import dev.meerkat.processor.internal.model.TypeModel;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The Meerkat annotation processor: for each {@code @Schema} type checks it, builds its model and
 * writes {@code TSchema} (and {@code TModel} for {@code @Model}). Each annotation has its own step,
 * so further annotations ({@code @ConnectionConfig}) add a step without touching this one.
 *
 * <p>Types whose fields refer to classes that do not exist yet are retried in the next round; only
 * after the last round is that an error. A crash while handling one type is reported on that type.
 */
@AutoService(Processor.class)
public final class MeerkatProcessor extends AbstractProcessor {
  private static final String SCHEMA = "dev.meerkat.annotations.Schema";
  private static final String MODEL = "dev.meerkat.annotations.Model";

  /** Qualified names of types retried next round, with the field and type that were missing. */
  private final Map<String, SchemaValidator.Deferred> deferred = new LinkedHashMap<>();
  /** Model names already claimed in this build: name to qualified type name. */
  private final Map<String, String> modelNames = new LinkedHashMap<>();
  private final Set<String> done = new HashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(SCHEMA, MODEL);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Set<TypeElement> types = new LinkedHashSet<>();
    for (String name : List.copyOf(deferred.keySet())) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    TypeElement schemaAnnotation = processingEnv.getElementUtils().getTypeElement(SCHEMA);
    TypeElement modelAnnotation = processingEnv.getElementUtils().getTypeElement(MODEL);
    if (schemaAnnotation != null) {
      addTypes(round.getElementsAnnotatedWith(schemaAnnotation), types);
    }
    if (modelAnnotation != null) {
      for (Element element : round.getElementsAnnotatedWith(modelAnnotation)) {
        if (element instanceof TypeElement type) {
          ModelChecks.checkHasSchema(type, processingEnv.getMessager());
        }
      }
    }
    List<TypeElement> sorted = new ArrayList<>(types);
    sorted.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    processSchemas(sorted);
    if (round.processingOver()) {
      for (SchemaValidator.Deferred missing : deferred.values()) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Message.MISSING_TYPE.format(
            missing.field().getSimpleName(), missing.field().getEnclosingElement().getSimpleName(),
            missing.missingType()), missing.field());
      }
      deferred.clear();
    }
    return false;
  }

  private static void addTypes(Set<? extends Element> elements, Set<TypeElement> types) {
    for (Element element : elements) {
      if (element instanceof TypeElement type) {
        types.add(type);
      }
    }
  }

  private void processSchemas(List<TypeElement> types) {
    SchemaValidator validator = new SchemaValidator(processingEnv.getTypeUtils());
    Map<String, SchemaModel> valid = new LinkedHashMap<>();
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
        errors.flushTo(processingEnv.getMessager());
      } catch (RuntimeException | Error e) {
        failed.add(name);
        internalError(type, e);
      }
    }
    dropDependentsOfFailed(valid, failed);
    for (Map.Entry<String, SchemaModel> entry : valid.entrySet()) {
      write(elements.get(entry.getKey()), entry.getValue());
    }
  }

  /** A schema that embeds one with errors is not written either: its code would not compile. */
  private static void dropDependentsOfFailed(Map<String, SchemaModel> valid, Set<String> failed) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (var iterator = valid.entrySet().iterator(); iterator.hasNext(); ) {
        var entry = iterator.next();
        boolean dependsOnFailed = entry.getValue().fields().stream()
            .anyMatch(f -> references(f.type(), failed));
        if (dependsOnFailed) {
          failed.add(entry.getKey());
          iterator.remove();
          changed = true;
        }
      }
    }
  }

  private static boolean references(TypeModel type, Set<String> names) {
    if (type instanceof TypeModel.Nested nested) {
      return names.contains(nested.javaType().canonicalName());
    }
    if (type instanceof TypeModel.CollectionType collection) {
      return references(collection.element(), names);
    }
    return type instanceof TypeModel.MapType map && references(map.value(), names);
  }

  private void write(TypeElement type, SchemaModel model) {
    boolean generated = processingEnv.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
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
    String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    JavaFileObject source = processingEnv.getFiler().createSourceFile(name, originating);
    try (Writer writer = source.openWriter()) {
      file.writeTo(writer);
    }
  }

  private void internalError(TypeElement type, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
        Message.INTERNAL_ERROR.format(type.getQualifiedName(), trace), type);
  }
}
