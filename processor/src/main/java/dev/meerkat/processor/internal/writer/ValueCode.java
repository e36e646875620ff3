package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import java.util.Map;

/**
 * The straight-line BSON code for one value of a supported type. Encoding assumes a non-null value;
 * decoding assumes the reader is positioned on a non-null value. Collections and maps recurse.
 * Generated variables are {@code writer}, {@code reader}, {@code encoderContext} and {@code
 * decoderContext}.
 */
final class ValueCode {
  private ValueCode() {}

  /** Emits the statements that write {@code value} (an expression without side effects). */
  static void encode(
      CodeBlock.Builder code, TypeDescriptor type, String value, NameAllocator names) {
    if (type instanceof TypeDescriptor.Scalar scalar) {
      code.addStatement(scalarWrite(scalar.kind(), value));
    } else if (type instanceof TypeDescriptor.EnumType) {
      code.addStatement("writer.writeString($L.name())", value);
    } else if (type instanceof TypeDescriptor.Nested nested) {
      code.addStatement(
          "$T.BsonCodec.INSTANCE.writeEmbedded(writer,$W$L,$WencoderContext)",
          nested.schema(),
          value);
    } else if (type instanceof TypeDescriptor.DocumentType) {
      code.addStatement(
          "$T.DOCUMENT_CODEC.encode(writer, $L, encoderContext)", RuntimeTypes.BSON_VALUES, value);
    } else if (type instanceof TypeDescriptor.RefType ref) {
      code.addStatement(
          "$T.write(writer, $L, $T.INSTANCE, encoderContext)",
          RuntimeTypes.REFS,
          value,
          ref.targetSchema());
    } else if (type instanceof TypeDescriptor.CollectionType collection) {
      String element = names.newName("element", new Object());
      code.addStatement("writer.writeStartArray()");
      code.beginControlFlow(
          "for ($T $N : $L)", collection.element().javaType().box(), element, value);
      writeNullable(code, collection.element(), element, names);
      code.endControlFlow();
      code.addStatement("writer.writeEndArray()");
    } else if (type instanceof TypeDescriptor.MapType map) {
      String entry = names.newName("entry", new Object());
      String entryValue = names.newName("entryValue", new Object());
      TypeName valueType = map.value().javaType().box();
      code.addStatement("writer.writeStartDocument()");
      code.beginControlFlow(
          "for ($T $N : $L.entrySet())",
          ParameterizedTypeName.get(
              RuntimeTypes.MAP.nestedClass("Entry"), map.keyType(), valueType),
          entry,
          value);
      code.addStatement(
          "writer.writeName($L)", MapKeyCode.toName(map, CodeBlock.of("$N.getKey()", entry)));
      code.addStatement("$T $N = $N.getValue()", valueType, entryValue, entry);
      writeNullable(code, map.value(), entryValue, names);
      code.endControlFlow();
      code.addStatement("writer.writeEndDocument()");
    }
  }

  private static void writeNullable(
      CodeBlock.Builder code, TypeDescriptor type, String value, NameAllocator names) {
    code.beginControlFlow("if ($N == null)", value);
    code.addStatement("writer.writeNull()");
    code.nextControlFlow("else");
    encode(code, type, value, names);
    code.endControlFlow();
  }

