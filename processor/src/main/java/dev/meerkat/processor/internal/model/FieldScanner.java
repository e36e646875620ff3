package dev.meerkat.processor.internal.model;

import dev.meerkat.processor.internal.model.FieldModel.Access;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Finds a schema type's candidate fields and how generated code (in the same package) reaches them.
 * Shared by the checks, which report what is missing, and the model builder, which only runs on
 * types that passed.
 */
public final class FieldScanner {
  private static final String TRANSIENT = "dev.meerkat.annotations.Transient";

  private final Types types;

  /** Creates a scanner over the compiler's type utilities. */
  public FieldScanner(Types types) {
    this.types = types;
  }

  /** The instance fields in declaration order: record component fields, or a class's own fields. */
  public static List<VariableElement> instanceFields(TypeElement type) {
    List<VariableElement> fields = new ArrayList<>();
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (!field.getModifiers().contains(Modifier.STATIC)) {
        fields.add(field);
      }
    }
    return fields;
  }

  /** Whether the field is left out of the mapping ({@code @Transient} or Java's {@code transient}). */
  public static boolean isTransient(VariableElement field) {
    return field.getModifiers().contains(Modifier.TRANSIENT) || hasAnnotation(field, TRANSIENT);
  }

  /** Whether {@code element} carries the annotation named {@code qualifiedName}. */
  public static boolean hasAnnotation(Element element, String qualifiedName) {
    return element.getAnnotationMirrors().stream()
        .anyMatch(a -> ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName()
            .contentEquals(qualifiedName));
  }

  /** How to read {@code field}: the record accessor, a getter, or the non-private field itself. */
  public Optional<Access> getter(TypeElement owner, VariableElement field) {
    String name = field.getSimpleName().toString();
    if (owner.getKind() == ElementKind.RECORD) {
      return Optional.of(new Access(Access.Kind.METHOD, name));
    }
    boolean isBoolean = field.asType().getKind() == TypeKind.BOOLEAN
        || field.asType().toString().equals("java.lang.Boolean");
    for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
      String methodName = method.getSimpleName().toString();
      boolean named = methodName.equals("get" + capitalize(name))
          || (isBoolean && methodName.equals("is" + capitalize(name)));
      if (named && method.getParameters().isEmpty() && reachable(method)
          && types.isSameType(method.getReturnType(), field.asType())) {
        return Optional.of(new Access(Access.Kind.METHOD, methodName));
      }
    }
    return reachable(field) ? Optional.of(new Access(Access.Kind.FIELD, name)) : Optional.empty();
  }

  /** How to write {@code field}: the canonical constructor of records, a setter, or the non-final field. */
  public Optional<Access> setter(TypeElement owner, VariableElement field) {
    String name = field.getSimpleName().toString();
    if (owner.getKind() == ElementKind.RECORD) {
      return Optional.of(new Access(Access.Kind.CONSTRUCTOR, name));
    }
    for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
      if (method.getSimpleName().contentEquals("set" + capitalize(name)) && method.getParameters().size() == 1
          && reachable(method) && types.isSameType(method.getParameters().get(0).asType(), field.asType())) {
        return Optional.of(new Access(Access.Kind.METHOD, method.getSimpleName().toString()));
      }
    }
    return reachable(field) && !field.getModifiers().contains(Modifier.FINAL)
        ? Optional.of(new Access(Access.Kind.FIELD, name))
        : Optional.empty();
  }

  /** Whether the class has a no-arg constructor that generated code in the same package can call. */
  public static boolean hasNoArgConstructor(TypeElement type) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty() && reachable(constructor)) {
        return true;
      }
    }
    return false;
  }

  /** {@code name -> Name}. */
  public static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static boolean reachable(Element element) {
    return !element.getModifiers().contains(Modifier.PRIVATE);
  }
}
