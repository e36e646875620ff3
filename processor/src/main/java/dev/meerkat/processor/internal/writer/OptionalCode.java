package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;

/**
 * The code for {@code Optional<T>} fields: a present value is stored as T, an empty (or null)
 * Optional writes no key, and a missing or null key reads as {@code Optional.empty()}.
 */
final class OptionalCode {
  private OptionalCode() {}

  /** Whether {@code type} is {@code java.util.Optional<...>}. */
  static boolean isOptional(TypeName type) {
    return type instanceof ParameterizedTypeName parameterized
        && parameterized.rawType().equals(RuntimeTypes.OPTIONAL);
  }

  /** Writes the key and value of an Optional field only when the value is present. */
  static void encodeField(
      CodeBlock.Builder code, FieldDescriptor field, CodeBlock read, NameAllocator names) {
    TypeDescriptor.OptionalType optional = (TypeDescriptor.OptionalType) field.type();
    String local = names.newName(field.name(), new Object());
    String present = names.newName(field.name() + "Value", new Object());
    code.addStatement("$T $N = $L", optional.javaType(), local, read);
    code.beginControlFlow("if ($N != null && $N.isPresent())", local, local);
    code.addStatement("$T $N = $N.get()", optional.value().javaType().box(), present, local);
    code.addStatement("writer.writeName($S)", field.key());
    ValueCode.encode(code, optional.value(), present, names);
    code.endControlFlow();
  }

  /**
   * For classes: starts every Optional field empty, so a missing key reads as {@code
   * Optional.empty()}.
   */
  static void startEmpty(SchemaDescriptor schema, CodeBlock.Builder code) {
    for (FieldDescriptor field : schema.fields()) {
      if (field.type() instanceof TypeDescriptor.OptionalType) {
        code.addStatement(
            Access.write(
                field.setter(), "value", CodeBlock.of("$T.empty()", RuntimeTypes.OPTIONAL)));
      }
    }
  }

  /**
   * The field as validation sees it: an Optional field as its value type, read as the value or
   * null.
   */
  static FieldDescriptor unwrapped(FieldDescriptor field) {
    return field.type() instanceof TypeDescriptor.OptionalType optional
        ? new FieldDescriptor(
            field.name(),
            field.key(),
            optional.value(),
            field.getter(),
            field.setter(),
            field.id(),
            field.required(),
            field.validators())
        : field;
  }

  /** Reads {@code field} of {@code target}; an Optional field yields its value or null. */
  static CodeBlock read(FieldDescriptor field, String target) {
    CodeBlock read = Access.read(field.getter(), target);
    return field.type() instanceof TypeDescriptor.OptionalType optional
        ? CodeBlock.of(
            "$T.requireNonNullElse($L, $T.<$T>empty()).orElse(null)",
            RuntimeTypes.OBJECTS,
            read,
            RuntimeTypes.OPTIONAL,
            optional.value().javaType().box())
        : read;
  }
}
