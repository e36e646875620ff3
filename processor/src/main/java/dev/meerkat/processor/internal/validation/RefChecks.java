package dev.meerkat.processor.internal.validation;

import dev.meerkat.processor.internal.descriptor.FieldScanner;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/** A {@code Ref<T>} field is stored as T's {@code _id}, so T must have one. */
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
    if (target != null && !hasId(target)) {
      errors.error(
          field,
          Message.REF_WITHOUT_ID,
          field.getSimpleName(),
          owner.getSimpleName(),
          target.getSimpleName(),
          target.getSimpleName());
    }
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
