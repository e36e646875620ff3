package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;

/**
 * One-statement writes of a whole field (its name and value, nothing when the value is null) for
 * scalars and enums: the writer's named calls for primitives, the runtime's {@code Writes} for the
 * rest. Other types are written by {@link ValueCode}.
 */
final class FieldWrites {
  private static final ClassName WRITES = ClassName.get("dev.meerkat.internal.generated", "Writes");

  private FieldWrites() {}

  /** The statement that writes {@code field}, read by {@code read}; null for other types. */
  static CodeBlock write(FieldDescriptor field, CodeBlock read) {
    if (field.type() instanceof TypeDescriptor.EnumType) {
      return CodeBlock.of("$T.enumName(writer, $S,$W$L)", WRITES, field.key(), read);
    }
    if (!(field.type() instanceof TypeDescriptor.Scalar scalar)) {
      return null;
    }
    if (scalar.primitive()) {
      return switch (scalar.kind()) {
        case BOOLEAN -> CodeBlock.of("writer.writeBoolean($S,$W$L)", field.key(), read);
        case BYTE, SHORT, INT -> CodeBlock.of("writer.writeInt32($S,$W$L)", field.key(), read);
        case LONG -> CodeBlock.of("writer.writeInt64($S,$W$L)", field.key(), read);
        case FLOAT, DOUBLE -> CodeBlock.of("writer.writeDouble($S,$W$L)", field.key(), read);
        case CHAR ->
            CodeBlock.of(
                "writer.writeString($S,$W$T.toString($L))", field.key(), Character.class, read);
        default -> throw new IllegalStateException("not a primitive: " + scalar.kind());
      };
    }
    String method =
        switch (scalar.kind()) {
          case BOOLEAN -> "bool";
          case BYTE, SHORT, INT -> "int32";
          case CHAR -> "character";
          case LONG -> "int64";
          case FLOAT, DOUBLE -> "float64";
          case STRING -> "string";
          case OBJECT_ID -> "objectId";
          case INSTANT -> "instant";
          case DATE -> "date";
          case LOCAL_DATE -> "localDate";
          case LOCAL_DATE_TIME -> "localDateTime";
          case OFFSET_DATE_TIME -> "offsetDateTime";
          case ZONED_DATE_TIME -> "zonedDateTime";
          case BIG_DECIMAL -> "bigDecimal";
          case DECIMAL128 -> "decimal128";
          case UUID -> "uuid";
          case BYTES -> "bytes";
        };
    return CodeBlock.of("$T.$N(writer, $S,$W$L)", WRITES, method, field.key(), read);
  }
}
