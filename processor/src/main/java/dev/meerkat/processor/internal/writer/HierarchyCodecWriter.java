package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.meerkat.processor.internal.descriptor.DiscriminatorDescriptor;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor;
import javax.lang.model.element.Modifier;

/**
 * Writes the base's nested {@code BsonCodec}: encode hands the value to its subtype's codec (which
 * writes the discriminator); decode reads the discriminator first, without consuming the document,
 * and hands the document to the codec of the subtype that stores that value.
 */
final class HierarchyCodecWriter {
  private static final ClassName DISCRIMINATORS =
      ClassName.get("dev.meerkat.internal.generated", "Discriminators");

  private HierarchyCodecWriter() {}

  static TypeSpec codec(SchemaDescriptor schema) {
    DiscriminatorDescriptor hierarchy = schema.discriminator().orElseThrow();
    ClassName self = schema.schema().nestedClass("BsonCodec");
    CodeBlock known =
        CodeBlock.of(
            "$T.of($L)",
            RuntimeTypes.LIST,
            CodeBlock.join(
                hierarchy.subtypes().stream().map(s -> CodeBlock.of("$S", s.value())).toList(),
                ",$W"));
    return TypeSpec.classBuilder("BsonCodec")
        .addJavadoc(
            "The codec of\n{@link $T},\nchoosing each subtype's codec; thread-safe. Used by generated code.\n",
            schema.type())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.CODEC, schema.type()))
        .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.EMBEDDED_ENCODER, schema.type()))
        .addField(
            FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The codec.\n")
                .initializer("new BsonCodec()")
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(
            MethodSpec.methodBuilder("getEncoderClass")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Class.class), schema.type()))
                .addStatement("return $T.class", schema.type())
                .build())
        .addMethod(
            MethodSpec.methodBuilder("encode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeTypes.BSON_WRITER, "writer")
                .addParameter(schema.type(), "value")
                .addParameter(RuntimeTypes.ENCODER_CONTEXT, "encoderContext")
                .addCode(
                    HierarchySchemaWriter.dispatch(
                        schema,
                        "value",
                        "$T.BsonCodec.INSTANCE.encode(writer, $N, encoderContext)",
                        true))
                .build())
        .addMethod(
            MethodSpec.methodBuilder("writeEmbedded")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeTypes.BSON_WRITER, "writer")
                .addParameter(schema.type(), "value")
                .addParameter(RuntimeTypes.ENCODER_CONTEXT, "encoderContext")
                .addCode(
                    HierarchySchemaWriter.dispatch(
                        schema,
                        "value",
                        "$T.BsonCodec.INSTANCE.writeEmbedded(writer, $N, encoderContext)",
                        true))
                .build())
        .addMethod(
            MethodSpec.methodBuilder("readEmbedded")
                .addJavadoc(
                    "Reads the subdocument at the reader's position as its subtype; for generated code.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(schema.type())
                .addParameter(RuntimeTypes.BSON_READER, "reader")
                .addParameter(RuntimeTypes.DECODER_CONTEXT, "decoderContext")
                .addStatement(
                    "$T value = $T.peek(reader, $S)", String.class, DISCRIMINATORS, hierarchy.key())
                .addCode(
                    choose(
                        schema,
                        known,
                        "$T.BsonCodec.INSTANCE.readEmbedded(reader, decoderContext)",
                        "unknown(reader"))
                .build())
        .addMethod(
            MethodSpec.methodBuilder("decode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(schema.type())
                .addParameter(RuntimeTypes.BSON_READER, "reader")
                .addParameter(RuntimeTypes.DECODER_CONTEXT, "decoderContext")
                .beginControlFlow(
                    "if (reader instanceof $T binary && $T.atDocument(binary))",
                    RuntimeTypes.BSON_BINARY_READER,
                    RuntimeTypes.DECODING)
                .addStatement(
                    "return $T.decode(binary, decoderContext, BsonCodec::decodeRaw, $S)",
                    RuntimeTypes.DECODING,
                    schema.modelName())
                .endControlFlow()
                .addStatement(
                    "$T value = $T.peek(reader, $S)", String.class, DISCRIMINATORS, hierarchy.key())
                .addCode(
                    choose(
                        schema,
                        known,
                        "$T.BsonCodec.INSTANCE.decode(reader, decoderContext)",
                        "unknownDocument(reader"))
                .build())
        .addMethod(
            MethodSpec.methodBuilder("decodeRaw")
                .addJavadoc(
                    "Reads the document at the input's position (its length first) as its subtype;"
                        + " for generated code.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(schema.type())
                .addParameter(RuntimeTypes.BSON_INPUT, "input")
                .addParameter(RuntimeTypes.DECODER_CONTEXT, "decoderContext")
                .addStatement(
                    "$T value = $T.peekRaw(input, $S)",
                    String.class,
                    DISCRIMINATORS,
                    hierarchy.key())
                .addCode(
                    choose(
                        schema,
                        known,
                        "$T.BsonCodec.decodeRaw(input, decoderContext)",
                        "unknown(input"))
                .build())
        .build();
  }

  /**
   * Returns the subtype codec's result for the stored {@code value}; an unknown value is a cast
   * failure, thrown through {@code Discriminators.<failure>, modelName, key, known)}.
   */
  private static CodeBlock choose(
      SchemaDescriptor schema, CodeBlock known, String decode, String failure) {
    DiscriminatorDescriptor hierarchy = schema.discriminator().orElseThrow();
    CodeBlock.Builder code = CodeBlock.builder();
    for (DiscriminatorDescriptor.Subtype subtype : hierarchy.subtypes()) {
      code.beginControlFlow("if ($S.equals(value))", subtype.value());
      code.addStatement("return " + decode, subtype.schema());
      code.endControlFlow();
    }
    code.addStatement(
        "throw $T." + failure + ", $S, $S, $L)",
        DISCRIMINATORS,
        schema.modelName(),
        hierarchy.key(),
        known);
    return code.build();
  }
}
