package dev.meerkat.processor.internal.validation;

import dev.meerkat.processor.internal.descriptor.FieldScanner;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * A {@code Ref<T>} field is stored as T's {@code _id}, so T must have one; for the base of a sealed
 * hierarchy, every permitted subtype must.
 */
final class RefChecks {
  private static final String ID = "dev.meerkat.annotations.Id";

  private RefChecks() {}

  /** Reports a reference (or list of references) to a type without an id. */
  static void check(
      TypeElement owner,
      VariableElement field,
      TypeDescriptor type,
      Elements elements,
      ErrorReporter errors) {
    TypeDescriptor.RefType ref =
        type instanceof TypeDescriptor.RefType r
            ? r
            : type instanceof TypeDescriptor.CollectionType c
                    && c.element() instanceof TypeDescriptor.RefType r
                ? r
                : null;
    if (ref == null) {
      return;
    }
    TypeElement target = elements.getTypeElement(ref.target().canonicalName());
    if (target == null) {
      return;
    }
    List<TypeElement> subtypes = subtypes(target);
    if (subtypes.isEmpty() ? !hasId(target) : !subtypes.stream().allMatch(RefChecks::hasId)) {
      errors.error(
          field,
          Message.REF_WITHOUT_ID,
          field.getSimpleName(),
          owner.getSimpleName(),
          target.getSimpleName(),
          subtypes.isEmpty() ? target.getSimpleName() : withoutId(subtypes));
    }
  }

  /**
   * The permitted subtypes of a sealed hierarchy's base: a reference to the base is stored as the
   * {@code _id} of whichever subtype it points to, so each needs one. Empty for any other type.
   */
  private static List<TypeElement> subtypes(TypeElement type) {
    List<TypeElement> subtypes = new ArrayList<>();
    for (TypeMirror permitted : type.getPermittedSubclasses()) {
      if (permitted instanceof DeclaredType declared
          && declared.asElement() instanceof TypeElement subtype) {
        subtypes.add(subtype);
      }
    }
    return subtypes;
  }

  /** "each of its subtypes without one (Circle, Square)". */
  private static String withoutId(List<TypeElement> subtypes) {
    StringJoiner names = new StringJoiner(", ", "each of its subtypes without one (", ")");
    for (TypeElement subtype : subtypes) {
      if (!hasId(subtype)) {
        names.add(subtype.getSimpleName());
      }
    }
    return names.toString();
  }

  /** Whether {@code type} maps an id: an {@code @Id} field, or a field named {@code id}. */
  static boolean hasId(TypeElement type) {
    for (VariableElement field : FieldScanner.instanceFields(type)) {
      if (FieldScanner.hasAnnotation(field, ID)
          || (field.getSimpleName().contentEquals("id") && !FieldScanner.isTransient(field))) {
        return true;
      }
    }
    return false;
  }
}
