package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import java.util.Map;

/**
 * One-call reads and writes of a whole list, set or string-keyed map field through the runtime's
 * {@code RawCollections}, {@code RawMaps} and {@code CollectionWrites}, for elements that are
 * scalars, enums or embedded schemas. Other collections (nested ones, other map keys, {@code
 * Collection} fields, a few scalar kinds) are null here and written out by {@link ValueCode} and
 * {@link RawValueCode}.
 */
final class CollectionCode {
  private static final ClassName RAW_COLLECTIONS =
      ClassName.get("dev.meerkat.internal.generated", "RawCollections");
  private static final ClassName RAW_MAPS =
      ClassName.get("dev.meerkat.internal.generated", "RawMaps");
  private static final ClassName COLLECTION_WRITES =
      ClassName.get("dev.meerkat.internal.generated", "CollectionWrites");

  private CollectionCode() {}

  /**
   * The expression that reads the field's whole value (null for a BSON null) from the element whose
   * type byte is in {@code type}; null when the type has no runtime reader.
   */
  static CodeBlock decode(TypeDescriptor type, Map<TypeName, String> enums) {
    String suffix;
    TypeDescriptor element;
    ClassName helper;
    if (type instanceof TypeDescriptor.CollectionType collection
        && collection.kind() != TypeDescriptor.CollectionKind.COLLECTION) {
      suffix = collection.kind() == TypeDescriptor.CollectionKind.SET ? "Set" : "List";
      element = collection.element();
      helper = RAW_COLLECTIONS;
    } else if (type instanceof TypeDescriptor.MapType map
        && map.keyKind() == TypeDescriptor.MapKeyKind.STRING) {
      suffix = "Map";
      element = map.value();
      helper = RAW_MAPS;
    } else {
      return null;
    }
    if (element instanceof TypeDescriptor.Nested nested) {
      return CodeBlock.of(
          "$T.document$L(input, type, $S,$W$T.BsonCodec::decodeRaw, decoderContext)",
          helper,
          suffix,
          CastNames.of(element),
          nested.schema());
    }
    String generic = suffix.toLowerCase(java.util.Locale.ROOT);
    if (element instanceof TypeDescriptor.EnumType enumType) {
      return CodeBlock.of(
          "$T.$N(input, type,$W$N::read)", helper, generic, enums.get(enumType.javaType()));
    }
    if (!(element instanceof TypeDescriptor.Scalar scalar)) {
      return null;
    }
    String kind =
        switch (scalar.kind()) {
          case STRING -> "string";
          case INT -> "int";
          case LONG -> "long";
          case DOUBLE -> "double";
          case BOOLEAN -> "boolean";
          default -> null;
        };
    if (kind != null) {
      return CodeBlock.of("$T.$N$L(input, type)", helper, kind, suffix);
    }
    if (!RawValueCode.nullTolerant(element)) {
      return null;
    }
    return CodeBlock.of(
        "$T.$N(input, type,$W$T::$N)",
        helper,
        generic,
        RuntimeTypes.RAW_BSON,
        RawValueCode.scalarMethod(scalar.kind()));
  }

  /**
   * The statement that writes {@code field} (read by {@code read}) whole, or nothing when absent;
   * null when the type has no runtime writer.
   */
  static CodeBlock encode(FieldDescriptor field, CodeBlock read) {
    TypeDescriptor element;
    String shape;
    if (field.type() instanceof TypeDescriptor.CollectionType collection) {
      element = collection.element();
      shape = "Array";
    } else if (field.type() instanceof TypeDescriptor.MapType map
        && map.keyKind() == TypeDescriptor.MapKeyKind.STRING) {
      element = map.value();
      shape = "Map";
    } else {
      return null;
    }
    if (element instanceof TypeDescriptor.Nested nested) {
      return CodeBlock.of(
          "$T.document$L(writer, $S,$W$L,$W$T.BsonCodec.INSTANCE,$WencoderContext)",
          COLLECTION_WRITES,
          shape,
          field.key(),
          read,
          nested.schema());
    }
    String kind;
    if (element instanceof TypeDescriptor.EnumType) {
      kind = "enumName";
    } else if (element instanceof TypeDescriptor.Scalar scalar) {
      kind =
          switch (scalar.kind()) {
            case STRING -> "string";
            case BYTE, SHORT, INT -> "int32";
            case LONG -> "int64";
            case FLOAT, DOUBLE -> "float64";
            case BOOLEAN -> "bool";
            case OBJECT_ID -> "objectId";
            case INSTANT -> "instant";
            default -> null;
          };
    } else {
      kind = null;
    }
    if (kind == null) {
      return null;
    }
    return CodeBlock.of(
        "$T.$N$L(writer, $S,$W$L)", COLLECTION_WRITES, kind, shape, field.key(), read);
  }
}
