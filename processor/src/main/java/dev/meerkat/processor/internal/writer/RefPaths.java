package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.meerkat.processor.internal.descriptor.EmbeddedRefDescriptor;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The path constant of a {@code Ref<R>} or {@code List<Ref<R>>} field, directly on the schema or
 * inside its embedded subdocuments: a {@code RefPath<T, R>} that knows how to reach the field's
 * references, for populate.
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

  /**
   * The constants of the references inside embedded subdocuments: {@code RefPath<Post, User>
   * COMMENTS_AUTHOR}, whose function walks {@code post.comments()[].author()}.
   */
  static List<FieldSpec> embedded(SchemaDescriptor schema, NameAllocator constants) {
    List<FieldSpec> specs = new ArrayList<>();
    for (EmbeddedRefDescriptor ref : schema.embeddedRefs()) {
      String name = constants.newName(ref.constant(), new Object());
      specs.add(
          FieldSpec.builder(
                  ParameterizedTypeName.get(
                      RuntimeTypes.REF_PATH, schema.type(), ref.target().target()),
                  name,
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc(
                  "Path to the references in {@code $L} (subdocuments), stored as {@code $L}: populate"
                      + " it, or filter on the id.\n",
                  ref.path(),
                  ref.key())
              .initializer(
                  "new $T<>($S, document -> $L, () -> $T.INSTANCE)",
                  RuntimeTypes.REF_PATH,
                  ref.key(),
                  walk(ref, 0, "document"),
                  ref.target().targetSchema())
              .build());
    }
    return specs;
  }

  /** {@code Refs.inEach(document.comments(), sub1 -> Refs.single(sub1.author()))}. */
  private static CodeBlock walk(EmbeddedRefDescriptor ref, int depth, String from) {
    if (depth == ref.hops().size()) {
      return CodeBlock.of(
          "$T.$L($L)",
          RuntimeTypes.REFS,
          ref.many() ? "many" : "single",
          Access.read(ref.getter(), from));
    }
    EmbeddedRefDescriptor.Hop hop = ref.hops().get(depth);
    CodeBlock read = Access.read(hop.getter(), from);
    String sub = "sub" + (depth + 1);
    CodeBlock inner = walk(ref, depth + 1, sub);
    return switch (hop.kind()) {
      case ONE -> CodeBlock.of("$T.inOne($L, $N -> $L)", RuntimeTypes.REFS, read, sub, inner);
      case OPTIONAL ->
          CodeBlock.of("$T.inOne($L.orElse(null), $N -> $L)", RuntimeTypes.REFS, read, sub, inner);
      case EACH -> CodeBlock.of("$T.inEach($L, $N -> $L)", RuntimeTypes.REFS, read, sub, inner);
    };
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
