package dev.meerkat.processor.internal.validation;

import com.palantir.javapoet.ClassName;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;
import dev.meerkat.processor.internal.descriptor.SchemaNames;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Recognises what a {@code @ConnectionConfig} method may return: {@code dev.meerkat.Connection}, or
 * the model generated for a {@code @Model} type ({@code XModel extends TypedModel<X>}), and
 * suggests the fix for anything else.
 */
final class ModelReturnChecks {
  private static final String CONNECTION = "dev.meerkat.Connection";
  private static final String TYPED_MODEL = "dev.meerkat.TypedModel";

  boolean isConnection(TypeMirror type) {
    return element(type).map(e -> e.getQualifiedName().contentEquals(CONNECTION)).orElse(false);
  }

  /** The model's name when {@code type} is {@code XModel}, generated for {@code @Model X}. */
  Optional<ClassName> generatedModel(TypeMirror type) {
    Optional<TypeElement> model = element(type);
    if (model.isEmpty()
        || !(model.get().getSuperclass() instanceof DeclaredType superclass)
        || !((TypeElement) superclass.asElement()).getQualifiedName().contentEquals(TYPED_MODEL)) {
      return Optional.empty();
    }
    List<? extends TypeMirror> arguments = superclass.getTypeArguments();
    Optional<TypeElement> entity =
        arguments.size() == 1 ? element(arguments.get(0)) : Optional.empty();
    if (entity.isEmpty() || entity.get().getAnnotation(Model.class) == null) {
      return Optional.empty();
    }
    ClassName name = ClassName.get(model.get());
    return SchemaNames.modelOf(ClassName.get(entity.get())).equals(name)
        ? Optional.of(name)
        : Optional.empty();
  }

  /**
   * The interface's name when {@code type} is a {@code @Repository} interface, whose implementation
   * is generated.
   */
  Optional<ClassName> repository(TypeMirror type) {
    return element(type)
        .filter(
            e ->
                e.getAnnotationMirrors().stream()
                    .anyMatch(
                        a ->
                            ((TypeElement) a.getAnnotationType().asElement())
                                .getQualifiedName()
                                .contentEquals("dev.meerkat.annotations.Repository")))
        .map(ClassName::get);
  }

  /** The last sentence of the error for a method returning {@code type}. */
  String fixFor(TypeMirror type) {
    Optional<TypeElement> element = element(type);
    if (element.isPresent() && element.get().getAnnotation(Model.class) != null) {
      ClassName model = SchemaNames.modelOf(ClassName.get(element.get()));
      return "Return "
          + model.simpleName()
          + ", the model generated for @Model "
          + element.get().getSimpleName()
          + ".";
    }
    if (element.isPresent() && element.get().getAnnotation(Schema.class) != null) {
      ClassName model = SchemaNames.modelOf(ClassName.get(element.get()));
      return "Add @Model to "
          + element.get().getSimpleName()
          + " and return "
          + model.simpleName()
          + ".";
    }
    return "Return a generated model or Connection, or make it a default method.";
  }

  private static Optional<TypeElement> element(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement() instanceof TypeElement e) {
      return Optional.of(e);
    }
    return Optional.empty();
  }
}
