package dev.meerkat.processor.internal.validation;

import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Absent stays absent: a key missing from a stored document is never written back as a default. A
 * primitive field cannot keep that promise (it has no "missing"), so one that is not
 * {@code @Required} gets a warning pointing to its boxed type.
 */
final class PrimitiveChecks {
  private PrimitiveChecks() {}

  /**
   * Warns about {@code field} (stored as {@code key}) when it is a primitive that may be missing.
   */
  static void checkAbsent(
      TypeElement owner,
      VariableElement field,
      String key,
      TypeDescriptor type,
      boolean id,
      boolean required,
      ErrorReporter errors) {
    if (id || required || !(type instanceof TypeDescriptor.Scalar scalar) || !scalar.primitive()) {
      return;
    }
    String primitive = scalar.javaType().toString();
    String zero =
        switch (primitive) {
          case "boolean" -> "false";
          case "char" -> "'\\0'";
          case "float", "double" -> "0.0";
          default -> "0";
        };
    errors.warning(
        field,
        Message.PRIMITIVE_ABSENT,
        zero,
        field.getSimpleName(),
        owner.getSimpleName(),
        primitive,
        key,
        zero,
        zero,
        scalar.javaType().box().toString().replace("java.lang.", ""));
  }
}
