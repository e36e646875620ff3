package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the decoding methods of the nested {@code BsonCodec} (the runtime's {@code GeneratedCodec}
 * gives it {@code decode} and {@code readEmbedded}, which choose between them):
 *
 * <ul>
 *   <li>{@code decodeRaw}, over raw bytes: the one decoder of a schema, which the runtime also
 *       gives a copy of any other reader's document. A switch on the index of each matched name,
 *       one branch per field, each commented with the field's name.
 *   <li>{@code readFields}, over a reader, only for a schema with {@code @ExtraFields}, whose
 *       unknown values can be of any type; its {@code decodeRaw} reads through it.
 * </ul>
 *
 * Both read the type a field is written with directly and anything else through the runtime's casts
 * (the slow path). A failure gets the field's key added to its path on the way up.
 */
final class DecoderWriter {
  private DecoderWriter() {}

  /** The reader path: a switch on each name read from the reader. */
  static MethodSpec readFields(SchemaDescriptor schema, Map<TypeName, String> enums) {
    NameAllocator names = CodecWriter.names();
    enums.values().forEach(names::newName);
    CodeBlock.Builder code = CodeBlock.builder();
    Map<String, String> locals = declareTargets(schema, code, names);
    code.addStatement("reader.readStartDocument()");
    code.addStatement("$T key = null", String.class);
    code.beginControlFlow("try");
    code.beginControlFlow(
        "while (reader.readBsonType() != $T.END_OF_DOCUMENT)", RuntimeTypes.BSON_TYPE);
    code.addStatement("key = reader.readName()");
    code.beginControlFlow("switch (key)");
    for (FieldDescriptor field : schema.fields()) {
      code.add("case $S -> {\n$>", field.key());
      code.beginControlFlow("if (reader.getCurrentBsonType() == $T.NULL)", RuntimeTypes.BSON_TYPE);
      code.addStatement("reader.readNull()");
      if (!schema.isRecord() && !primitive(field)) {
        code.addStatement(
            Access.write(field.setter(), "value", ValueCode.defaultValue(field.type().javaType())));
      }
      code.nextControlFlow("else");
      CodeBlock value = ValueCode.decode(code, field.type(), names, enums);
      assign(schema, field, locals, value, code);
      code.endControlFlow();
      code.add("$<}\n");
    }
    // Keys the codec writes itself: read and dropped, never kept as extra fields.
    List<CodeBlock> skipped = new ArrayList<>();
    if (schema.versionConstant()) {
      skipped.add(CodeBlock.of("$S", "__v"));
    }
    schema.discriminator().ifPresent(d -> skipped.add(CodeBlock.of("$S", d.key())));
    if (!skipped.isEmpty()) {
      code.addStatement("case $L -> reader.skipValue()", CodeBlock.join(skipped, ", "));
    }
    code.add("default -> {\n$>");
    if (schema.extra().isPresent()) {
      SchemaDescriptor.ExtraModel extra = schema.extra().get();
      code.beginControlFlow("if (extra == null)");
      if (extra.document()) {
        code.addStatement("extra = new $T()", RuntimeTypes.DOCUMENT);
      } else {
        code.addStatement("extra = new $T<>()", RuntimeTypes.LINKED_HASH_MAP);
      }
      code.endControlFlow();
      code.addStatement(
          "extra.put(key, $T.readValue(reader, decoderContext))", RuntimeTypes.BSON_VALUES);
    } else {
      code.addStatement("reader.skipValue()");
    }
    code.add("$<}\n");
    code.endControlFlow().endControlFlow();
    code.nextControlFlow("catch ($T failure)", RuntimeTypes.CAST_FAILURE);
    code.addStatement("throw failure.at(key)");
    code.endControlFlow();
    code.addStatement("reader.readEndDocument()");
    code.add(construct(schema, locals));
    return MethodSpec.methodBuilder("readFields")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(schema.type())
        .addParameter(RuntimeTypes.BSON_READER, "reader")
        .addParameter(RuntimeTypes.DECODER_CONTEXT, "decoderContext")
        .addCode(code.build())
        .build();
  }

