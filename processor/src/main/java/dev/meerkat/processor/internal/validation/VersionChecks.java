package dev.meerkat.processor.internal.validation;

import dev.meerkat.annotations.Field;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Schema;
import dev.meerkat.annotations.Version;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;

/**
 * Checks on the {@code @Version} field: at most one, an int or long, stored as {@code __v} only.
 */
final class VersionChecks {
  /** The stored key of the version field. */
  static final String VERSION_KEY = "__v";

  private VersionChecks() {}

  /** Whether {@code field} is annotated {@code @Version}. */
  static boolean isVersion(VariableElement field) {
    return field.getAnnotation(Version.class) != null;
  }

  /** Reports every misuse of {@code @Version} among the fields of {@code type}. */
  static void check(
      TypeElement type, Schema schema, List<VariableElement> fields, ErrorReporter errors) {
    List<VariableElement> versions = fields.stream().filter(VersionChecks::isVersion).toList();
    if (versions.size() > 1) {
      errors.error(
          versions.get(1),
          Annotations.mirror(versions.get(1), Version.class).orElse(null),
          Message.VERSION_COUNT,
          type.getSimpleName(),
          versions.size(),
          versions.stream()
              .map(f -> f.getSimpleName().toString())
              .collect(Collectors.joining(", ")));
    }
    for (VariableElement field : versions) {
      TypeKind kind = field.asType().getKind();
      if (kind != TypeKind.INT && kind != TypeKind.LONG) {
        errors.error(
            field,
            Message.VERSION_TYPE,
            field.getSimpleName(),
            type.getSimpleName(),
            field.asType());
      }
      if (!schema.versionKey()) {
        errors.error(
            field,
            Annotations.mirror(field, Version.class).orElse(null),
            Message.VERSION_KEY_OFF,
            field.getSimpleName(),
            type.getSimpleName(),
            type.getSimpleName());
      }
      Class<? extends Annotation> placement =
          field.getAnnotation(Id.class) != null
              ? Id.class
              : field.getAnnotation(Field.class) != null ? Field.class : null;
      if (placement != null) {
        String other = "@" + placement.getSimpleName();
        errors.error(
            field,
            Annotations.mirror(field, placement).orElse(null),
            Message.VERSION_PLACEMENT,
            field.getSimpleName(),
            type.getSimpleName(),
            other,
            other);
      }
    }
  }
}
