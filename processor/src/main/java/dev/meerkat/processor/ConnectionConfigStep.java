package dev.meerkat.processor;

import com.palantir.javapoet.JavaFile;
import dev.meerkat.processor.internal.descriptor.ConnectionConfigDescriptor;
import dev.meerkat.processor.internal.validation.ConnectionConfigValidator;
import dev.meerkat.processor.internal.validation.ErrorReporter;
import dev.meerkat.processor.internal.validation.Message;
import dev.meerkat.processor.internal.writer.FactoryWriter;
import dev.meerkat.processor.internal.writer.ProviderWriter;
import dev.meerkat.processor.internal.writer.RegistrationWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The {@code @ConnectionConfig} step: checks each annotated interface, then writes {@code IFactory}
 * (and {@code IProvider} when an inject API is on the compile path). Interfaces whose methods
 * return models not generated yet are retried next round; only after the last round is that an
 * error.
 */
final class ConnectionConfigStep implements ProcessingStep {
  static final String ANNOTATION = "dev.meerkat.annotations.ConnectionConfig";

  private final ProcessingEnvironment env;

  /** Interfaces retried next round, with the method whose return type was missing. */
  private final Map<String, ConnectionConfigValidator.Deferred> deferred = new LinkedHashMap<>();

  private final Set<String> done = new HashSet<>();
  private final ServiceFile registrations =
      new ServiceFile(RegistrationWriter.SERVICE.reflectionName());

  ConnectionConfigStep(ProcessingEnvironment env) {
    this.env = env;
  }

  @Override
  public Set<String> annotations() {
    return Set.of(ANNOTATION);
  }

  @Override
  public void process(RoundEnvironment round) {
    List<TypeElement> types = new ArrayList<>();
    for (String name : List.copyOf(deferred.keySet())) {
      TypeElement type = env.getElementUtils().getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    TypeElement annotation = env.getElementUtils().getTypeElement(ANNOTATION);
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element instanceof TypeElement type && done.add(type.getQualifiedName().toString())) {
          types.add(type);
        }
      }
    }
    types.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    for (TypeElement type : types) {
      processOne(env, type);
    }
    if (round.processingOver()) {
      for (ConnectionConfigValidator.Deferred missing : deferred.values()) {
        env.getMessager()
            .printMessage(
                Diagnostic.Kind.ERROR,
                Message.CONFIG_MISSING_TYPE.format(
                    missing.method().getEnclosingElement().getSimpleName(),
                    missing.method().getSimpleName(),
                    missing.missingType()),
                missing.method());
      }
      deferred.clear();
      try {
        registrations.write(env.getFiler());
      } catch (IOException e) {
        env.getMessager()
            .printMessage(
                Diagnostic.Kind.ERROR,
                Message.INTERNAL_ERROR.format(RegistrationWriter.SERVICE.canonicalName(), e));
      }
    }
  }

  private void processOne(ProcessingEnvironment env, TypeElement type) {
    String name = type.getQualifiedName().toString();
    deferred.remove(name);
    ErrorReporter errors = new ErrorReporter();
    try {
      ConnectionConfigValidator.Outcome outcome =
          new ConnectionConfigValidator(env.getElementUtils()).check(type, errors);
      if (outcome instanceof ConnectionConfigValidator.Deferred later) {
        errors.discard();
        deferred.put(name, later);
        return;
      }
      errors.flushTo(env.getMessager());
      if (outcome instanceof ConnectionConfigValidator.Valid valid) {
        write(env, type, valid.model());
        registrations.add(
            RegistrationWriter.registrationOf(valid.model().type()).reflectionName(), type);
      }
    } catch (IOException | RuntimeException | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      env.getMessager()
          .printMessage(Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format(name, trace), type);
    }
  }

  private void write(ProcessingEnvironment env, TypeElement type, ConnectionConfigDescriptor model)
      throws IOException {
    boolean generated =
        env.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
    writeFile(env, new FactoryWriter(generated).write(model), type);
    writeFile(env, new RegistrationWriter(generated).write(model), type);
    if (model.provider().isPresent()) {
      writeFile(env, new ProviderWriter(generated).write(model), type);
    }
  }

  private static void writeFile(ProcessingEnvironment env, JavaFile file, TypeElement originating)
      throws IOException {
    String name =
        file.packageName().isEmpty()
            ? file.typeSpec().name()
            : file.packageName() + "." + file.typeSpec().name();
    JavaFileObject source = env.getFiler().createSourceFile(name, originating);
    try (Writer writer = source.openWriter()) {
      file.writeTo(writer);
    }
  }
}
