package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor;
import java.util.ArrayList;
import java.util.List;

/** The initialisers of the field, index and options constants. */
final class Metadata {
  private static final ClassName OPTIONS_BUILDER =
      ClassName.get("dev.meerkat.internal.generated", "SchemaOptionsBuilder");

  private Metadata() {}

  static CodeBlock fields(SchemaDescriptor schema) {
    List<CodeBlock> fields = new ArrayList<>();
    for (FieldDescriptor field : schema.fields()) {
      fields.add(
          CodeBlock.of(
              "new $T($S,$W$S,$W$S,$W$L, $L)",
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
              "new $T($L,$W$L, $L, $LL,$W$L)",
              RuntimeTypes.INDEX_SPEC,
              listOf(keys),
              index.unique(),
              index.sparse(),
              index.expireAfterSeconds(),
              index.name() == null ? CodeBlock.of("null") : CodeBlock.of("$S", index.name())));
    }
    return listOf(indexes);
  }

  /**
   * The options, built by the runtime's {@code SchemaOptionsBuilder} from its defaults: only the
   * options the schema sets are named, so code generated now keeps compiling when {@code
   * SchemaOptions} gains a component.
   */
  static CodeBlock options(SchemaDescriptor schema) {
    SchemaDescriptor.OptionsModel o = schema.options();
    CodeBlock.Builder code = CodeBlock.builder().add("$T.defaults()", OPTIONS_BUILDER);
    setIf(code, "bufferCommands", o.bufferCommands());
    setIf(code, "autoCreate", o.autoCreate());
    setIf(code, "autoIndex", o.autoIndex());
    if (o.cappedSize() != 0 || o.cappedMax() != 0) {
      code.add(".capped($LL,$W$LL)", o.cappedSize(), o.cappedMax());
    }
    SchemaDescriptor.CollationModel c = o.collation();
    if (c != null) {
      code.add(
          ".collation($S,$W$L,$W$L,$W$L)",
          c.locale(),
          c.strength(),
          c.caseLevel(),
          c.numericOrdering());
    }
    if (o.timestamps()) {
      code.add(".timestamps(true)");
    }
    if (!o.versionKey()) {
      code.add(".versionKey(false)");
    }
    if (!o.strict()) {
      code.add(".strict(false)");
    }
    setIf(code, "updateValidators", o.updateValidators());
    return code.add(".build()").build();
  }

  private static void setIf(CodeBlock.Builder code, String option, Boolean value) {
    if (value != null) {
      code.add("$W.$N($L)", option, value);
    }
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
