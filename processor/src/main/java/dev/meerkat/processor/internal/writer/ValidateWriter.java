package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.meerkat.processor.internal.model.FieldModel;
import dev.meerkat.processor.internal.model.SchemaModel;
import dev.meerkat.processor.internal.model.TypeModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code validateAt}: Mongoose's validators ({@code required}, {@code min}, {@code max},
 * {@code minLength}, {@code maxLength}, {@code match}, {@code enum}) with its messages, recursing into
 * subdocuments with dotted paths ({@code address.city}, {@code items.0.name}).
 */
final class ValidateWriter {
  private final SchemaModel schema;
  private final NameAllocator constants;
  private final List<FieldSpec> fields = new ArrayList<>();

  ValidateWriter(SchemaModel schema, NameAllocator constants) {
    this.schema = schema;
    this.constants = constants;
  }

  /** The {@code Pattern} and allowed-values constants the method uses. */
  List<FieldSpec> constants() {
    return List.copyOf(fields);
  }

  MethodSpec validateAt() {
    NameAllocator names = new NameAllocator();
    List.of("document", "prefix", "errors").forEach(names::newName);
    CodeBlock.Builder code = CodeBlock.builder();
    for (FieldModel declared : schema.fields()) {
      FieldModel field = OptionalCode.unwrapped(declared);
      boolean primitive = field.type() instanceof TypeModel.Scalar scalar && scalar.primitive();
      boolean nested = nestedSchema(field.type()) != null;
      if (!field.validators().any() && !nested && (!field.required() || primitive)) {
        continue;
      }
      String local = names.newName(field.name(), new Object());
      CodeBlock path = CodeBlock.of("prefix + $S", field.name());
      code.addStatement("$T $N = $L", field.type().javaType(), local, OptionalCode.read(declared, "document"));
      if (primitive) {
        validators(code, field, local, path);
        continue;
      }
      CodeBlock.Builder checks = CodeBlock.builder();
      validators(checks, field, local, path);
      nested(checks, field, local, names);
      CodeBlock present = checks.build();
      if (field.required()) {
        code.beginControlFlow("if ($T.isMissing($N))", Runtime.VALIDATION, local);
        code.addStatement("errors.add($T.required($L))", Runtime.VALIDATION, path);
        // A required field with no other validator needs no (empty) else branch.
        if (!present.isEmpty()) {
          code.nextControlFlow("else if ($N != null)", local);
        }
      } else {
        code.beginControlFlow("if ($N != null)", local);
      }
      code.add(present);
      code.endControlFlow();
    }
    return MethodSpec.methodBuilder("validateAt")
        .addJavadoc("Adds the validation errors of {@code document}, stored under {@code prefix}, to {@code errors}.\n"
            + "Called by {@link #validate} and by the schemas that embed this one.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(schema.type(), "document")
        .addParameter(String.class, "prefix")
        .addParameter(ParameterizedTypeName.get(Runtime.LIST, Runtime.VALIDATION_ERROR), "errors")
        .addCode(code.build())
        .build();
  }

  private void validators(CodeBlock.Builder code, FieldModel field, String local, CodeBlock path) {
    FieldModel.Validators v = field.validators();
    boolean bigDecimal = field.type() instanceof TypeModel.Scalar s && s.kind() == TypeModel.ScalarKind.BIG_DECIMAL;
    CodeBlock number = bigDecimal ? CodeBlock.of("$N.doubleValue()", local) : CodeBlock.of("$N", local);
    if (v.min() != null) {
      code.beginControlFlow("if ($L < $L)", number, v.min());
      code.addStatement("errors.add($T.min($L, $N, $L))", Runtime.VALIDATION, path, local, v.min());
      code.endControlFlow();
    }
    if (v.max() != null) {
      code.beginControlFlow("if ($L > $L)", number, v.max());
      code.addStatement("errors.add($T.max($L, $N, $L))", Runtime.VALIDATION, path, local, v.max());
      code.endControlFlow();
    }
    if (v.minLength() != null) {
      code.beginControlFlow("if ($N.length() < $L)", local, v.minLength());
      code.addStatement("errors.add($T.minLength($L, $N, $L))", Runtime.VALIDATION, path, local, v.minLength());
      code.endControlFlow();
    }
    if (v.maxLength() != null) {
      code.beginControlFlow("if ($N.length() > $L)", local, v.maxLength());
      code.addStatement("errors.add($T.maxLength($L, $N, $L))", Runtime.VALIDATION, path, local, v.maxLength());
      code.endControlFlow();
    }
    if (v.match() != null) {
      String pattern = constants.newName(constantName(field.name()) + "_PATTERN", new Object());
      fields.add(FieldSpec.builder(Runtime.PATTERN, pattern, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.compile($S)", Runtime.PATTERN, v.match()).build());
      code.beginControlFlow("if (!$N.matcher($N).find())", pattern, local);
      code.addStatement("errors.add($T.match($L, $N))", Runtime.VALIDATION, path, local);
      code.endControlFlow();
    }
    if (!v.enumValues().isEmpty()) {
      String values = constants.newName(constantName(field.name()) + "_VALUES", new Object());
      fields.add(FieldSpec.builder(ParameterizedTypeName.get(Runtime.LIST, TypeName.get(String.class)), values,
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.of($L)", Runtime.LIST,
              CodeBlock.join(v.enumValues().stream().map(e -> CodeBlock.of("$S", e)).toList(), ", "))
          .build());
      code.beginControlFlow("if (!$N.contains($N))", values, local);
      code.addStatement("errors.add($T.enumValue($L, $N))", Runtime.VALIDATION, path, local);
      code.endControlFlow();
    }
  }

  private static void nested(CodeBlock.Builder code, FieldModel field, String local, NameAllocator names) {
    TypeModel type = field.type();
    if (type instanceof TypeModel.Nested nested) {
      code.addStatement("$T.validateAt($N, prefix + $S, errors)", nested.schema(), local, field.name() + ".");
    } else if (type instanceof TypeModel.CollectionType collection
        && collection.element() instanceof TypeModel.Nested nested) {
      String index = names.newName("index", new Object());
      String element = names.newName("element", new Object());
      code.addStatement("int $N = 0", index);
      code.beginControlFlow("for ($T $N : $N)", nested.javaType(), element, local);
      code.beginControlFlow("if ($N != null)", element);
      code.addStatement("$T.validateAt($N, prefix + $S + $N + \".\", errors)", nested.schema(), element,
          field.name() + ".", index);
      code.endControlFlow();
      code.addStatement("$N++", index);
      code.endControlFlow();
    } else if (type instanceof TypeModel.MapType map && map.value() instanceof TypeModel.Nested nested) {
      String entry = names.newName("entry", new Object());
      code.beginControlFlow("for ($T $N : $N.entrySet())", ParameterizedTypeName.get(
          Runtime.MAP.nestedClass("Entry"), map.keyType(), nested.javaType()), entry, local);
      code.beginControlFlow("if ($N.getValue() != null)", entry);
      code.addStatement("$T.validateAt($N.getValue(), prefix + $S + $L + \".\", errors)", nested.schema(),
          entry, field.name() + ".", MapKeyCode.toName(map, CodeBlock.of("$N.getKey()", entry)));
      code.endControlFlow();
      code.endControlFlow();
    }
  }

  private static TypeModel.Nested nestedSchema(TypeModel type) {
    if (type instanceof TypeModel.Nested nested) {
      return nested;
    }
    if (type instanceof TypeModel.CollectionType c && c.element() instanceof TypeModel.Nested nested) {
      return nested;
    }
    if (type instanceof TypeModel.MapType m && m.value() instanceof TypeModel.Nested nested) {
      return nested;
    }
    return null;
  }

  /** {@code createdAt -> CREATED_AT}. */
  static String constantName(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }
}
