package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor.ScalarKind;

/**
 * The typed path class and constructor call for a field of each supported type. Every path is bound
 * to the document type of its top-level schema ({@code root}): the schema's own type for its
 * constants, the nested {@code Path} class's type variable for the paths of a subdocument.
 */
final class PathCode {
  private PathCode() {}

  /** The declared type of the path to a field of {@code type}, bound to {@code root}. */
  static TypeName pathType(TypeDescriptor type, TypeName root) {
    if (type instanceof TypeDescriptor.OptionalType optional) {
      return pathType(optional.value(), root);
    }
    if (type instanceof TypeDescriptor.Scalar scalar) {
      if (scalar.kind() == ScalarKind.STRING) {
        return ParameterizedTypeName.get(RuntimeTypes.STRING_PATH, root);
      }
      TypeName boxed = scalar.javaType().box();
      return ParameterizedTypeName.get(
          scalar.kind().numeric() ? RuntimeTypes.NUMBER_PATH : RuntimeTypes.FIELD_PATH,
          root,
          boxed);
    }
    if (type instanceof TypeDescriptor.Nested nested) {
      return ParameterizedTypeName.get(nested.schema().nestedClass("Path"), root);
    }
    if (type instanceof TypeDescriptor.CollectionType collection) {
      return ParameterizedTypeName.get(
          RuntimeTypes.COLLECTION_PATH,
          root,
          collection.element().javaType().box(),
          collection.javaType());
    }
    if (type instanceof TypeDescriptor.MapType map
        && map.keyKind() == TypeDescriptor.MapKeyKind.STRING) {
      return ParameterizedTypeName.get(RuntimeTypes.MAP_PATH, root, map.value().javaType().box());
    }
    return ParameterizedTypeName.get(RuntimeTypes.FIELD_PATH, root, type.javaType().box());
  }

  /**
   * {@code new StringPath<Root>(path)} and friends, for a path whose values are not validated. Type
   * arguments are always explicit: javac infers a diamond over the overloaded path constructors
   * (with method references among the arguments) at a cost that shows in every build.
   */
  static CodeBlock newPath(TypeDescriptor type, TypeName root, CodeBlock path) {
    return newPath(type, root, path, null, null);
  }

  /**
   * {@code new StringPath<Root>(path, validator)} and friends.
   *
   * @param root the document type of the top-level schema the path belongs to
   * @param path an expression of type String
   * @param validator checks a whole value ({@code TSchema::checkName}), or null when any value is
   *     valid
   * @param partValidator checks one element or map value, or null when any is valid
   */
  static CodeBlock newPath(
      TypeDescriptor type,
      TypeName root,
      CodeBlock path,
      CodeBlock validator,
      CodeBlock partValidator) {
    if (type instanceof TypeDescriptor.OptionalType optional) {
      return newPath(optional.value(), root, path, validator, partValidator);
    }
    TypeName pathType = pathType(type, root);
    if (type instanceof TypeDescriptor.CollectionType
        || type instanceof TypeDescriptor.MapType map
            && map.keyKind() == TypeDescriptor.MapKeyKind.STRING) {
      TypeDescriptor part =
          type instanceof TypeDescriptor.CollectionType collection
              ? collection.element()
              : ((TypeDescriptor.MapType) type).value();
      CodeBlock function = toBson(part);
      if (validator == null && partValidator == null) {
        return withFunction(pathType, path, function);
      }
      CodeBlock none = CodeBlock.of("$T.none()", RuntimeTypes.FIELD_VALIDATOR);
      return CodeBlock.of(
          "new $T($L,$W$L,$W$L,$W$L)",
          pathType,
          path,
          function == null ? identity() : function,
          validator == null ? none : validator,
          partValidator == null ? none : partValidator);
    }
    boolean bare =
        type instanceof TypeDescriptor.Nested
            || type instanceof TypeDescriptor.Scalar scalar
                && (scalar.kind() == ScalarKind.STRING || scalar.kind().numeric());
    if (bare) {
      return validator == null
          ? CodeBlock.of("new $T($L)", pathType, path)
          : CodeBlock.of("new $T($L,$W$L)", pathType, path, validator);
    }
    CodeBlock function = toBson(type);
    if (validator == null) {
      return withFunction(pathType, path, function);
    }
    return CodeBlock.of(
        "new $T($L,$W$L,$W$L)",
        pathType,
        path,
        function == null ? identity() : function,
        validator);
  }

  private static CodeBlock identity() {
    return CodeBlock.of("$T.identity()", ClassName.get("java.util.function", "Function"));
  }

  private static CodeBlock withFunction(TypeName pathType, CodeBlock path, CodeBlock function) {
    return function == null
        ? CodeBlock.of("new $T($L)", pathType, path)
        : CodeBlock.of("new $T($L,$W$L)", pathType, path, function);
  }

  /** The function that turns one value into what the driver encodes, or null for "as is". */
  static CodeBlock toBson(TypeDescriptor type) {
    if (type instanceof TypeDescriptor.EnumType) {
      return CodeBlock.of("$T::name", Enum.class);
    }
    if (type instanceof TypeDescriptor.Scalar scalar && scalar.kind() == ScalarKind.UUID) {
      return CodeBlock.of("$T::uuidBinary", RuntimeTypes.BSON_VALUES);
    }
    if (type instanceof TypeDescriptor.Scalar scalar
        && (scalar.kind() == ScalarKind.OFFSET_DATE_TIME
            || scalar.kind() == ScalarKind.ZONED_DATE_TIME)) {
      return CodeBlock.of("$T::toInstant", scalar.javaType());
    }
    if (type instanceof TypeDescriptor.Nested nested) {
      return CodeBlock.of(
          "value -> $T.toBsonDocument($T.BsonCodec.INSTANCE, value)",
          RuntimeTypes.DOCUMENTS,
          nested.schema());
    }
    if (type instanceof TypeDescriptor.RefType ref) {
      return CodeBlock.of(
          "value -> $T.idOf(value, $T.INSTANCE)", RuntimeTypes.REFS, ref.targetSchema());
    }
    if (type instanceof TypeDescriptor.CollectionType
        || type instanceof TypeDescriptor.MapType map
            && map.keyKind() == TypeDescriptor.MapKeyKind.STRING) {
      return CodeBlock.of("$T::toBsonValue", RuntimeTypes.BSON_VALUES);
    }
    return null;
  }
}