  private static CodeBlock scalarWrite(TypeDescriptor.ScalarKind kind, String v) {
    return switch (kind) {
      case BOOLEAN -> CodeBlock.of("writer.writeBoolean($L)", v);
      case BYTE, SHORT, INT -> CodeBlock.of("writer.writeInt32($L)", v);
      case CHAR -> CodeBlock.of("writer.writeString($T.toString($L))", Character.class, v);
      case LONG -> CodeBlock.of("writer.writeInt64($L)", v);
      case FLOAT, DOUBLE -> CodeBlock.of("writer.writeDouble($L)", v);
      case STRING -> CodeBlock.of("writer.writeString($L)", v);
      case OBJECT_ID -> CodeBlock.of("writer.writeObjectId($L)", v);
      case INSTANT -> CodeBlock.of("writer.writeDateTime($L.toEpochMilli())", v);
      case DATE -> CodeBlock.of("writer.writeDateTime($L.getTime())", v);
      case LOCAL_DATE, LOCAL_DATE_TIME ->
          CodeBlock.of("writer.writeDateTime($T.toMillis($L))", RuntimeTypes.BSON_VALUES, v);
      case OFFSET_DATE_TIME, ZONED_DATE_TIME ->
          CodeBlock.of("writer.writeDateTime($L.toInstant().toEpochMilli())", v);
      case BIG_DECIMAL ->
          CodeBlock.of("writer.writeDecimal128(new $T($L))", RuntimeTypes.DECIMAL128, v);
      case DECIMAL128 -> CodeBlock.of("writer.writeDecimal128($L)", v);
      case UUID -> CodeBlock.of("$T.writeUuid(writer, $L)", RuntimeTypes.BSON_VALUES, v);
      case BYTES -> CodeBlock.of("writer.writeBinaryData(new $T($L))", RuntimeTypes.BSON_BINARY, v);
    };
  }

