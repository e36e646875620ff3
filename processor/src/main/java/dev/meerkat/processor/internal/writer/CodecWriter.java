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
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the nested {@code BsonCodec}: encode writes {@code _id} first and skips nulls; decode
 * switches on each field name and skips (or keeps, with {@code strict = false}) unknown keys.
 */
final class CodecWriter {
  private static final List<String> RESERVED = List.of("writer", "reader", "value", "encoderContext",
      "decoderContext", "key", "extra", "INSTANCE", "KNOWN_KEYS");

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
    if (schema.extra().isPresent()) {
      List<String> keys = new ArrayList<>();
      keys.add("_id");
      keys.add("__v");
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
        .build();
  }

  private static NameAllocator names() {
    NameAllocator names = new NameAllocator();
    RESERVED.forEach(names::newName);
    return names;
  }

  private static MethodSpec encode(SchemaModel schema) {
    NameAllocator names = names();
    CodeBlock.Builder code = CodeBlock.builder().addStatement("writer.writeStartDocument()");
    List<FieldModel> ordered = new ArrayList<>();
    schema.id().ifPresent(ordered::add);
    schema.fields().stream().filter(f -> !f.id()).forEach(ordered::add);
    for (FieldModel field : ordered) {
      CodeBlock read = Access.read(field.getter(), "value");
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
    if (schema.options().versionKey()) {
      code.addStatement("writer.writeInt32($S, 0)", "__v");
    }
    schema.extra().ifPresent(extra -> code.addStatement("$T.writeExtraFields(writer, $L, KNOWN_KEYS, encoderContext)",
        Runtime.BSON_VALUES, Access.read(extra.getter(), "value")));
    code.addStatement("writer.writeEndDocument()");
    return MethodSpec.methodBuilder("encode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .addParameter(Runtime.BSON_WRITER, "writer")
        .addParameter(schema.type(), "value")
        .addParameter(Runtime.ENCODER_CONTEXT, "encoderContext")
        .addCode(code.build())
        .build();
  }

  private static MethodSpec decode(SchemaModel schema) {
    NameAllocator names = names();
    CodeBlock.Builder code = CodeBlock.builder();
    Map<String, String> locals = new LinkedHashMap<>();
    if (schema.isRecord()) {
      for (FieldModel field : schema.fields()) {
        String local = names.newName(field.name(), new Object());
        locals.put(field.name(), local);
        code.addStatement("$T $N = $L", field.type().javaType(), local, ValueCode.defaultValue(field.type().javaType()));
      }
    } else {
      code.addStatement("$T value = new $T()", schema.type(), schema.type());
    }
    schema.extra().ifPresent(extra -> code.addStatement("$T extra = null", extra.type()));
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
        code.addStatement(Access.write(field.setter(), "value", CodeBlock.of("null")));
      }
      code.nextControlFlow("else");
      CodeBlock value = ValueCode.decode(code, field.type(), names);
      if (schema.isRecord()) {
        code.addStatement("$N = $L", locals.get(field.name()), value);
      } else {
        code.addStatement(Access.write(field.setter(), "value", value));
      }
      code.endControlFlow();
      code.addStatement("break").unindent();
    }
    if (schema.options().versionKey()) {
      code.add("case $S:\n", "__v").indent().addStatement("reader.skipValue()").addStatement("break").unindent();
    }
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
    return MethodSpec.methodBuilder("decode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(schema.type())
        .addParameter(Runtime.BSON_READER, "reader")
        .addParameter(Runtime.DECODER_CONTEXT, "decoderContext")
        .addCode(code.build())
        .build();
  }
}
