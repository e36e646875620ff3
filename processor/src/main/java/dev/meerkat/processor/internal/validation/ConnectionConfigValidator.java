package dev.meerkat.processor.internal.validation;

import com.palantir.javapoet.ClassName;
import dev.meerkat.annotations.ConnectionConfig;
import dev.meerkat.processor.internal.descriptor.ConnectionConfigDescriptor;
import dev.meerkat.processor.internal.descriptor.ConnectionConfigDescriptor.ModelMethod;
import dev.meerkat.processor.internal.descriptor.ConnectionConfigDescriptor.OptionValue;
import dev.meerkat.processor.internal.descriptor.ConnectionConfigDescriptor.ProviderModel;
import dev.meerkat.processor.internal.descriptor.RepositoryDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks one {@code @ConnectionConfig} interface and, only when it has no errors, builds its {@link
 * ConnectionConfigDescriptor}. A return type that does not exist yet (a model another round will
 * generate) defers the interface to the next round.
 */
public final class ConnectionConfigValidator {
  /** The verdict on one interface. */
  public sealed interface Outcome {}

  /** The interface is valid; here is its model. */
  public record Valid(ConnectionConfigDescriptor model) implements Outcome {}

  /** Errors were recorded. */
  public record Invalid() implements Outcome {}

  /** A method's return type does not exist yet; retry in the next round. */
  public record Deferred(ExecutableElement method, String missingType) implements Outcome {}

  private final Elements elements;
  private final ModelReturnChecks returns;

  /** Creates a validator over the compiler's element utilities. */
  public ConnectionConfigValidator(Elements elements) {
    this.elements = elements;
    this.returns = new ModelReturnChecks();
  }

  /** Checks {@code type}, recording errors in {@code errors}. */
  public Outcome check(TypeElement type, ErrorReporter errors) {
    if (!checkShape(type, errors)) {
      return new Invalid();
    }
    AnnotationMirror mirror = annotationOn(type);
    List<OptionValue> options =
        new ConfigOptionChecks(type, mirror, errors)
            .check(type.getAnnotation(ConnectionConfig.class));
    List<ModelMethod> models = new ArrayList<>();
    List<String> connections = new ArrayList<>();
    boolean closeable = false;
    Deferred deferred = null;
    for (ExecutableElement method : abstractMethods(type)) {
      if (!checkSignature(type, method, errors)) {
        continue;
      }
      String name = method.getSimpleName().toString();
      TypeMirror returned = method.getReturnType();
      if (name.equals("close") && returned.getKind() == TypeKind.VOID) {
        closeable = true;
      } else if (returned.getKind() == TypeKind.ERROR) {
        deferred = deferred != null ? deferred : new Deferred(method, returned.toString());
      } else if (returns.isConnection(returned)) {
        connections.add(name);
      } else if (returns.repository(returned).isPresent()) {
        ClassName repository = returns.repository(returned).get();
        models.add(
            new ModelMethod(name, repository, RepositoryDescriptor.implementationOf(repository)));
      } else {
        Optional<ClassName> model = returns.generatedModel(returned);
        if (model.isPresent()) {
          models.add(new ModelMethod(name, model.get()));
        } else {
          errors.error(
              at(type, method),
              Message.CONFIG_RETURN,
              owner(method),
              name,
              returned,
              returns.fixFor(returned));
        }
      }
    }
    if (errors.hasErrors()) {
      return new Invalid();
    }
    if (deferred != null) {
      return deferred;
    }
    models.sort(Comparator.comparing(ModelMethod::name));
    connections.sort(Comparator.naturalOrder());
    ClassName name = ClassName.get(type);
    return new Valid(
        new ConnectionConfigDescriptor(
            name,
            ConnectionConfigDescriptor.factoryOf(name),
            provider(name),
            type.getAnnotation(ConnectionConfig.class).uri(),
            options,
            models,
            connections,
            closeable));
  }

