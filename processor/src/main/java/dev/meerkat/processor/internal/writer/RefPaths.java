package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import javax.lang.model.element.Modifier;

/**
 * The path constant of a {@code Ref<R>} or {@code List<Ref<R>>} field: a {@code RefPath<T, R>} that
 * knows how to reach the field's references, for populate.
 */
final class RefPaths {
  private RefPaths() {}

  /** Whether the field holds references: {@code Ref<R>} or a collection of them. */
  static boolean isRef(TypeDescriptor type) {
    return target(type) != null;
  }

  /** The referenced type, or null. */
  static TypeDescriptor.RefType target(TypeDescriptor type) {
    if (type instanceof TypeDescriptor.RefType ref) {
      return ref;
    }
    return type instanceof TypeDescriptor.CollectionType collection
            && collection.element() instanceof TypeDescriptor.RefType ref
        ? ref
        : null;
  }

  /** {@code public static final RefPath<Post, User> AUTHOR = new RefPath<>("author", ...)}. */
  static FieldSpec constant(SchemaDescriptor schema, FieldDescriptor field, String name) {
    TypeDescriptor.RefType ref = target(field.type());
    CodeBlock read = Access.read(field.getter(), "document");
    CodeBlock refs =
        field.type() instanceof TypeDescriptor.RefType
            ? CodeBlock.of("document -> $T.single($L)", RuntimeTypes.REFS, read)
            : CodeBlock.of("document -> $T.many($L)", RuntimeTypes.REFS, read);
    return FieldSpec.builder(
            ParameterizedTypeName.get(RuntimeTypes.REF_PATH, schema.type(), ref.target()),
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
            RuntimeTypes.REF_PATH,
            field.key(),
            refs,
            ref.targetSchema())
        .build();
  }
}