  /**
   * The fast path: reads the document straight from the input, matching names on their bytes. A
   * schema with {@code @ExtraFields} reads through a {@code BsonBinaryReader} over the same input
   * instead, since its unknown values can be of any type.
   */
  static MethodSpec decodeRaw(SchemaDescriptor schema, Map<TypeName, String> enums) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("decodeRaw")
            .addJavadoc(
                "Reads the document at the input's position (its length first) without a reader;"
                    + " for generated code.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(schema.type())
            .addParameter(RuntimeTypes.BSON_INPUT, "input")
            .addParameter(RuntimeTypes.DECODER_CONTEXT, "decoderContext");
    if (schema.extra().isPresent()) {
      return method
          .addStatement(
              "return readFields(new $T(input), decoderContext)", RuntimeTypes.BSON_BINARY_READER)
          .build();
    }
    NameAllocator names = CodecWriter.names();
    enums.values().forEach(names::newName);
    CodeBlock.Builder code = CodeBlock.builder();
    Map<String, String> locals = declareTargets(schema, code, names);
    code.addStatement("int end = $T.startDocument(input)", RuntimeTypes.RAW_BSON);
    code.addStatement("int expected = 0");
    code.addStatement("int field = $T.UNKNOWN", RuntimeTypes.FIELD_NAMES);
    code.beginControlFlow("try");
    code.beginControlFlow("while (input.getPosition() < end)");
    code.addStatement("byte type = input.readByte()");
    code.addStatement("field = NAMES.match(input, expected, end)");
    code.addStatement("expected = field + 1");
    code.beginControlFlow("switch (field)");
    List<FieldDescriptor> ordered = CodecWriter.encodeOrder(schema);
    for (int i = 0; i < ordered.size(); i++) {
      FieldDescriptor field = ordered.get(i);
      CodeBlock oneLine = FieldReads.read(schema, field, target(schema, field, locals), enums);
      code.add("// $L\n", field.name());
      if (oneLine != null) {
        code.add("$[case $L -> $L;\n$]", i, oneLine);
        continue;
      }
      code.add("case $L -> {\n$>", i);
      if (!schema.isRecord()) {
        code.beginControlFlow("if (type == $T.NULL)", RuntimeTypes.RAW_BSON);
        code.addStatement(
            Access.write(field.setter(), "value", ValueCode.defaultValue(field.type().javaType())));
        code.nextControlFlow("else");
      } else {
        // A null leaves the record component's local at its default: nothing to do.
        code.beginControlFlow("if (type != $T.NULL)", RuntimeTypes.RAW_BSON);
      }
      CodeBlock value = RawValueCode.decode(code, field.type(), "type", names, enums);
      assign(schema, field, locals, value, code);
      code.endControlFlow();
      code.add("$<}\n");
    }
    code.addStatement("default -> $T.skip(input, type)", RuntimeTypes.RAW_BSON);
    code.endControlFlow().endControlFlow();
    code.nextControlFlow("catch ($T failure)", RuntimeTypes.CAST_FAILURE);
    code.addStatement("throw failure.at(NAMES.key(field))");
    code.endControlFlow();
    code.addStatement("$T.endDocument(input)", RuntimeTypes.RAW_BSON);
    code.add(construct(schema, locals));
    return method.addCode(code.build()).build();
  }

  /** The local a record's field is read into, or null for a class (read into {@code value}). */
  private static String target(
      SchemaDescriptor schema, FieldDescriptor field, Map<String, String> locals) {
    return schema.isRecord() ? locals.get(field.name()) : null;
  }

  private static boolean primitive(FieldDescriptor field) {
    return field.type() instanceof TypeDescriptor.Scalar scalar && scalar.primitive();
  }

  /**
   * Declares the decode targets: a local per field for records, else a new instance; returns the
   * locals.
   */
  private static Map<String, String> declareTargets(
      SchemaDescriptor schema, CodeBlock.Builder code, NameAllocator names) {
    Map<String, String> locals = new LinkedHashMap<>();
    if (schema.isRecord()) {
      for (FieldDescriptor field : schema.fields()) {
        String local = names.newName(field.name(), new Object());
        locals.put(field.name(), local);
        code.addStatement(
            "$T $N = $L",
            field.type().javaType(),
            local,
            ValueCode.defaultValue(field.type().javaType()));
      }
    } else {
      code.addStatement("$T value = new $T()", schema.type(), schema.type());
      OptionalCode.startEmpty(schema, code);
    }
    schema.extra().ifPresent(extra -> code.addStatement("$T extra = null", extra.type()));
    return locals;
  }

  private static void assign(
      SchemaDescriptor schema,
      FieldDescriptor field,
      Map<String, String> locals,
      CodeBlock value,
      CodeBlock.Builder code) {
    if (schema.isRecord()) {
      code.addStatement("$N = $L", locals.get(field.name()), value);
    } else {
      code.addStatement(Access.write(field.setter(), "value", value));
    }
  }

  /**
   * Returns the decoded value: the canonical constructor for records, else the filled instance. A
   * list or set whose key was missing (or null) is an empty one, as Mongoose's arrays read.
   */
  private static CodeBlock construct(SchemaDescriptor schema, Map<String, String> locals) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (schema.isRecord()) {
      List<CodeBlock> arguments = new ArrayList<>();
      for (SchemaDescriptor.Component component : schema.components()) {
        arguments.add(
            switch (component.role()) {
              case MAPPED ->
                  mapped(
                      schema.field(component.name()).orElseThrow(), locals.get(component.name()));
              case EXTRA -> CodeBlock.of("extra");
              case TRANSIENT -> ValueCode.defaultValue(component.type());
            });
      }
      code.addStatement("return new $T($L)", schema.type(), CodeBlock.join(arguments, ",$W"));
    } else {
      for (FieldDescriptor field : schema.fields()) {
        if (field.type() instanceof TypeDescriptor.CollectionType collection) {
          code.beginControlFlow("if ($L == null)", Access.read(field.getter(), "value"))
              .addStatement(Access.write(field.setter(), "value", absent(collection)))
              .endControlFlow();
        }
      }
      schema
          .extra()
          .ifPresent(
              extra ->
                  code.addStatement(Access.write(extra.setter(), "value", CodeBlock.of("extra"))));
      code.addStatement("return value");
    }
    return code.build();
  }

  private static CodeBlock mapped(FieldDescriptor field, String local) {
    if (field.type() instanceof TypeDescriptor.CollectionType collection) {
      return CodeBlock.of("$N == null$W? $L$W: $N", local, absent(collection), local);
    }
    return CodeBlock.of("$N", local);
  }

  private static CodeBlock absent(TypeDescriptor.CollectionType collection) {
    return collection.kind() == TypeDescriptor.CollectionKind.SET
        ? CodeBlock.of("$T.set()", RuntimeTypes.ABSENT_ARRAYS)
        : CodeBlock.of("$T.list()", RuntimeTypes.ABSENT_ARRAYS);
  }
}