  private static boolean checkShape(TypeElement type, ErrorReporter errors) {
    if (type.getKind() != ElementKind.INTERFACE) {
      errors.error(type, Message.CONFIG_KIND, type.getSimpleName(), describe(type.getKind()));
      return false;
    }
    boolean ok = true;
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      errors.error(type, Message.CONFIG_PRIVATE, type.getSimpleName());
      ok = false;
    }
    if (!type.getTypeParameters().isEmpty()) {
      errors.error(
          type,
          Message.CONFIG_GENERIC_TYPE,
          type.getSimpleName(),
          type.getTypeParameters().stream()
              .map(p -> p.getSimpleName().toString())
              .collect(Collectors.joining(", ")));
      ok = false;
    }
    return ok;
  }

  private static boolean checkSignature(
      TypeElement type, ExecutableElement method, ErrorReporter errors) {
    boolean ok = true;
    if (!method.getTypeParameters().isEmpty()) {
      errors.error(
          at(type, method),
          Message.CONFIG_GENERIC_METHOD,
          owner(method),
          method.getSimpleName(),
          method.getTypeParameters().stream()
              .map(p -> p.getSimpleName().toString())
              .collect(Collectors.joining(", ")));
      ok = false;
    }
    if (!method.getParameters().isEmpty()) {
      String parameters =
          method.getParameters().stream()
              .map(p -> p.asType() + " " + p.getSimpleName())
              .collect(Collectors.joining(", "));
      errors.error(
          at(type, method),
          Message.CONFIG_PARAMETERS,
          owner(method),
          method.getSimpleName(),
          method.getParameters().size() == 1
              ? "parameter " + parameters
              : "parameters " + parameters);
      ok = false;
    }
    return ok;
  }

  /**
   * The methods the generated implementation must write: abstract ones, inherited included. Static,
   * private and default methods have bodies already; methods of {@code Object} the implementation
   * inherits.
   */
  private List<ExecutableElement> abstractMethods(TypeElement type) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      Element owner = method.getEnclosingElement();
      boolean fromObject =
          owner instanceof TypeElement t && t.getQualifiedName().contentEquals("java.lang.Object");
      if (!fromObject
          && method.getModifiers().contains(Modifier.ABSTRACT)
          && !overridesObject(method)) {
        methods.add(method);
      }
    }
    return methods;
  }

  private static boolean overridesObject(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    List<? extends VariableElement> parameters = method.getParameters();
    if (parameters.isEmpty()) {
      return name.equals("toString") || name.equals("hashCode");
    }
    return name.equals("equals")
        && parameters.size() == 1
        && parameters.get(0).asType().toString().equals("java.lang.Object");
  }

  private Optional<ProviderModel> provider(ClassName type) {
    for (String injectPackage : List.of("jakarta.inject", "javax.inject")) {
      if (elements.getTypeElement(injectPackage + ".Provider") != null
          && elements.getTypeElement(injectPackage + ".Singleton") != null) {
        return Optional.of(
            new ProviderModel(ConnectionConfigDescriptor.providerOf(type), injectPackage));
      }
    }
    return Optional.empty();
  }

  private static AnnotationMirror annotationOn(TypeElement type) {
    return Annotations.mirror(type, ConnectionConfig.class)
        .orElseThrow(() -> new IllegalStateException("no @ConnectionConfig on " + type));
  }

  /**
   * Inherited methods may live in another file or a jar; their errors then point at the interface.
   */
  private static Element at(TypeElement type, ExecutableElement method) {
    return method.getEnclosingElement().equals(type) ? method : type;
  }

  private static String owner(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName().toString();
  }

  private static String describe(ElementKind kind) {
    return switch (kind) {
      case CLASS -> "a class";
      case ENUM -> "an enum";
      case RECORD -> "a record";
      case ANNOTATION_TYPE -> "an annotation type";
      default -> kind.toString().toLowerCase(Locale.ROOT);
    };
  }
}
