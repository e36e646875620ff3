package dev.meerkat.processor.internal.validation;

import com.palantir.javapoet.ClassName;
import dev.meerkat.processor.internal.descriptor.MethodDescriptor.Operation;
import dev.meerkat.processor.internal.descriptor.MethodDescriptor.Result;
import dev.meerkat.processor.internal.descriptor.ProjectionDescriptor;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * What a repository method returns: the result's shape, whether it is asynchronous, and whether its
 * elements are the entity or a {@code @Projection} of it.
 */
final class MethodShapes {
  static final String PROJECTION = "dev.meerkat.annotations.Projection";
  private static final Map<String, Result> CONTAINERS =
      Map.of(
          "java.util.Optional", Result.OPTIONAL,
          "java.util.List", Result.LIST,
          "java.util.Collection", Result.LIST,
          "java.lang.Iterable", Result.LIST,
          "java.util.stream.Stream", Result.STREAM,
          "dev.meerkat.Page", Result.PAGE);

  private final Types types;

  MethodShapes(Types types) {
    this.types = types;
  }

  /**
   * A method's result.
   *
   * @param result the shape
   * @param async whether wrapped in {@code CompletableFuture}
   * @param element the element type for find results, else null
   * @param projection the generated projection class when the elements are a projection
   */
  record Shape(Result result, boolean async, TypeMirror element, Optional<ClassName> projection) {}

  /** The shape of {@code method}'s result, or empty when it is not one a repository can return. */
  Optional<Shape> shape(ExecutableElement method, TypeElement entity) {
    TypeMirror type = method.getReturnType();
    boolean async = false;
    if (named(type, "java.util.concurrent.CompletableFuture")) {
      async = true;
      type = ((DeclaredType) type).getTypeArguments().get(0);
      if (named(type, "java.lang.Void")) {
        return Optional.of(new Shape(Result.VOID, true, null, Optional.empty()));
      }
    }
    TypeMirror unboxed = unboxed(type);
    switch (unboxed.getKind()) {
      case VOID:
        return async
            ? Optional.empty()
            : Optional.of(new Shape(Result.VOID, false, null, Optional.empty()));
      case BOOLEAN:
        return Optional.of(new Shape(Result.BOOLEAN, async, null, Optional.empty()));
      case LONG:
        return Optional.of(new Shape(Result.LONG, async, null, Optional.empty()));
      case INT:
        return Optional.of(new Shape(Result.INT, async, null, Optional.empty()));
      default:
        break;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    Result result = Result.ONE;
    TypeMirror element = type;
    DeclaredType declared = (DeclaredType) type;
    Result container = CONTAINERS.get(qualifiedName(declared));
    if (container != null) {
      if (declared.getTypeArguments().size() != 1) {
        return Optional.empty();
      }
      result = container;
      element = declared.getTypeArguments().get(0);
    }
    if (types.isSameType(element, entity.asType())) {
      return Optional.of(new Shape(result, async, element, Optional.empty()));
    }
    if (element.getKind() == TypeKind.DECLARED
        && ((DeclaredType) element).asElement() instanceof TypeElement record
        && projectionSource(record).map(s -> types.isSameType(s, entity.asType())).orElse(false)) {
      return Optional.of(
          new Shape(
              result,
              async,
              element,
              Optional.of(ProjectionDescriptor.generatedOf(ClassName.get(record)))));
    }
    return Optional.empty();
  }

  /** Whether {@code shape} fits {@code operation}. */
  static boolean fits(Operation operation, Result result) {
    return switch (operation) {
      case FIND ->
          result == Result.ONE
              || result == Result.OPTIONAL
              || result == Result.LIST
              || result == Result.STREAM
              || result == Result.PAGE;
      case COUNT -> result == Result.LONG || result == Result.INT;
      case EXISTS -> result == Result.BOOLEAN;
      case DELETE -> result == Result.LONG || result == Result.INT || result == Result.VOID;
    };
  }

  /** The rule for {@code operation}'s results, for messages about {@code entity}. */
  static String rule(Operation operation, String entity) {
    return switch (operation) {
      case FIND ->
          "A find method returns "
              + entity
              + ", Optional<"
              + entity
              + ">, List<"
              + entity
              + ">, Stream<"
              + entity
              + "> or Page<"
              + entity
              + "> (or the same of a @Projection("
              + entity
              + ".class) record),"
              + " optionally in a CompletableFuture";
      case COUNT -> "A count method returns long or int, optionally in a CompletableFuture";
      case EXISTS -> "An exists method returns boolean, optionally in a CompletableFuture";
      case DELETE ->
          "A delete method returns long or int (the number deleted) or void, optionally in a"
              + " CompletableFuture";
    };
  }

  /**
   * The {@code @Schema} type a {@code @Projection} record projects, read from the annotation's
   * mirror.
   */
  static Optional<TypeMirror> projectionSource(TypeElement record) {
    for (AnnotationMirror mirror : record.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals(PROJECTION)) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
            mirror.getElementValues().entrySet()) {
          if (entry.getKey().getSimpleName().contentEquals("value")
              && entry.getValue().getValue() instanceof TypeMirror source) {
            return Optional.of(source);
          }
        }
      }
    }
    return Optional.empty();
  }

  TypeMirror unboxed(TypeMirror type) {
    try {
      return type.getKind() == TypeKind.DECLARED ? types.unboxedType(type) : type;
    } catch (IllegalArgumentException notABox) {
      return type;
    }
  }

  static boolean named(TypeMirror type, String name) {
    return type.getKind() == TypeKind.DECLARED && qualifiedName((DeclaredType) type).equals(name);
  }

  static String qualifiedName(DeclaredType type) {
    return ((TypeElement) type.asElement()).getQualifiedName().toString();
  }
}
