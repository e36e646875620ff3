package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.meerkat.processor.internal.model.TypeModel;
import dev.meerkat.processor.internal.model.TypeModel.ScalarKind;

/** The typed path class and constructor call for a field of each supported type. */
final class PathCode {
  private PathCode() {}

  /** The declared type of the path constant. */
  static TypeName pathType(TypeModel type) {
    if (type instanceof TypeModel.Scalar scalar) {
      if (scalar.kind() == ScalarKind.STRING) {
        return Runtime.STRING_PATH;
      }
      TypeName boxed = scalar.javaType().box();
      return ParameterizedTypeName.get(scalar.kind().numeric() ? Runtime.NUMBER_PATH : Runtime.FIELD_PATH, boxed);
    }
    if (type instanceof TypeModel.Nested nested) {
      return nested.schema().nestedClass("Path");
    }
    if (type instanceof TypeModel.CollectionType collection) {
      return ParameterizedTypeName.get(Runtime.COLLECTION_PATH, collection.element().javaType().box(),
          collection.javaType());
    }
    if (type instanceof TypeModel.MapType map) {
      return ParameterizedTypeName.get(Runtime.MAP_PATH, map.value().javaType().box());
    }
    return ParameterizedTypeName.get(Runtime.FIELD_PATH, type.javaType().box());
  }

  /** {@code new StringPath(path)} and friends; {@code path} is an expression of type String. */
  static CodeBlock newPath(TypeModel type, CodeBlock path) {
    TypeName pathType = pathType(type);
    if (type instanceof TypeModel.Nested) {
      return CodeBlock.of("new $T($L)", pathType, path);
    }
    if (type instanceof TypeModel.CollectionType collection) {
      return withFunction(pathType, path, toBson(collection.element()));
    }
    if (type instanceof TypeModel.MapType map) {
      return withFunction(pathType, path, toBson(map.value()));
    }
    if (type instanceof TypeModel.Scalar scalar && (scalar.kind() == ScalarKind.STRING || scalar.kind().numeric())) {
      return CodeBlock.of("new $T($L)", pathType, path);
    }
    return withFunction(pathType, path, toBson(type));
  }

  private static CodeBlock withFunction(TypeName pathType, CodeBlock path, CodeBlock function) {
    return function == null
        ? CodeBlock.of("new $T($L)", pathType, path)
        : CodeBlock.of("new $T($L, $L)", pathType, path, function);
  }

  /** The function that turns one value into what the driver encodes, or null for "as is". */
  static CodeBlock toBson(TypeModel type) {
    if (type instanceof TypeModel.EnumType) {
      return CodeBlock.of("$T::name", Enum.class);
    }
    if (type instanceof TypeModel.Scalar scalar && scalar.kind() == ScalarKind.UUID) {
      return CodeBlock.of("$T::uuidBinary", Runtime.BSON_VALUES);
    }
    if (type instanceof TypeModel.Nested nested) {
      return CodeBlock.of("value -> $T.toBsonDocument($T.BsonCodec.INSTANCE, value)", Runtime.DOCUMENTS,
          nested.schema());
    }
    if (type instanceof TypeModel.RefType ref) {
      return CodeBlock.of("value -> $T.idOf(value, $T.INSTANCE)", Runtime.REFS, ref.targetSchema());
    }
    if (type instanceof TypeModel.CollectionType || type instanceof TypeModel.MapType) {
      return CodeBlock.of("$T::toBsonValue", Runtime.BSON_VALUES);
    }
    return null;
  }
}