  /**
   * Emits any statements needed to read one value and returns the expression that yields it.
   * Collections and maps are read into a new local variable whose name is returned; a failure to
   * cast one of their elements gets the element's index or key added to its path. Enums are read
   * through the {@code EnumNames} constants named in {@code enums}.
   */
  static CodeBlock decode(
      CodeBlock.Builder code,
      TypeDescriptor type,
      NameAllocator names,
      Map<TypeName, String> enums) {
    if (type instanceof TypeDescriptor.Scalar scalar) {
      return scalarRead(scalar.kind());
    } else if (type instanceof TypeDescriptor.OptionalType optional) {
      return CodeBlock.of(
          "$T.of($L)", RuntimeTypes.OPTIONAL, decode(code, optional.value(), names, enums));
    } else if (type instanceof TypeDescriptor.EnumType enumType) {
      return CodeBlock.of("$N.read(reader)", enums.get(enumType.javaType()));
    } else if (type instanceof TypeDescriptor.Nested nested) {
      code.addStatement(
          "$T.requireDocument(reader, $S)", RuntimeTypes.READER_VALUES, CastNames.of(type));
      return CodeBlock.of(
          "$T.BsonCodec.INSTANCE.readEmbedded(reader, decoderContext)", nested.schema());
    } else if (type instanceof TypeDescriptor.DocumentType) {
      code.addStatement(
          "$T.requireDocument(reader, $S)", RuntimeTypes.READER_VALUES, CastNames.of(type));
      return CodeBlock.of(
          "$T.DOCUMENT_CODEC.decode(reader, decoderContext)", RuntimeTypes.BSON_VALUES);
    } else if (type instanceof TypeDescriptor.RefType ref) {
      return CodeBlock.of("$T.<$T>read(reader)", RuntimeTypes.REFS, ref.target());
    } else if (type instanceof TypeDescriptor.CollectionType collection) {
      String list = names.newName("list", new Object());
      String failure = names.newName("failure", new Object());
      code.addStatement(
          "$T.requireArray(reader, $S)", RuntimeTypes.READER_VALUES, CastNames.of(type));
      code.addStatement(
          "$T $N = new $T<>()", collection.javaType(), list, collection.kind().implementation());
      code.addStatement("reader.readStartArray()");
      code.beginControlFlow("try");
      code.beginControlFlow(
          "while (reader.readBsonType() != $T.END_OF_DOCUMENT)", RuntimeTypes.BSON_TYPE);
      code.beginControlFlow("if (reader.getCurrentBsonType() == $T.NULL)", RuntimeTypes.BSON_TYPE);
      code.addStatement("reader.readNull()");
      if (collection.kind() == TypeDescriptor.CollectionKind.SET) {
        code.addStatement(
            "$T.addDistinct($N, $T.NULL, null)",
            RuntimeTypes.READER_VALUES,
            list,
            RuntimeTypes.BSON_TYPE);
      } else {
        code.addStatement("$N.add(null)", list);
      }
      code.nextControlFlow("else");
      if (collection.kind() == TypeDescriptor.CollectionKind.SET) {
        String stored = names.newName("stored", new Object());
        code.addStatement("$T $N = reader.getCurrentBsonType()", RuntimeTypes.BSON_TYPE, stored);
        CodeBlock element = decode(code, collection.element(), names, enums);
        code.addStatement(
            "$T.addDistinct($N, $N, $L)", RuntimeTypes.READER_VALUES, list, stored, element);
      } else {
        CodeBlock element = decode(code, collection.element(), names, enums);
        code.addStatement("$N.add($L)", list, element);
      }
      code.endControlFlow();
      code.endControlFlow();
      code.nextControlFlow("catch ($T $N)", RuntimeTypes.CAST_FAILURE, failure);
      code.addStatement("throw $N.at($N.size())", failure, list);
      code.endControlFlow();
      code.addStatement("reader.readEndArray()");
      return CodeBlock.of("$N", list);
    } else {
      TypeDescriptor.MapType map = (TypeDescriptor.MapType) type;
      String result = names.newName("map", new Object());
      String key = names.newName("mapKey", new Object());
      String failure = names.newName("failure", new Object());
      code.addStatement(
          "$T.requireDocument(reader, $S)", RuntimeTypes.READER_VALUES, CastNames.of(type));
      code.addStatement("$T $N = new $T<>()", map.javaType(), result, RuntimeTypes.LINKED_HASH_MAP);
      code.addStatement("$T $N = null", String.class, key);
      code.addStatement("reader.readStartDocument()");
      code.beginControlFlow("try");
      code.beginControlFlow(
          "while (reader.readBsonType() != $T.END_OF_DOCUMENT)", RuntimeTypes.BSON_TYPE);
      code.addStatement("$N = reader.readName()", key);
      code.beginControlFlow("if (reader.getCurrentBsonType() == $T.NULL)", RuntimeTypes.BSON_TYPE);
      code.addStatement("reader.readNull()");
      code.addStatement(
          "$N.put($L, null)", result, MapKeyCode.fromName(map, CodeBlock.of("$N", key), result));
      code.nextControlFlow("else");
      CodeBlock value = decode(code, map.value(), names, enums);
      code.addStatement(
          "$N.put($L, $L)",
          result,
          MapKeyCode.fromName(map, CodeBlock.of("$N", key), result),
          value);
      code.endControlFlow();
      code.endControlFlow();
      code.nextControlFlow("catch ($T $N)", RuntimeTypes.CAST_FAILURE, failure);
      code.addStatement("throw $N.at($N)", failure, key);
      code.endControlFlow();
      code.addStatement("reader.readEndDocument()");
      return CodeBlock.of("$N", result);
    }
  }

  private static CodeBlock scalarRead(TypeDescriptor.ScalarKind kind) {
    String method =
        switch (kind) {
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
    return CodeBlock.of("$T.$N(reader)", RuntimeTypes.READER_VALUES, method);
  }

  /**
   * The Java default of a type, for record components that are not read; {@code Optional.empty()}
   * for Optionals.
   */
  static CodeBlock defaultValue(TypeName type) {
    if (OptionalCode.isOptional(type)) {
      return CodeBlock.of("$T.empty()", RuntimeTypes.OPTIONAL);
    }
    if (!type.isPrimitive()) {
      return CodeBlock.of("null");
    }
    return switch (type.toString()) {
      case "boolean" -> CodeBlock.of("false");
      case "byte" -> CodeBlock.of("(byte) 0");
      case "short" -> CodeBlock.of("(short) 0");
      case "char" -> CodeBlock.of("'\\0'");
      case "long" -> CodeBlock.of("0L");
      case "float" -> CodeBlock.of("0.0f");
      case "double" -> CodeBlock.of("0.0");
      default -> CodeBlock.of("0");
    };
  }
}
