package dev.meerkat.processor.internal.validation;

import com.palantir.javapoet.TypeName;
import dev.meerkat.annotations.Schema;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor.Access;
import dev.meerkat.processor.internal.descriptor.FieldScanner;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor.ExtraModel;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;

/**
 * Checks that generated code can read and write a field (its getter and setter), and the {@code
 * ExtraFields} field that keeps unknown keys of a non-strict schema.
 */
final class ExtraFieldChecks {
  private static final String EXTRA_FIELDS = "dev.meerkat.annotations.ExtraFields";

  private final FieldScanner scanner;

  ExtraFieldChecks(FieldScanner scanner) {
    this.scanner = scanner;
  }

  /** How generated code reads ({@code read}) or writes the field; empty after reporting it. */
  Optional<Access> accessor(
      TypeElement type, VariableElement field, boolean read, ErrorReporter errors) {
    Optional<Access> access = read ? scanner.getter(type, field) : scanner.setter(type, field);
    if (access.isEmpty()) {
      String name = field.getSimpleName().toString();
      String method =
          read
              ? "public "
                  + field.asType()
                  + " "
                  + (field.asType().getKind() == TypeKind.BOOLEAN ? "is" : "get")
                  + FieldScanner.capitalize(name)
                  + "()"
              : "public void set"
                  + FieldScanner.capitalize(name)
                  + "("
                  + field.asType()
                  + " "
                  + name
                  + ")";
      errors.error(
          field,
          Message.NO_ACCESSOR,
          name,
          type.getSimpleName(),
          read ? "getter" : "setter",
          method,
          read ? "" : " and non-final");
    }
    return access;
  }

  /**
   * The field that keeps unknown keys, or empty for a strict schema or after reporting errors: one
   * field at most, a Document or {@code Map<String, Object>}, and one when {@code strict = false}.
   */
  Optional<ExtraModel> extraField(
      TypeElement type, Schema schema, List<VariableElement> extras, ErrorReporter errors) {
    if (extras.size() > 1) {
      errors.error(
          extras.get(1),
          Annotations.mirror(extras.get(1), EXTRA_FIELDS).orElse(null),
          Message.EXTRA_FIELDS,
          type.getSimpleName()
              + " has "
              + extras.size()
              + " ("
              + extras.stream()
                  .map(e -> e.getSimpleName().toString())
                  .collect(Collectors.joining(", "))
              + ")");
      return Optional.empty();
    }
    if (extras.isEmpty()) {
      if (!schema.strict()) {
        errors.error(
            type, Schema.class, "strict", Message.STRICT_EXTRA_FIELDS, type.getSimpleName());
      }
      return Optional.empty();
    }
    VariableElement field = extras.get(0);
    String typeText = field.asType().toString();
    boolean document = typeText.equals("org.bson.Document");
    if (!document && !typeText.equals("java.util.Map<java.lang.String,java.lang.Object>")) {
      errors.error(
          field,
          Message.EXTRA_FIELDS,
          "field "
              + field.getSimpleName()
              + " of "
              + type.getSimpleName()
              + " has type "
              + typeText);
      return Optional.empty();
    }
    Optional<Access> getter = accessor(type, field, true, errors);
    Optional<Access> setter = accessor(type, field, false, errors);
    if (getter.isEmpty() || setter.isEmpty() || schema.strict()) {
      return Optional.empty();
    }
    return Optional.of(
        new ExtraModel(
            field.getSimpleName().toString(),
            TypeName.get(field.asType()),
            document,
            getter.get(),
            setter.get()));
  }
}
