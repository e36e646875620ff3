package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.meerkat.processor.internal.model.FieldModel;
import dev.meerkat.processor.internal.model.SchemaModel;
import dev.meerkat.processor.internal.model.TypeModel;
import javax.lang.model.element.Modifier;

/**
 * The path constant of a {@code Ref<R>} or {@code List<Ref<R>>} field: a {@code RefPath<T, R>} that
 * knows how to reach the field's references, for populate.
 */
final class RefPaths {
  private RefPaths() {}

  /** Whether the field holds references: {@code Ref<R>} or a collection of them. */
  static boolean isRef(TypeModel type) {
    return target(type) != null;
  }

  /** The referenced type, or null. */
  static TypeModel.RefType target(TypeModel type) {
    if (type instanceof TypeModel.RefType ref) {
      return ref;
    }
    return type instanceof TypeModel.CollectionType collection
            && collection.element() instanceof TypeModel.RefType ref
        ? ref
        : null;
  }

  /** {@code public static final RefPath<Post, User> AUTHOR = new RefPath<>("author", ...)}. */
  static FieldSpec constant(SchemaModel schema, FieldModel field, String name) {
    TypeModel.RefType ref = target(field.type());
    CodeBlock read = Access.read(field.getter(), "document");
    CodeBlock refs =
        field.type() instanceof TypeModel.RefType
            ? CodeBlock.of("document -> $T.single($L)", Runtime.REFS, read)
            : CodeBlock.of("document -> $T.many($L)", Runtime.REFS, read);
    return FieldSpec.builder(
            ParameterizedTypeName.get(Runtime.REF_PATH, schema.type(), ref.target()),
            name,
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(
            "Path to the references in {@code $L}, stored as {@code $L}: populate it, or filter on the id.\n",
            field.name(),
            field.key())
        .initializer(
            "new $T<>($S, $L, () -> $T.INSTANCE)",
            Runtime.REF_PATH,
            field.key(),
            refs,
            ref.targetSchema())
        .build();
  }
}
