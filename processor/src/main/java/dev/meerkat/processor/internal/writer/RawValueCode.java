package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import java.util.Map;

/**
 * The fast-path decoding code for one value, read straight from a {@code BsonInput} positioned
 * after the element's name. The element's type byte is in the variable whose name is passed in; the
 * value is not BSON null. Generated variables: {@code input}, {@code decoderContext}, and per enum
 * type the {@code EnumNames} constant named in {@code enums}.
 */
final class RawValueCode {
  private RawValueCode() {}

  /**
   * Emits any statements needed and returns the expression that yields the value. A failure to cast
   * an element of a collection or map gets the element's index or key added to its path.
   */
  static CodeBlock decode(
      CodeBlock.Builder code,
      TypeDescriptor type,
      String typeVar,
      NameAllocator names,
      Map<TypeName, String> enums) {
    if (type instanceof TypeDescriptor.Scalar scalar) {
      return scalar(scalar.kind(), typeVar);
    } else if (type instanceof TypeDescriptor.OptionalType optional) {
      return CodeBlock.of(
          "$T.of($L)",
          RuntimeTypes.OPTIONAL,
          decode(code, optional.value(), typeVar, names, enums));
    } else if (type instanceof TypeDescriptor.EnumType enumType) {
      return CodeBlock.of("$N.read(input, $N)", enums.get(enumType.javaType()), typeVar);
    } else if (type instanceof TypeDescriptor.Nested nested) {
      return CodeBlock.of(
          "$T.isDocument(input, $N, $S)$W? $T.BsonCodec.decodeRaw(input, decoderContext)$W: null",
          RuntimeTypes.RAW_BSON,
          typeVar,
          CastNames.of(type),
          nested.schema());
    } else if (type instanceof TypeDescriptor.RefType ref) {
      return CodeBlock.of("$T.<$T>readRaw(input, $N)", RuntimeTypes.REFS, ref.target(), typeVar);
    } else if (type instanceof TypeDescriptor.DocumentType) {
      return CodeBlock.of(
          "$T.readDocument(input, $N, decoderContext)", RuntimeTypes.RAW_BSON, typeVar);
    } else if (type instanceof TypeDescriptor.CollectionType collection) {
      String list = names.newName("list", new Object());
      String end = names.newName("listEnd", new Object());
      String elementType = names.newName("elementType", new Object());
      String failure = names.newName("failure", new Object());
      code.addStatement(
          "$T.requireArray(input, $N, $S)", RuntimeTypes.RAW_BSON, typeVar, CastNames.of(type));
      code.addStatement(
          "$T $N = new $T<>()", collection.javaType(), list, collection.kind().implementation());
      code.addStatement("int $N = $T.startDocument(input)", end, RuntimeTypes.RAW_BSON);
      code.beginControlFlow("try");
      code.beginControlFlow("while (input.getPosition() < $N)", end);
      code.addStatement("byte $N = input.readByte()", elementType);
      code.addStatement("input.skipCString()");
      if (nullTolerant(collection.element())) {
        code.addStatement(
            "$N.add($L)", list, decode(code, collection.element(), elementType, names, enums));
      } else {
        code.beginControlFlow("if ($N == $T.NULL)", elementType, RuntimeTypes.RAW_BSON);
        code.addStatement("$N.add(null)", list);
        code.nextControlFlow("else");
        CodeBlock element = decode(code, collection.element(), elementType, names, enums);
        code.addStatement("$N.add($L)", list, element);
        code.endControlFlow();
      }
      code.endControlFlow();
      code.nextControlFlow("catch ($T $N)", RuntimeTypes.CAST_FAILURE, failure);
      code.addStatement("throw $N.at($N.size())", failure, list);
      code.endControlFlow();
      code.addStatement("$T.endDocument(input)", RuntimeTypes.RAW_BSON);
      return CodeBlock.of("$N", list);
    } else {
      TypeDescriptor.MapType map = (TypeDescriptor.MapType) type;
      String result = names.newName("map", new Object());
      String end = names.newName("mapEnd", new Object());
      String valueType = names.newName("valueType", new Object());
      String key = names.newName("mapKey", new Object());
      String failure = names.newName("failure", new Object());
      code.addStatement(
          "$T.requireDocument(input, $N, $S)", RuntimeTypes.RAW_BSON, typeVar, CastNames.of(type));
      code.addStatement("$T $N = new $T<>()", map.javaType(), result, RuntimeTypes.LINKED_HASH_MAP);
      code.addStatement("int $N = $T.startDocument(input)", end, RuntimeTypes.RAW_BSON);
      code.addStatement("$T $N = null", String.class, key);
      code.beginControlFlow("try");
      code.beginControlFlow("while (input.getPosition() < $N)", end);
      code.addStatement("byte $N = input.readByte()", valueType);
      code.addStatement("$N = input.readCString()", key);
      CodeBlock mapKey = MapKeyCode.fromName(map, CodeBlock.of("$N", key), result);
      if (nullTolerant(map.value())) {
        code.addStatement(
            "$N.put($L, $L)", result, mapKey, decode(code, map.value(), valueType, names, enums));
      } else {
        code.beginControlFlow("if ($N == $T.NULL)", valueType, RuntimeTypes.RAW_BSON);
        code.addStatement("$N.put($L, null)", result, mapKey);
        code.nextControlFlow("else");
        CodeBlock value = decode(code, map.value(), valueType, names, enums);
        code.addStatement("$N.put($L, $L)", result, mapKey, value);
        code.endControlFlow();
      }
      code.endControlFlow();
      code.nextControlFlow("catch ($T $N)", RuntimeTypes.CAST_FAILURE, failure);
      code.addStatement("throw $N.at($N)", failure, key);
      code.endControlFlow();
      code.addStatement("$T.endDocument(input)", RuntimeTypes.RAW_BSON);
      return CodeBlock.of("$N", result);
    }
  }

