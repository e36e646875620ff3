package dev.meerkat.processor.internal.descriptor;

import dev.meerkat.processor.internal.descriptor.FieldDescriptor.Access;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
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

  /**
   * The instance fields in declaration order: record component fields, or a class's fields with
   * those it inherits first (the topmost superclass's first).
   */
  public static List<VariableElement> instanceFields(TypeElement type) {
    List<VariableElement> fields = new ArrayList<>();
    for (TypeElement owner : hierarchy(type)) {
      for (VariableElement field : ElementFilter.fieldsIn(owner.getEnclosedElements())) {
        if (!field.getModifiers().contains(Modifier.STATIC)) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  /** {@code type} and its superclasses below {@code Object}, topmost first. */
  private static List<TypeElement> hierarchy(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement t = type; t != null; t = superclass(t)) {
      chain.add(0, t);
    }
    return chain;
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
    String name = element.getQualifiedName().toString();
    return name.equals("java.lang.Object") || name.equals("java.lang.Record") ? null : element;
  }

  /** The methods of {@code owner} and its superclasses, the owner's first (an override wins). */
  private static List<ExecutableElement> methods(TypeElement owner) {
    List<ExecutableElement> methods = new ArrayList<>();
    List<TypeElement> chain = hierarchy(owner);
    for (int i = chain.size() - 1; i >= 0; i--) {
      methods.addAll(ElementFilter.methodsIn(chain.get(i).getEnclosedElements()));
    }
    return methods;
  }

  /**
   * Whether the field is left out of the mapping ({@code @Transient} or Java's {@code transient}).
   */
  public static boolean isTransient(VariableElement field) {
    return field.getModifiers().contains(Modifier.TRANSIENT) || hasAnnotation(field, TRANSIENT);
  }

  /** Whether {@code element} carries the annotation named {@code qualifiedName}. */
  public static boolean hasAnnotation(Element element, String qualifiedName) {
    return element.getAnnotationMirrors().stream()
        .anyMatch(
            a ->
                ((TypeElement) a.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals(qualifiedName));
  }

  /** How to read {@code field}: the record accessor, a getter, or the non-private field itself. */
  public Optional<Access> getter(TypeElement owner, VariableElement field) {
    String name = field.getSimpleName().toString();
    if (owner.getKind() == ElementKind.RECORD) {
      return Optional.of(new Access(Access.Kind.METHOD, name));
    }
    boolean isBoolean =
        field.asType().getKind() == TypeKind.BOOLEAN
            || field.asType().toString().equals("java.lang.Boolean");
    for (ExecutableElement method : methods(owner)) {
      String methodName = method.getSimpleName().toString();
      boolean named =
          methodName.equals("get" + capitalize(name))
              || (isBoolean && methodName.equals("is" + capitalize(name)));
      if (named
          && method.getParameters().isEmpty()
          && reachable(method, owner)
          && types.isSameType(method.getReturnType(), field.asType())) {
        return Optional.of(new Access(Access.Kind.METHOD, methodName));
      }
    }
    return reachable(field, owner)
        ? Optional.of(new Access(Access.Kind.FIELD, name))
        : Optional.empty();
  }

  /**
   * How to write {@code field}: the canonical constructor of records, a setter, or the non-final
   * field.
   */
  public Optional<Access> setter(TypeElement owner, VariableElement field) {
    String name = field.getSimpleName().toString();
    if (owner.getKind() == ElementKind.RECORD) {
      return Optional.of(new Access(Access.Kind.CONSTRUCTOR, name));
    }
    for (ExecutableElement method : methods(owner)) {
      if (method.getSimpleName().contentEquals("set" + capitalize(name))
          && method.getParameters().size() == 1
          && reachable(method, owner)
          && types.isSameType(method.getParameters().get(0).asType(), field.asType())) {
        return Optional.of(new Access(Access.Kind.METHOD, method.getSimpleName().toString()));
      }
    }
    return reachable(field, owner) && !field.getModifiers().contains(Modifier.FINAL)
        ? Optional.of(new Access(Access.Kind.FIELD, name))
        : Optional.empty();
  }

  /**
   * Whether the class has a no-arg constructor that generated code in the same package can call.
   */
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

  /**
   * Whether generated code in {@code owner}'s package can use a member declared in {@code owner} or
   * a superclass.
   */
  private static boolean reachable(Element member, TypeElement owner) {
    Set<Modifier> modifiers = member.getModifiers();
    return modifiers.contains(Modifier.PUBLIC)
        || (!modifiers.contains(Modifier.PRIVATE) && packageOf(member).equals(packageOf(owner)));
  }

  private static Name packageOf(Element element) {
    Element e = element;
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName();
  }
}
