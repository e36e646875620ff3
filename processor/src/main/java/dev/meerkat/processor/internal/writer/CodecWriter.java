package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the nested {@code BsonCodec}: encode writes {@code _id} first and skips nulls and missing
 * arrays, and {@code __v} only on top-level documents; the decoders (see {@link DecoderWriter})
 * match each field name and skip (or keep, with {@code strict = false}) unknown keys.
 */
final class CodecWriter {
  private static final ClassName GENERATED_CODEC =
      ClassName.get("dev.meerkat.internal.generated", "GeneratedCodec");

  private static final List<String> RESERVED =
      List.of(
          "writer",
          "reader",
          "value",
          "encoderContext",
          "decoderContext",
          "key",
          "extra",
          "INSTANCE",
          "KNOWN_KEYS",
          "NAMES",
          "input",
          "binary",
          "end",
          "type",
          "field",
          "expected",
          "topLevel",
          "failure");

  private CodecWriter() {}

  static TypeSpec codec(SchemaDescriptor schema) {
    TypeSpec.Builder codec =
        TypeSpec.classBuilder("BsonCodec")
            .addJavadoc(
                "The reflection-free codec of\n{@link $T};\nthread-safe. Used by generated code.\n",
                schema.type())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(GENERATED_CODEC, schema.type()))
            .addField(
                FieldSpec.builder(
                        schema.schema().nestedClass("BsonCodec"),
                        "INSTANCE",
                        Modifier.PUBLIC,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer("new BsonCodec()")
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addStatement(
                        "super($T.class, $S,$W$L,$W$S)",
                        schema.type(),
                        schema.modelName(),
                        schema.extra().isPresent()
                            ? CodeBlock.of("null, BsonCodec::readFields")
                            : CodeBlock.of("BsonCodec::decodeRaw, null"),
                        schema.id().map(id -> CastNames.of(id.type())).orElse(null))
                    .build());
    codec.addField(
        FieldSpec.builder(
                RuntimeTypes.FIELD_NAMES,
                "NAMES",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(
                "$Znew $T($L)",
                RuntimeTypes.FIELD_NAMES,
                CodeBlock.join(
                    rawOrder(schema).stream().map(k -> CodeBlock.of("$S", k)).toList(), ",$W"))
            .build());
    Map<TypeName, String> enums = enumConstants(schema);
    enums.forEach(
        (type, name) ->
            codec.addField(
                FieldSpec.builder(
                        ParameterizedTypeName.get(RuntimeTypes.ENUM_NAMES, type),
                        name,
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer(
                        "$Znew $T<>($T.class,$W$T.values())", RuntimeTypes.ENUM_NAMES, type, type)
                    .build()));
    if (schema.extra().isPresent()) {
      // Keys the codec writes itself; anything else in the extra fields (an _id the type does not
      // map, a __v when versionKey = false) is written back as it was read.
      List<String> keys = new ArrayList<>();
      if (schema.options().versionKey()) {
        keys.add("__v");
      }
      schema.discriminator().ifPresent(d -> keys.add(d.key()));
      schema
          .fields()
          .forEach(
              f -> {
                if (!keys.contains(f.key())) {
                  keys.add(f.key());
                }
              });
      codec.addField(
          FieldSpec.builder(
                  ParameterizedTypeName.get(RuntimeTypes.SET, TypeName.get(String.class)),
                  "KNOWN_KEYS",
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer(
                  "$Z$T.of($L)",
                  RuntimeTypes.SET,
                  CodeBlock.join(keys.stream().map(k -> CodeBlock.of("$S", k)).toList(), ",$W"))
              .build());
    }
    return codec
        .addMethod(write(schema))
        .addMethods(
            schema.extra().isPresent()
                ? List.of(DecoderWriter.readFields(schema, enums))
                : List.of())
        .addMethod(DecoderWriter.decodeRaw(schema, enums))
        .build();
  }

  static NameAllocator names() {
    NameAllocator names = new NameAllocator();
    RESERVED.forEach(names::newName);
    return names;
  }

  /**
   * A constant per enum type the fast path reads (fields, collection elements, map values), named
   * apart from every generated local: an enum's {@code EnumNames}.
   */
  private static Map<TypeName, String> enumConstants(SchemaDescriptor schema) {
    NameAllocator names = names();
    schema.fields().forEach(f -> names.newName(f.name(), new Object()));
    Map<TypeName, String> enums = new LinkedHashMap<>();
    for (FieldDescriptor field : schema.fields()) {
      TypeDescriptor type = TypeDescriptor.unwrap(field.type());
      while (type instanceof TypeDescriptor.CollectionType
          || type instanceof TypeDescriptor.MapType) {
        type =
            type instanceof TypeDescriptor.CollectionType c
                ? c.element()
                : ((TypeDescriptor.MapType) type).value();
      }
      if (type instanceof TypeDescriptor.EnumType e && !enums.containsKey(e.javaType())) {
        enums.put(
            e.javaType(),
            names.newName(e.javaType().simpleName().toUpperCase(Locale.ROOT) + "_CONSTANTS"));
      }
    }
    return enums;
  }

  /**
   * The document's fields; {@code __v} only at the top level, as Mongoose never versions
   * subdocuments.
   */
  private static MethodSpec write(SchemaDescriptor schema) {
    NameAllocator names = names();
    CodeBlock.Builder code = CodeBlock.builder().addStatement("writer.writeStartDocument()");
    for (FieldDescriptor field : encodeOrder(schema)) {
      CodeBlock read = Access.read(field.getter(), "value");
      if (field.type() instanceof TypeDescriptor.OptionalType) {
        OptionalCode.encodeField(code, field, read, names);
        continue;
      }
      CodeBlock oneLine = FieldWrites.write(field, read);
      if (oneLine == null) {
        oneLine = CollectionCode.encode(field, read);
      }
      if (oneLine != null) {
        code.addStatement(oneLine);
        continue;
      }
      String local = names.newName(field.name(), new Object());
      code.addStatement("$T $N = $L", field.type().javaType(), local, read);
      if (field.type() instanceof TypeDescriptor.CollectionType) {
        code.beginControlFlow("if ($T.isWritten($N))", RuntimeTypes.ABSENT_ARRAYS, local);
      } else {
        code.beginControlFlow("if ($N != null)", local);
      }
      code.addStatement("writer.writeName($S)", field.key());
      ValueCode.encode(code, field.type(), local, names);
      code.endControlFlow();
    }
    schema
        .discriminator()
        .ifPresent(d -> code.addStatement("writer.writeString($S, $S)", d.key(), d.value()));
    if (schema.versionConstant()) {
      code.addStatement("if (topLevel) writer.writeInt32($S, 0)", "__v");
    }
    schema
        .extra()
        .ifPresent(
            extra ->
                code.addStatement(
                    "$T.writeExtraFields(writer,$W$L,$WKNOWN_KEYS,$WencoderContext,$W$S)",
                    RuntimeTypes.BSON_VALUES,
                    Access.read(extra.getter(), "value"),
                    schema.modelName()));
    code.addStatement("writer.writeEndDocument()");
    return MethodSpec.methodBuilder("write")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(RuntimeTypes.BSON_WRITER, "writer")
        .addParameter(schema.type(), "value")
        .addParameter(RuntimeTypes.ENCODER_CONTEXT, "encoderContext")
        .addParameter(boolean.class, "topLevel")
        .addCode(code.build())
        .build();
  }

  /** The keys in the order encode writes them; the fast path expects them in this order. */
  static List<FieldDescriptor> encodeOrder(SchemaDescriptor schema) {
    List<FieldDescriptor> ordered = new ArrayList<>();
    schema.id().ifPresent(ordered::add);
    schema.fields().stream().filter(f -> !f.id()).forEach(ordered::add);
    return ordered;
  }

  private static List<String> rawOrder(SchemaDescriptor schema) {
    List<String> keys =
        new ArrayList<>(encodeOrder(schema).stream().map(FieldDescriptor::key).toList());
    schema.discriminator().ifPresent(d -> keys.add(d.key()));
    if (schema.versionConstant()) {
      keys.add("__v");
    }
    return keys;
  }
}
