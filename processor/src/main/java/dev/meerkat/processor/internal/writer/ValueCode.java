package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.meerkat.processor.internal.model.TypeModel;

/**
 * The straight-line BSON code for one value of a supported type. Encoding assumes a non-null value;
 * decoding assumes the reader is positioned on a non-null value. Collections and maps recurse.
 * Generated variables are {@code writer}, {@code reader}, {@code encoderContext} and {@code decoderContext}.
 */
final class ValueCode {
  private ValueCode() {}

  /** Emits the statements that write {@code value} (an expression without side effects). */
  static void encode(CodeBlock.Builder code, TypeModel type, String value, NameAllocator names) {
    if (type instanceof TypeModel.Scalar scalar) {
      code.addStatement(scalarWrite(scalar.kind(), value));
    } else if (type instanceof TypeModel.EnumType) {
      code.addStatement("writer.writeString($L.name())", value);
    } else if (type instanceof TypeModel.Nested nested) {
      code.addStatement("$T.BsonCodec.INSTANCE.encode(writer, $L, encoderContext)", nested.schema(), value);
    } else if (type instanceof TypeModel.DocumentType) {
      code.addStatement("$T.DOCUMENT_CODEC.encode(writer, $L, encoderContext)", Runtime.BSON_VALUES, value);
    } else if (type instanceof TypeModel.RefType ref) {
      code.addStatement("$T.write(writer, $L, $T.INSTANCE, encoderContext)", Runtime.REFS, value, ref.targetSchema());
    } else if (type instanceof TypeModel.CollectionType collection) {
      String element = names.newName("element", new Object());
      code.addStatement("writer.writeStartArray()");
      code.beginControlFlow("for ($T $N : $L)", collection.element().javaType().box(), element, value);
      writeNullable(code, collection.element(), element, names);
      code.endControlFlow();
      code.addStatement("writer.writeEndArray()");
    } else if (type instanceof TypeModel.MapType map) {
      String entry = names.newName("entry", new Object());
      String entryValue = names.newName("entryValue", new Object());
      TypeName valueType = map.value().javaType().box();
      code.addStatement("writer.writeStartDocument()");
      code.beginControlFlow("for ($T $N : $L.entrySet())", ParameterizedTypeName.get(
          Runtime.MAP.nestedClass("Entry"), map.keyType(), valueType), entry, value);
      code.addStatement("writer.writeName($L)", MapKeyCode.toName(map, CodeBlock.of("$N.getKey()", entry)));
      code.addStatement("$T $N = $N.getValue()", valueType, entryValue, entry);
      writeNullable(code, map.value(), entryValue, names);
      code.endControlFlow();
      code.addStatement("writer.writeEndDocument()");
    }
  }

  private static void writeNullable(CodeBlock.Builder code, TypeModel type, String value, NameAllocator names) {
    code.beginControlFlow("if ($N == null)", value);
    code.addStatement("writer.writeNull()");
    code.nextControlFlow("else");
    encode(code, type, value, names);
    code.endControlFlow();
  }