  private static CodeBlock scalar(TypeDescriptor.ScalarKind kind, String t) {
    return CodeBlock.of("$T.$N(input, $N)", RuntimeTypes.RAW_BSON, scalarMethod(kind), t);
  }

  /** The {@code RawBson} method that reads a scalar of {@code kind}. */
  static String scalarMethod(TypeDescriptor.ScalarKind kind) {
    return switch (kind) {
      case BOOLEAN -> "readBoolean";
      case BYTE -> "readByte";
      case SHORT -> "readShort";
      case CHAR -> "readChar";
      case INT -> "readInt";
      case LONG -> "readLong";
      case FLOAT -> "readFloat";
      case DOUBLE -> "readDouble";
      case STRING -> "readString";
      case OBJECT_ID -> "readObjectId";
      case INSTANT -> "readInstant";
      case DATE -> "readDate";
      case LOCAL_DATE -> "readLocalDate";
      case LOCAL_DATE_TIME -> "readLocalDateTime";
      case OFFSET_DATE_TIME -> "readOffsetDateTime";
      case ZONED_DATE_TIME -> "readZonedDateTime";
      case BIG_DECIMAL -> "readBigDecimal";
      case DECIMAL128 -> "readDecimal128";
      case UUID -> "readUuid";
      case BYTES -> "readBytes";
    };
  }

  /**
   * Whether the expression {@link #decode} returns for {@code type} (with no statements) also reads
   * a BSON null, as null: reference scalars, enums, embedded schemas and documents.
   */
  static boolean nullTolerant(TypeDescriptor type) {
    if (type instanceof TypeDescriptor.Scalar scalar) {
      return switch (scalar.kind()) {
        case BOOLEAN, BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE -> false;
        default -> true;
      };
    }
    return type instanceof TypeDescriptor.EnumType
        || type instanceof TypeDescriptor.Nested
        || type instanceof TypeDescriptor.DocumentType;
  }
}
