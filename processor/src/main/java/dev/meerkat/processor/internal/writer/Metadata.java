package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.CodeBlock;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor;
import java.util.ArrayList;
import java.util.List;

/** The initialisers of the field, index and options constants. */
final class Metadata {
  private Metadata() {}

  static CodeBlock fields(SchemaDescriptor schema) {
    List<CodeBlock> fields = new ArrayList<>();
    for (FieldDescriptor field : schema.fields()) {
      fields.add(
          CodeBlock.of(
              "new $T($S, $S, $S, $L, $L)",
              RuntimeTypes.SCHEMA_FIELD,
              field.name(),
              field.key(),
              field.type().javaType().toString(),
              field.id(),
              field.required()));
    }
    return listOf(fields);
  }

  static CodeBlock indexes(SchemaDescriptor schema) {
    List<CodeBlock> indexes = new ArrayList<>();
    for (SchemaDescriptor.IndexModel index : schema.indexes()) {
      List<CodeBlock> keys = new ArrayList<>();
      for (SchemaDescriptor.IndexModel.Key key : index.keys()) {
        keys.add(
            key.direction() instanceof String kind
                ? CodeBlock.of("new $T($S, $S)", RuntimeTypes.INDEX_KEY, key.field(), kind)
                : CodeBlock.of(
                    "new $T($S, $L)", RuntimeTypes.INDEX_KEY, key.field(), key.direction()));
      }
      indexes.add(
          CodeBlock.of(
              "new $T($L, $L, $L, $LL, $L)",
              RuntimeTypes.INDEX_SPEC,
              listOf(keys),
              index.unique(),
              index.sparse(),
              index.expireAfterSeconds(),
              index.name() == null ? CodeBlock.of("null") : CodeBlock.of("$S", index.name())));
    }
    return listOf(indexes);
  }

  static CodeBlock options(SchemaDescriptor schema) {
    SchemaDescriptor.OptionsModel o = schema.options();
    SchemaDescriptor.CollationModel c = o.collation();
    CodeBlock collation =
        c == null
            ? CodeBlock.of("null")
            : CodeBlock.of(
                "new $T($S, $L, $L, $L)",
                RuntimeTypes.COLLATION_SPEC,
                c.locale(),
                c.strength(),
                c.caseLevel(),
                c.numericOrdering());
    return CodeBlock.of(
        "new $T($L, $L, $L, $LL, $LL, $L, $L, $L, $L, $L)",
        RuntimeTypes.SCHEMA_OPTIONS,
        toggle(o.bufferCommands()),
        toggle(o.autoCreate()),
        toggle(o.autoIndex()),
        o.cappedSize(),
        o.cappedMax(),
        collation,
        o.timestamps(),
        o.versionKey(),
        o.strict(),
        toggle(o.updateValidators()));
  }

  private static CodeBlock toggle(Boolean value) {
    return value == null
        ? CodeBlock.of("null")
        : CodeBlock.of("$T.$L", Boolean.class, value ? "TRUE" : "FALSE");
  }

  private static CodeBlock listOf(List<CodeBlock> items) {
    if (items.isEmpty()) {
      return CodeBlock.of("$T.of()", RuntimeTypes.LIST);
    }
    return CodeBlock.builder()
        .add("$T.of(\n", RuntimeTypes.LIST)
        .indent()
        .indent()
        .add(CodeBlock.join(items, ",\n"))
        .unindent()
        .unindent()
        .add(")")
        .build();
  }
}