  private static CodeBlock scalarWrite(TypeModel.ScalarKind kind, String v) {
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
      case LOCAL_DATE, LOCAL_DATE_TIME -> CodeBlock.of("writer.writeDateTime($T.toMillis($L))", Runtime.BSON_VALUES, v);
      case OFFSET_DATE_TIME, ZONED_DATE_TIME -> CodeBlock.of("writer.writeDateTime($L.toInstant().toEpochMilli())", v);
      case BIG_DECIMAL -> CodeBlock.of("writer.writeDecimal128(new $T($L))", Runtime.DECIMAL128, v);
      case DECIMAL128 -> CodeBlock.of("writer.writeDecimal128($L)", v);
      case UUID -> CodeBlock.of("$T.writeUuid(writer, $L)", Runtime.BSON_VALUES, v);
      case BYTES -> CodeBlock.of("writer.writeBinaryData(new $T($L))", Runtime.BSON_BINARY, v);
    };
  }

  /**
   * Emits any statements needed to read one value and returns the expression that yields it.
   * Collections and maps are read into a new local variable whose name is returned.
   */
  static CodeBlock decode(CodeBlock.Builder code, TypeModel type, NameAllocator names) {
    if (type instanceof TypeModel.Scalar scalar) {
      return scalarRead(scalar.kind());
    } else if (type instanceof TypeModel.OptionalType optional) {
      return CodeBlock.of("$T.of($L)", Runtime.OPTIONAL, decode(code, optional.value(), names));
    } else if (type instanceof TypeModel.EnumType enumType) {
      return CodeBlock.of("$T.valueOf(reader.readString())", enumType.javaType());
    } else if (type instanceof TypeModel.Nested nested) {
      return CodeBlock.of("$T.BsonCodec.INSTANCE.decode(reader, decoderContext)", nested.schema());
    } else if (type instanceof TypeModel.DocumentType) {
      return CodeBlock.of("$T.DOCUMENT_CODEC.decode(reader, decoderContext)", Runtime.BSON_VALUES);
    } else if (type instanceof TypeModel.RefType ref) {
      return CodeBlock.of("$T.<$T>read(reader)", Runtime.REFS, ref.target());
    } else if (type instanceof TypeModel.CollectionType collection) {
      String list = names.newName("list", new Object());
      code.addStatement("$T $N = new $T<>()", collection.javaType(), list, collection.kind().implementation());
      code.addStatement("reader.readStartArray()");
      code.beginControlFlow("while (reader.readBsonType() != $T.END_OF_DOCUMENT)", Runtime.BSON_TYPE);
      code.beginControlFlow("if (reader.getCurrentBsonType() == $T.NULL)", Runtime.BSON_TYPE);
      code.addStatement("reader.readNull()");
      code.addStatement("$N.add(null)", list);
      code.nextControlFlow("else");
      CodeBlock element = decode(code, collection.element(), names);
      code.addStatement("$N.add($L)", list, element);
      code.endControlFlow();
      code.endControlFlow();
      code.addStatement("reader.readEndArray()");
      return CodeBlock.of("$N", list);
    } else {
      TypeModel.MapType map = (TypeModel.MapType) type;
      String result = names.newName("map", new Object());
      String key = names.newName("mapKey", new Object());
      code.addStatement("$T $N = new $T<>()", map.javaType(), result, Runtime.LINKED_HASH_MAP);
      code.addStatement("reader.readStartDocument()");
      code.beginControlFlow("while (reader.readBsonType() != $T.END_OF_DOCUMENT)", Runtime.BSON_TYPE);
      code.addStatement("$T $N = $L", map.keyType(), key, MapKeyCode.fromName(map, CodeBlock.of("reader.readName()")));
      code.beginControlFlow("if (reader.getCurrentBsonType() == $T.NULL)", Runtime.BSON_TYPE);
      code.addStatement("reader.readNull()");
      code.addStatement("$N.put($N, null)", result, key);
      code.nextControlFlow("else");
      CodeBlock value = decode(code, map.value(), names);
      code.addStatement("$N.put($N, $L)", result, key, value);
      code.endControlFlow();
      code.endControlFlow();
      code.addStatement("reader.readEndDocument()");
      return CodeBlock.of("$N", result);
    }
  }

  private static CodeBlock scalarRead(TypeModel.ScalarKind kind) {
    return switch (kind) {
      case BOOLEAN -> CodeBlock.of("reader.readBoolean()");
      case BYTE -> CodeBlock.of("(byte) $T.readInt(reader)", Runtime.BSON_VALUES);
      case SHORT -> CodeBlock.of("(short) $T.readInt(reader)", Runtime.BSON_VALUES);
      case CHAR -> CodeBlock.of("$T.readChar(reader)", Runtime.BSON_VALUES);
      case INT -> CodeBlock.of("$T.readInt(reader)", Runtime.BSON_VALUES);
      case LONG -> CodeBlock.of("$T.readLong(reader)", Runtime.BSON_VALUES);
      case FLOAT -> CodeBlock.of("(float) $T.readDouble(reader)", Runtime.BSON_VALUES);
      case DOUBLE -> CodeBlock.of("$T.readDouble(reader)", Runtime.BSON_VALUES);
      case STRING -> CodeBlock.of("reader.readString()");
      case OBJECT_ID -> CodeBlock.of("reader.readObjectId()");
      case INSTANT -> CodeBlock.of("$T.ofEpochMilli(reader.readDateTime())", Runtime.INSTANT);
      case DATE -> CodeBlock.of("new $T(reader.readDateTime())", Runtime.DATE);
      case LOCAL_DATE -> CodeBlock.of("$T.readLocalDate(reader)", Runtime.BSON_VALUES);
      case LOCAL_DATE_TIME -> CodeBlock.of("$T.readLocalDateTime(reader)", Runtime.BSON_VALUES);
      case OFFSET_DATE_TIME -> CodeBlock.of("$T.ofEpochMilli(reader.readDateTime()).atOffset($T.UTC)", Runtime.INSTANT,
          Runtime.ZONE_OFFSET);
      case ZONED_DATE_TIME -> CodeBlock.of("$T.ofEpochMilli(reader.readDateTime()).atZone($T.UTC)", Runtime.INSTANT,
          Runtime.ZONE_OFFSET);
      case BIG_DECIMAL -> CodeBlock.of("reader.readDecimal128().bigDecimalValue()");
      case DECIMAL128 -> CodeBlock.of("reader.readDecimal128()");
      case UUID -> CodeBlock.of("$T.readUuid(reader)", Runtime.BSON_VALUES);
      case BYTES -> CodeBlock.of("reader.readBinaryData().getData()");
    };
  }

  /** The Java default of a type, for record components that are not read; {@code Optional.empty()} for Optionals. */
  static CodeBlock defaultValue(TypeName type) {
    if (OptionalCode.isOptional(type)) {
      return CodeBlock.of("$T.empty()", Runtime.OPTIONAL);
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
