package dev.meerkat.processor.internal.validation;

import dev.meerkat.annotations.Field;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Checks on the keys fields are stored under: each a valid key, none reserved for the id, the
 * version key or a discriminator, no two alike. Errors about a key chosen with {@code @Field} point
 * at its value.
 */
final class KeyChecks {
  private KeyChecks() {}

  /** The stored key of a mapped field: {@code _id}, {@code __v}, its {@code @Field} or its name. */
  static String keyOf(VariableElement field, boolean id, boolean version) {
    if (id) {
      return "_id";
    }
    if (version) {
      return VersionChecks.VERSION_KEY;
    }
    Field annotation = field.getAnnotation(Field.class);
    return annotation != null ? annotation.value() : field.getSimpleName().toString();
  }

  /** Checks a stored key. */
  static void checkKey(
      TypeElement owner,
      VariableElement field,
      String key,
      boolean id,
      boolean versionKey,
      ErrorReporter errors) {
    String fieldName = field.getSimpleName().toString();
    String typeName = owner.getSimpleName().toString();
    if (key.isEmpty() || key.indexOf('.') >= 0 || key.startsWith("$")) {
      errors.error(field, Field.class, "value", Message.INVALID_KEY, fieldName, typeName, key);
    } else if (key.equals("_id") && !id) {
      reserved(owner, field, key, "the id (mark the field @Id instead)", errors);
    } else if (key.equals(VersionChecks.VERSION_KEY) && versionKey) {
      reserved(owner, field, key, "the version key (or set versionKey = false)", errors);
    }
  }

  /** Reports a field stored under {@code key}, which {@code owner} of the key holds already. */
  static void reserved(
      TypeElement type, VariableElement field, String key, String holder, ErrorReporter errors) {
    errors.error(
        field,
        Field.class,
        "value",
        Message.RESERVED_KEY,
        key,
        holder,
        field.getSimpleName(),
        type.getSimpleName());
  }

  /** Reports the second of two fields stored under one key, at its {@code @Field} value. */
  static void checkDuplicates(
      TypeElement type,
      List<FieldDescriptor> fields,
      List<VariableElement> elements,
      ErrorReporter errors) {
    Map<String, FieldDescriptor> byKey = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      FieldDescriptor field = fields.get(i);
      FieldDescriptor previous = byKey.putIfAbsent(field.key(), field);
      if (previous != null) {
        errors.error(
            elements.get(i),
            Field.class,
            "value",
            Message.DUPLICATE_KEY,
            previous.name(),
            field.name(),
            type.getSimpleName(),
            field.key());
      }
    }
  }
}
