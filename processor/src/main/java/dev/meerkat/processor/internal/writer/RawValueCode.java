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
      code.addStatement(
          "$T.requireDocument(input, $N, $S)", RuntimeTypes.RAW_BSON, typeVar, CastNames.of(type));
      return CodeBlock.of("$T.BsonCodec.decodeRaw(input, decoderContext)", nested.schema());
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
      code.beginControlFlow("if ($N == $T.NULL)", elementType, RuntimeTypes.RAW_BSON);
      code.addStatement("$N.add(null)", list);
      code.nextControlFlow("else");
      CodeBlock element = decode(code, collection.element(), elementType, names, enums);
      code.addStatement("$N.add($L)", list, element);
      code.endControlFlow();
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
      code.beginControlFlow("if ($N == $T.NULL)", valueType, RuntimeTypes.RAW_BSON);
      code.addStatement(
          "$N.put($L, null)", result, MapKeyCode.fromName(map, CodeBlock.of("$N", key)));
      code.nextControlFlow("else");
      CodeBlock value = decode(code, map.value(), valueType, names, enums);
      code.addStatement(
          "$N.put($L, $L)", result, MapKeyCode.fromName(map, CodeBlock.of("$N", key)), value);
      code.endControlFlow();
      code.endControlFlow();
      code.nextControlFlow("catch ($T $N)", RuntimeTypes.CAST_FAILURE, failure);
      code.addStatement("throw $N.at($N)", failure, key);
      code.endControlFlow();
      code.addStatement("$T.endDocument(input)", RuntimeTypes.RAW_BSON);
      return CodeBlock.of("$N", result);
    }
  }

  private static CodeBlock scalar(TypeDescriptor.ScalarKind kind, String t) {
    return switch (kind) {
      case BOOLEAN -> CodeBlock.of("$T.readBoolean(input, $N)", RuntimeTypes.RAW_BSON, t);
      case BYTE -> CodeBlock.of("$T.readByte(input, $N)", RuntimeTypes.RAW_BSON, t);
      case SHORT -> CodeBlock.of("$T.readShort(input, $N)", RuntimeTypes.RAW_BSON, t);
      case CHAR -> CodeBlock.of("$T.readChar(input, $N)", RuntimeTypes.RAW_BSON, t);
      case INT -> CodeBlock.of("$T.readInt(input, $N)", RuntimeTypes.RAW_BSON, t);
      case LONG -> CodeBlock.of("$T.readLong(input, $N)", RuntimeTypes.RAW_BSON, t);
      case FLOAT -> CodeBlock.of("$T.readFloat(input, $N)", RuntimeTypes.RAW_BSON, t);
      case DOUBLE -> CodeBlock.of("$T.readDouble(input, $N)", RuntimeTypes.RAW_BSON, t);
      case STRING -> CodeBlock.of("$T.readString(input, $N)", RuntimeTypes.RAW_BSON, t);
      case OBJECT_ID -> CodeBlock.of("$T.readObjectId(input, $N)", RuntimeTypes.RAW_BSON, t);
      case INSTANT -> CodeBlock.of("$T.readInstant(input, $N)", RuntimeTypes.RAW_BSON, t);
      case DATE ->
          CodeBlock.of(
              "new $T($T.readDateTime(input, $N, $S))",
              RuntimeTypes.DATE,
              RuntimeTypes.RAW_BSON,
              t,
              "Date");
      case LOCAL_DATE -> CodeBlock.of("$T.readLocalDate(input, $N)", RuntimeTypes.RAW_BSON, t);
      case LOCAL_DATE_TIME ->
          CodeBlock.of("$T.readLocalDateTime(input, $N)", RuntimeTypes.RAW_BSON, t);
      case OFFSET_DATE_TIME ->
          CodeBlock.of(
              "$T.readInstant(input, $N).atOffset($T.UTC)",
              RuntimeTypes.RAW_BSON,
              t,
              RuntimeTypes.ZONE_OFFSET);
      case ZONED_DATE_TIME ->
          CodeBlock.of(
              "$T.readInstant(input, $N).atZone($T.UTC)",
              RuntimeTypes.RAW_BSON,
              t,
              RuntimeTypes.ZONE_OFFSET);
      case BIG_DECIMAL -> CodeBlock.of("$T.readBigDecimal(input, $N)", RuntimeTypes.RAW_BSON, t);
      case DECIMAL128 -> CodeBlock.of("$T.readDecimal128(input, $N)", RuntimeTypes.RAW_BSON, t);
      case UUID -> CodeBlock.of("$T.readUuid(input, $N)", RuntimeTypes.RAW_BSON, t);
      case BYTES -> CodeBlock.of("$T.readBytes(input, $N)", RuntimeTypes.RAW_BSON, t);
    };
  }
}
