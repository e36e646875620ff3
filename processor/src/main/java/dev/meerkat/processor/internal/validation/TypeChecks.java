package dev.meerkat.processor.internal.validation;

import dev.meerkat.annotations.Capped;
import dev.meerkat.annotations.Schema;
import dev.meerkat.annotations.Toggle;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import dev.meerkat.processor.internal.descriptor.FieldScanner;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** Checks on the {@code @Schema} type itself and its options. */
final class TypeChecks {
  private TypeChecks() {}

  /** Checks the kind of type; returns false when its fields cannot even be examined. */
  static boolean checkShape(TypeElement type, ErrorReporter errors) {
    String name = type.getQualifiedName().toString();
    ElementKind kind = type.getKind();
    if (kind != ElementKind.CLASS && kind != ElementKind.RECORD) {
      errors.error(type, Message.TYPE_KIND, name, describe(kind));
      return false;
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      errors.error(type, Message.TYPE_KIND, name, "an abstract class");
      return false;
    }
    boolean ok = true;
    Element enclosing = type.getEnclosingElement();
    if (enclosing.getKind().isClass() || enclosing.getKind().isInterface()) {
      if (kind == ElementKind.CLASS
          && !type.getModifiers().contains(Modifier.STATIC)
          && !enclosing.getKind().isInterface()) {
        errors.error(type, Message.INNER_CLASS, name);
        ok = false;
      }
    }
    ok &= checkVisibleAndConcrete(type, errors);
    if (kind == ElementKind.CLASS && !FieldScanner.hasNoArgConstructor(type)) {
      errors.error(type, Message.NO_CONSTRUCTOR, name, type.getSimpleName());
    }
    return ok;
  }

  /**
   * Checks that generated code can name the type: not private (nor inside a private type), not
   * generic.
   */
  static boolean checkVisibleAndConcrete(TypeElement type, ErrorReporter errors) {
    String name = type.getQualifiedName().toString();
    boolean ok = true;
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        errors.error(type, Message.PRIVATE_TYPE, name);
        ok = false;
        break;
      }
    }
    if (!type.getTypeParameters().isEmpty()) {
      String parameters =
          type.getTypeParameters().stream()
              .map(p -> p.getSimpleName().toString())
              .collect(Collectors.joining(", ", "<", ">"));
      errors.error(type, Message.GENERIC_TYPE, name, parameters);
      ok = false;
    }
    return ok;
  }

  /** Checks the capped options and Mongoose's capped-without-buffering pitfall. */
  static void checkOptions(TypeElement type, Schema schema, ErrorReporter errors) {
    String name = type.getQualifiedName().toString();
    Capped capped = schema.capped();
    AnnotationMirror schemaMirror = Annotations.mirror(type, Schema.class).orElse(null);
    if (capped.size() < 0 || capped.max() < 0 || (capped.max() > 0 && capped.size() <= 0)) {
      AnnotationMirror cappedMirror =
          schemaMirror == null ? null : Annotations.nested(schemaMirror, "capped");
      // A negative max is the fault when size is fine; otherwise size is.
      String attribute = capped.size() > 0 ? "max" : "size";
      errors.error(
          type,
          cappedMirror == null ? schemaMirror : cappedMirror,
          cappedMirror == null ? null : Annotations.value(cappedMirror, attribute),
          Message.CAPPED_SIZE,
          name,
          capped.size(),
          capped.max());
    }
    if (capped.size() > 0
        && schema.bufferCommands() == Toggle.OFF
        && schema.autoCreate() != Toggle.OFF) {
      // autoCreate when written (ON), else the bufferCommands = OFF that makes it a problem.
      String attribute = schema.autoCreate() == Toggle.ON ? "autoCreate" : "bufferCommands";
      errors.error(type, Schema.class, attribute, Message.CAPPED_BUFFER, name, schema.autoCreate());
    }
  }

  /** {@code @Schema(timestamps = true)} needs createdAt and updatedAt, each an Instant or Date. */
  static void checkTimestamps(
      TypeElement type, Schema schema, List<FieldDescriptor> fields, ErrorReporter errors) {
    if (!schema.timestamps()) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (String name : List.of("createdAt", "updatedAt")) {
      Optional<FieldDescriptor> field =
          fields.stream().filter(f -> f.name().equals(name)).findFirst();
      if (field.isEmpty()) {
        problems.add("has no field " + name);
      } else if (!(field.get().type() instanceof TypeDescriptor.Scalar s
          && (s.kind() == TypeDescriptor.ScalarKind.INSTANT
              || s.kind() == TypeDescriptor.ScalarKind.DATE))) {
        problems.add("declares " + name + " as " + field.get().type().javaType());
      }
    }
    if (!problems.isEmpty()) {
      errors.error(
          type,
          Schema.class,
          "timestamps",
          Message.TIMESTAMPS_FIELDS,
          type.getSimpleName(),
          String.join(" and ", problems));
    }
  }

  private static String describe(ElementKind kind) {
    return switch (kind) {
      case INTERFACE -> "an interface";
      case ENUM -> "an enum";
      case ANNOTATION_TYPE -> "an annotation type";
      default -> "a " + kind.name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
