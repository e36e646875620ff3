package dev.meerkat.processor.internal.writer;

import dev.meerkat.processor.internal.descriptor.TypeDescriptor;

/** The type names a {@code CastException} gives for a field ("Cast to Integer failed ..."). */
final class CastNames {
  private CastNames() {}

  /**
   * The Java type's simple name, boxed: {@code Integer}, {@code ObjectId}, {@code Address}, {@code
   * List}.
   */
  static String of(TypeDescriptor type) {
    if (type instanceof TypeDescriptor.Scalar scalar) {
      return switch (scalar.kind()) {
        case BOOLEAN -> "Boolean";
        case BYTE -> "Byte";
        case SHORT -> "Short";
        case CHAR -> "Character";
        case INT -> "Integer";
        case LONG -> "Long";
        case FLOAT -> "Float";
        case DOUBLE -> "Double";
        case STRING -> "String";
        case OBJECT_ID -> "ObjectId";
        case INSTANT -> "Instant";
        case DATE -> "Date";
        case LOCAL_DATE -> "LocalDate";
        case LOCAL_DATE_TIME -> "LocalDateTime";
        case OFFSET_DATE_TIME -> "OffsetDateTime";
        case ZONED_DATE_TIME -> "ZonedDateTime";
        case BIG_DECIMAL -> "BigDecimal";
        case DECIMAL128 -> "Decimal128";
        case UUID -> "UUID";
        case BYTES -> "byte[]";
      };
    } else if (type instanceof TypeDescriptor.OptionalType optional) {
      return of(optional.value());
    } else if (type instanceof TypeDescriptor.EnumType enumType) {
      return enumType.javaType().simpleName();
    } else if (type instanceof TypeDescriptor.Nested nested) {
      return nested.javaType().simpleName();
    } else if (type instanceof TypeDescriptor.CollectionType collection) {
      return switch (collection.kind()) {
        case LIST -> "List";
        case SET -> "Set";
        case COLLECTION -> "Collection";
      };
    } else if (type instanceof TypeDescriptor.MapType) {
      return "Map";
    }
    return "Document";
  }
}
