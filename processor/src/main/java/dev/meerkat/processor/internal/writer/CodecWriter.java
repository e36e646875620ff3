package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.meerkat.processor.internal.model.FieldModel;
import dev.meerkat.processor.internal.model.SchemaModel;
import dev.meerkat.processor.internal.model.TypeModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the nested {@code BsonCodec}: encode writes {@code _id} first and skips nulls; decode
 * switches on each field name and skips (or keeps, with {@code strict = false}) unknown keys.
 */
final class CodecWriter {
  private static final List<String> RESERVED = List.of("writer", "reader", "value", "encoderContext",
      "decoderContext", "key", "extra", "INSTANCE", "KNOWN_KEYS", "NAMES", "input", "binary", "end", "type",
      "field", "expected");

  private CodecWriter() {}

  static TypeSpec codec(SchemaModel schema) {
    TypeSpec.Builder codec = TypeSpec.classBuilder("BsonCodec")
        .addJavadoc("The reflection-free codec of {@link $T}; thread-safe. Used by generated code.\n", schema.type())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(Runtime.CODEC, schema.type()))
        .addField(FieldSpec.builder(schema.schema().nestedClass("BsonCodec"), "INSTANCE",
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The codec.\n")
            .initializer("new BsonCodec()").build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    codec.addField(FieldSpec.builder(Runtime.FIELD_NAMES, "NAMES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T($L)", Runtime.FIELD_NAMES, CodeBlock.join(
            rawOrder(schema).stream().map(k -> CodeBlock.of("$S", k)).toList(), ", ")).build());
    Map<TypeName, String> enums = enumConstants(schema);
    enums.forEach((type, name) -> codec.addField(FieldSpec.builder(
            ParameterizedTypeName.get(Runtime.ENUM_NAMES, type), name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T<>($T.class, $T.values())", Runtime.ENUM_NAMES, type, type).build()));
    if (schema.extra().isPresent()) {
      List<String> keys = new ArrayList<>();
      keys.add("_id");
      keys.add("__v");
      schema.discriminator().ifPresent(d -> keys.add(d.key()));
      schema.fields().forEach(f -> { if (!keys.contains(f.key())) { keys.add(f.key()); } });
      codec.addField(FieldSpec.builder(ParameterizedTypeName.get(Runtime.SET, TypeName.get(String.class)),
              "KNOWN_KEYS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.of($L)", Runtime.SET, CodeBlock.join(
              keys.stream().map(k -> CodeBlock.of("$S", k)).toList(), ", ")).build());
    }
    return codec
        .addMethod(MethodSpec.methodBuilder("getEncoderClass").addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Class.class), schema.type()))
            .addStatement("return $T.class", schema.type()).build())
        .addMethod(encode(schema))
        .addMethod(decode(schema))
        .addMethod(decodeRaw(schema, enums))
        .build();
  }

  private static NameAllocator names() {
    NameAllocator names = new NameAllocator();
    RESERVED.forEach(names::newName);
    return names;
  }

  /**
   * A constant per enum type the fast path reads (fields, collection elements, map values), named
   * apart from every generated local: an enum's {@code EnumNames}.
   */
  private static Map<TypeName, String> enumConstants(SchemaModel schema) {
    if (schema.extra().isPresent()) {
      return Map.of();
    }
    NameAllocator names = names();
    schema.fields().forEach(f -> names.newName(f.name(), new Object()));
    Map<TypeName, String> enums = new LinkedHashMap<>();
    for (FieldModel field : schema.fields()) {
      TypeModel type = TypeModel.unwrap(field.type());
      while (type instanceof TypeModel.CollectionType || type instanceof TypeModel.MapType) {
        type = type instanceof TypeModel.CollectionType c ? c.element() : ((TypeModel.MapType) type).value();
      }
      if (type instanceof TypeModel.EnumType e && !enums.containsKey(e.javaType())) {
        enums.put(e.javaType(), names.newName(e.javaType().simpleName().toUpperCase(Locale.ROOT) + "_CONSTANTS"));
      }
    }
    return enums;
  }

  private static MethodSpec encode(SchemaModel schema) {
    NameAllocator names = names();
    CodeBlock.Builder code = CodeBlock.builder().addStatement("writer.writeStartDocument()");
    for (FieldModel field : encodeOrder(schema)) {
      CodeBlock read = Access.read(field.getter(), "value");
      if (field.type() instanceof TypeModel.OptionalType) {
        OptionalCode.encodeField(code, field, read, names);
        continue;
      }
      if (field.type() instanceof TypeModel.Scalar scalar && scalar.primitive()) {
        code.addStatement("writer.writeName($S)", field.key());
        ValueCode.encode(code, field.type(), read.toString(), names);
        continue;
      }
      String local = names.newName(field.name(), new Object());
      code.addStatement("$T $N = $L", field.type().javaType(), local, read);
      code.beginControlFlow("if ($N != null)", local);
      code.addStatement("writer.writeName($S)", field.key());
      ValueCode.encode(code, field.type(), local, names);
      code.endControlFlow();
    }
    schema.discriminator().ifPresent(d -> code.addStatement("writer.writeString($S, $S)", d.key(), d.value()));
    if (schema.versionConstant()) {
      code.addStatement("writer.writeInt32($S, 0)", "__v");
    }
    schema.extra().ifPresent(extra -> code.addStatement("$T.writeExtraFields(writer, $L, KNOWN_KEYS, encoderContext, $S)",
        Runtime.BSON_VALUES, Access.read(extra.getter(), "value"), schema.modelName()));
    code.addStatement("writer.writeEndDocument()");
    return MethodSpec.methodBuilder("encode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .addParameter(Runtime.BSON_WRITER, "writer")
        .addParameter(schema.type(), "value")
        .addParameter(Runtime.ENCODER_CONTEXT, "encoderContext")
        .addCode(code.build())
        .build();
  }

  /** The keys in the order encode writes them; the fast path expects them in this order. */
  private static List<FieldModel> encodeOrder(SchemaModel schema) {
    List<FieldModel> ordered = new ArrayList<>();
    schema.id().ifPresent(ordered::add);
    schema.fields().stream().filter(f -> !f.id()).forEach(ordered::add);
    return ordered;
  }

  private static List<String> rawOrder(SchemaModel schema) {
    List<String> keys = new ArrayList<>(encodeOrder(schema).stream().map(FieldModel::key).toList());
    if (schema.versionConstant()) {
      keys.add("__v");
    }
    return keys;
  }

  private static MethodSpec decode(SchemaModel schema) {
    NameAllocator names = names();
    CodeBlock.Builder code = CodeBlock.builder();
    if (schema.extra().isEmpty()) {
      code.beginControlFlow("if (reader instanceof $T binary && $T.atDocument(binary))", Runtime.BSON_BINARY_READER,
          Runtime.RAW_BSON);
      code.addStatement("return $T.decode(binary, decoderContext, BsonCodec::decodeRaw)", Runtime.RAW_BSON);
      code.endControlFlow();
    }
    Map<String, String> locals = declareTargets(schema, code, names);
    code.addStatement("reader.readStartDocument()");
    code.beginControlFlow("while (reader.readBsonType() != $T.END_OF_DOCUMENT)", Runtime.BSON_TYPE);
    code.addStatement("$T key = reader.readName()", String.class);
    code.beginControlFlow("switch (key)");
    for (FieldModel field : schema.fields()) {
      code.add("case $S:\n", field.key()).indent();
      boolean primitive = field.type() instanceof TypeModel.Scalar scalar && scalar.primitive();
      code.beginControlFlow("if (reader.getCurrentBsonType() == $T.NULL)", Runtime.BSON_TYPE);
      code.addStatement("reader.readNull()");
      if (!schema.isRecord() && !primitive) {
        code.addStatement(Access.write(field.setter(), "value", ValueCode.defaultValue(field.type().javaType())));
      }
      code.nextControlFlow("else");
      CodeBlock value = ValueCode.decode(code, field.type(), names);
      assign(schema, field, locals, value, code);
      code.endControlFlow();
      code.addStatement("break").unindent();
    }
    if (schema.versionConstant()) {
      code.add("case $S:\n", "__v").indent().addStatement("reader.skipValue()").addStatement("break").unindent();
    }
    schema.discriminator().ifPresent(d -> code.add("case $S:\n", d.key()).indent().addStatement("reader.skipValue()")
        .addStatement("break").unindent());
    code.add("default:\n").indent();
    if (schema.extra().isPresent()) {
      SchemaModel.ExtraModel extra = schema.extra().get();
      code.beginControlFlow("if (extra == null)");
      if (extra.document()) {
        code.addStatement("extra = new $T()", Runtime.DOCUMENT);
      } else {
        code.addStatement("extra = new $T<>()", Runtime.LINKED_HASH_MAP);
      }
      code.endControlFlow();
      code.addStatement("extra.put(key, $T.readValue(reader, decoderContext))", Runtime.BSON_VALUES);
    } else {
      code.addStatement("reader.skipValue()");
    }
    code.unindent().endControlFlow().endControlFlow();
    code.addStatement("reader.readEndDocument()");
    code.add(construct(schema, locals));
    return MethodSpec.methodBuilder("decode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(schema.type())
        .addParameter(Runtime.BSON_READER, "reader")
        .addParameter(Runtime.DECODER_CONTEXT, "decoderContext")
        .addCode(code.build())
        .build();
  }

  /** Declares the decode targets: a local per field for records, else a new instance; returns the locals. */
  private static Map<String, String> declareTargets(SchemaModel schema, CodeBlock.Builder code, NameAllocator names) {
    Map<String, String> locals = new LinkedHashMap<>();
    if (schema.isRecord()) {
      for (FieldModel field : schema.fields()) {
        String local = names.newName(field.name(), new Object());
        locals.put(field.name(), local);
        code.addStatement("$T $N = $L", field.type().javaType(), local, ValueCode.defaultValue(field.type().javaType()));
      }
    } else {
      code.addStatement("$T value = new $T()", schema.type(), schema.type());
      OptionalCode.startEmpty(schema, code);
    }
    schema.extra().ifPresent(extra -> code.addStatement("$T extra = null", extra.type()));
    return locals;
  }

  private static void assign(
      SchemaModel schema, FieldModel field, Map<String, String> locals, CodeBlock value, CodeBlock.Builder code) {
    if (schema.isRecord()) {
      code.addStatement("$N = $L", locals.get(field.name()), value);
    } else {
      code.addStatement(Access.write(field.setter(), "value", value));
    }
  }

  /** Returns the decoded value: the canonical constructor for records, else the filled instance. */
  private static CodeBlock construct(SchemaModel schema, Map<String, String> locals) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (schema.isRecord()) {
      List<CodeBlock> arguments = new ArrayList<>();
      for (SchemaModel.Component component : schema.components()) {
        arguments.add(switch (component.role()) {
          case MAPPED -> CodeBlock.of("$N", locals.get(component.name()));
          case EXTRA -> CodeBlock.of("extra");
          case TRANSIENT -> ValueCode.defaultValue(component.type());
        });
      }
      code.addStatement("return new $T($L)", schema.type(), CodeBlock.join(arguments, ", "));
    } else {
      schema.extra().ifPresent(extra -> code.addStatement(Access.write(extra.setter(), "value", CodeBlock.of("extra"))));
      code.addStatement("return value");
    }
    return code.build();
  }

  /**
   * The fast path: reads the document straight from the input, matching names on their bytes. A
   * schema with {@code @ExtraFields} reads through a {@code BsonBinaryReader} over the same input
   * instead, since its unknown values can be of any type.
   */
  private static MethodSpec decodeRaw(SchemaModel schema, Map<TypeName, String> enums) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("decodeRaw")
        .addJavadoc("Reads the document at the input's position (its length first) without a reader;"
            + " for generated code.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(schema.type())
        .addParameter(Runtime.BSON_INPUT, "input")
        .addParameter(Runtime.DECODER_CONTEXT, "decoderContext");
    if (schema.extra().isPresent()) {
      return method.addStatement("return INSTANCE.decode(new $T(input), decoderContext)", Runtime.BSON_BINARY_READER)
          .build();
    }
    NameAllocator names = names();
    enums.values().forEach(names::newName);
    CodeBlock.Builder code = CodeBlock.builder();
    Map<String, String> locals = declareTargets(schema, code, names);
    code.addStatement("int end = $T.startDocument(input)", Runtime.RAW_BSON);
    code.addStatement("int expected = 0");
    code.beginControlFlow("while (input.getPosition() < end)");
    code.addStatement("byte type = input.readByte()");
    code.beginControlFlow("switch (NAMES.match(input, expected))");
    List<FieldModel> ordered = encodeOrder(schema);
    for (int i = 0; i < ordered.size(); i++) {
      FieldModel field = ordered.get(i);
      code.add("case $L:\n", i).indent();
      boolean primitive = field.type() instanceof TypeModel.Scalar scalar && scalar.primitive();
      if (!schema.isRecord() && !primitive) {
        code.beginControlFlow("if (type == $T.NULL)", Runtime.RAW_BSON);
        code.addStatement(Access.write(field.setter(), "value", ValueCode.defaultValue(field.type().javaType())));
        code.nextControlFlow("else");
      } else {
        // A null leaves the record component's local, or the primitive, at its default: nothing to do.
        code.beginControlFlow("if (type != $T.NULL)", Runtime.RAW_BSON);
      }
      CodeBlock value = RawValueCode.decode(code, field.type(), "type", names, enums);
      assign(schema, field, locals, value, code);
      code.endControlFlow();
      code.addStatement("expected = $L", i + 1);
      code.addStatement("break").unindent();
    }
    code.add("default:\n").indent().addStatement("$T.skip(input, type)", Runtime.RAW_BSON)
        .unindent();
    code.endControlFlow().endControlFlow();
    code.addStatement("$T.endDocument(input)", Runtime.RAW_BSON);
    code.add(construct(schema, locals));
    return method.addCode(code.build()).build();
  }
}
