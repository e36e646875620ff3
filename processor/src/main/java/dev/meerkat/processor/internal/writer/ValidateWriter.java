package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import dev.meerkat.processor.internal.descriptor.FieldScanner;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code validateAt} and one {@code checkName} per validated field (which the field's typed
 * path also uses to check update values): Mongoose's validators ({@code required}, {@code min},
 * {@code max}, {@code minLength}, {@code maxLength}, {@code match}, {@code enum}) with its
 * messages, recursing into subdocuments with dotted paths ({@code address.city}, {@code
 * items.0.name}).
 */
final class ValidateWriter {
  /** Names the per-field checks must not take: the schema's own methods. */
  private static final List<String> SCHEMA_METHODS =
      List.of(
          "type",
          "modelName",
          "collectionName",
          "options",
          "codec",
          "fields",
          "indexes",
          "validate",
          "validateAt",
          "idOf",
          "prepareInsert",
          "versionOf",
          "withVersion",
          "optimisticConcurrency");

  private final SchemaDescriptor schema;
  private final NameAllocator constants;
  private final List<FieldSpec> fields = new ArrayList<>();
  private final List<MethodSpec> checks = new ArrayList<>();
  private final Map<String, String> checkNames = new LinkedHashMap<>();
  private final Map<String, String> partNames = new LinkedHashMap<>();
  private final Set<String> presenceOnly = new HashSet<>();
  private final Set<String> requiredOnly = new HashSet<>();

  ValidateWriter(SchemaDescriptor schema, NameAllocator constants) {
    this.schema = schema;
    this.constants = constants;
    NameAllocator methods = new NameAllocator();
    SCHEMA_METHODS.forEach(methods::newName);
    for (FieldDescriptor declared : schema.fields()) {
      FieldDescriptor field =
          OptionalCode.unwrapped(declared); // an Optional's checks see its value or null
      if (presenceOnly(field)) {
        presenceOnly.add(field.name());
      } else if (requiredOnly(field)) {
        requiredOnly.add(field.name());
      } else if (needsCheck(field)) {
        checkNames.put(
            field.name(), methods.newName("check" + FieldScanner.capitalize(field.name())));
      }
      if (partSchema(field.type()) != null) {
        partNames.put(
            field.name(),
            methods.newName(
                "check"
                    + FieldScanner.capitalize(field.name())
                    + (field.type() instanceof TypeDescriptor.MapType ? "Value" : "Element")));
      }
    }
  }

  /**
   * The {@code Pattern} and allowed-values constants the checks use; call after {@link #checks()}.
   */
  List<FieldSpec> constants() {
    return List.copyOf(fields);
  }

  /**
   * {@code TSchema::checkName}, the validator of a whole value of {@code field} (what {@code set}
   * writes), or {@code null} when any value is valid.
   */
  CodeBlock validator(FieldDescriptor field) {
    if (presenceOnly.contains(field.name())) {
      return CodeBlock.of("$T::present", RuntimeTypes.VALIDATION);
    }
    if (requiredOnly.contains(field.name())) {
      return CodeBlock.of("$T::requiredValue", RuntimeTypes.VALIDATION);
    }
    String name = checkNames.get(field.name());
    return name == null ? null : CodeBlock.of("$T::$N", schema.schema(), name);
  }

  /**
   * Whether the only failure of a value of {@code field} is a null for a primitive, which the
   * runtime's {@code Validation::present} reports, so no check method is written.
   */
  private static boolean presenceOnly(FieldDescriptor field) {
    return primitive(field) && !field.required() && !field.validators().any();
  }

  /**
   * Whether {@code required} is the only validator of {@code field}, which the runtime's {@code
   * Validation::requiredValue} checks, so no check method is written.
   */
  private static boolean requiredOnly(FieldDescriptor field) {
    return field.required()
        && !field.validators().any()
        && nestedSchema(field.type()) == null
        && !stringKeyed(field);
  }

  /** Whether {@code field} is a map whose {@code String} keys are stored as they are. */
  private static boolean stringKeyed(FieldDescriptor field) {
    return field.type() instanceof TypeDescriptor.MapType map
        && map.keyKind() == TypeDescriptor.MapKeyKind.STRING;
  }

  /**
   * {@code TSchema::checkItemsElement}, the validator of one element of a collection (or value of a
   * map) of subdocuments ({@code push}, {@code key(k).set}), or {@code null} when any is valid.
   */
  CodeBlock partValidator(FieldDescriptor field) {
    String name = partNames.get(field.name());
    return name == null ? null : CodeBlock.of("$T::$N", schema.schema(), name);
  }

  /** Whether a value of {@code field} can fail: a null primitive always can. */
  private static boolean needsCheck(FieldDescriptor field) {
    return field.required()
        || primitive(field)
        || field.validators().any()
        || nestedSchema(field.type()) != null
        || stringKeyed(field);
  }

  private static boolean primitive(FieldDescriptor field) {
    return field.type() instanceof TypeDescriptor.Scalar scalar && scalar.primitive();
  }

  /**
   * One {@code checkName(value, path, errors)} per field that has validators (used by {@code
   * validateAt} and by the field's path for update values), and one per collection or map of
   * subdocuments for a single element.
   */
  List<MethodSpec> checks() {
    if (checks.isEmpty()) {
      for (FieldDescriptor declared : schema.fields()) {
        FieldDescriptor field = OptionalCode.unwrapped(declared);
        if (checkNames.containsKey(field.name())) {
          checks.add(check(field));
        }
        if (partNames.containsKey(field.name())) {
          checks.add(partCheck(field));
        }
      }
    }
    return List.copyOf(checks);
  }

  private MethodSpec check(FieldDescriptor field) {
    NameAllocator names = new NameAllocator();
    List.of("value", "path", "errors").forEach(names::newName);
    CodeBlock.Builder code = CodeBlock.builder();
    if (field.required()) {
      code.beginControlFlow("if ($T.isMissing(value))", RuntimeTypes.VALIDATION)
          .addStatement("errors.add($T.required(path))", RuntimeTypes.VALIDATION)
          .addStatement("return")
          .endControlFlow();
    } else if (primitive(field)) {
      // A primitive field cannot hold null: an update that unsets it, or sets it to null, is
      // refused.
      code.beginControlFlow("if (value == null)")
          .addStatement("errors.add($T.required(path))", RuntimeTypes.VALIDATION)
          .addStatement("return")
          .endControlFlow();
    } else {
      code.beginControlFlow("if (value == null)").addStatement("return").endControlFlow();
    }
    validators(code, field, "value", CodeBlock.of("path"));
    if (stringKeyed(field)) {
      code.addStatement("$T.mapKeys(value, path, errors)", RuntimeTypes.VALIDATION);
    }
    nested(code, field, "value", names);
    return MethodSpec.methodBuilder(checkNames.get(field.name()))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(field.type().javaType().box(), "value")
        .addParameter(String.class, "path")
        .addParameter(
            ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.VALIDATION_ERROR), "errors")
        .addCode(code.build())
        .build();
  }

  private MethodSpec partCheck(FieldDescriptor field) {
    TypeDescriptor.Nested nested = partSchema(field.type());
    return MethodSpec.methodBuilder(partNames.get(field.name()))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(nested.javaType(), "value")
        .addParameter(String.class, "path")
        .addParameter(
            ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.VALIDATION_ERROR), "errors")
        .beginControlFlow("if (value != null)")
        .addStatement("$T.validateAt(value, path + \".\", errors)", nested.schema())
        .endControlFlow()
        .build();
  }

  MethodSpec validateAt() {
    checks();
    CodeBlock.Builder code = CodeBlock.builder();
    for (FieldDescriptor declared : schema.fields()) {
      FieldDescriptor field = OptionalCode.unwrapped(declared);
      boolean nested = nestedSchema(field.type()) != null;
      // The document validators: a primitive always has a value, so only its value validators can
      // fail.
      if (!field.validators().any()
          && !nested
          && !stringKeyed(field)
          && (!field.required() || primitive(field))) {
        continue;
      }
      code.addStatement(
          "$L($L,$Wprefix + $S,$Werrors)",
          requiredOnly.contains(field.name())
              ? CodeBlock.of("$T.requiredValue", RuntimeTypes.VALIDATION)
              : CodeBlock.of("$N", checkNames.get(field.name())),
          OptionalCode.read(declared, "document"),
          field.name());
    }
    return MethodSpec.methodBuilder("validateAt")
        .addJavadoc(
            "Adds the validation errors of {@code document}, stored under {@code prefix}, to {@code errors}.\n"
                + "Called by {@link #validate} and by the schemas that embed this one.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(schema.type(), "document")
        .addParameter(String.class, "prefix")
        .addParameter(
            ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.VALIDATION_ERROR), "errors")
        .addCode(code.build())
        .build();
  }

  private void validators(
      CodeBlock.Builder code, FieldDescriptor field, String local, CodeBlock path) {
    FieldDescriptor.Validators v = field.validators();
    boolean bigDecimal =
        field.type() instanceof TypeDescriptor.Scalar s
            && s.kind() == TypeDescriptor.ScalarKind.BIG_DECIMAL;
    CodeBlock number =
        bigDecimal ? CodeBlock.of("$N.doubleValue()", local) : CodeBlock.of("$N", local);
    if (v.min() != null) {
      code.beginControlFlow("if ($L < $L)", number, v.min());
      code.addStatement(
          "errors.add($T.min($L, $N, $L))", RuntimeTypes.VALIDATION, path, local, v.min());
      code.endControlFlow();
    }
    if (v.max() != null) {
      code.beginControlFlow("if ($L > $L)", number, v.max());
      code.addStatement(
          "errors.add($T.max($L, $N, $L))", RuntimeTypes.VALIDATION, path, local, v.max());
      code.endControlFlow();
    }
    if (v.minLength() != null) {
      code.beginControlFlow("if ($N.length() < $L)", local, v.minLength());
      code.addStatement(
          "errors.add($T.minLength($L, $N, $L))",
          RuntimeTypes.VALIDATION,
          path,
          local,
          v.minLength());
      code.endControlFlow();
    }
    if (v.maxLength() != null) {
      code.beginControlFlow("if ($N.length() > $L)", local, v.maxLength());
      code.addStatement(
          "errors.add($T.maxLength($L, $N, $L))",
          RuntimeTypes.VALIDATION,
          path,
          local,
          v.maxLength());
      code.endControlFlow();
    }
    if (v.match() != null) {
      String pattern = constants.newName(constantName(field.name()) + "_PATTERN", new Object());
      fields.add(
          FieldSpec.builder(
                  RuntimeTypes.PATTERN, pattern, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("$Z$T.compile($S)", RuntimeTypes.PATTERN, v.match())
              .build());
      code.beginControlFlow("if (!$N.matcher($N).find())", pattern, local);
      code.addStatement("errors.add($T.match($L, $N))", RuntimeTypes.VALIDATION, path, local);
      code.endControlFlow();
    }
    if (!v.enumValues().isEmpty()) {
      String values = constants.newName(constantName(field.name()) + "_VALUES", new Object());
      fields.add(
          FieldSpec.builder(
                  ParameterizedTypeName.get(RuntimeTypes.LIST, TypeName.get(String.class)),
                  values,
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer(
                  "$Z$T.of($L)",
                  RuntimeTypes.LIST,
                  CodeBlock.join(
                      v.enumValues().stream().map(e -> CodeBlock.of("$S", e)).toList(), ",$W"))
              .build());
      code.beginControlFlow("if (!$N.contains($N))", values, local);
      code.addStatement("errors.add($T.enumValue($L, $N))", RuntimeTypes.VALIDATION, path, local);
      code.endControlFlow();
    }
  }

  private static void nested(
      CodeBlock.Builder code, FieldDescriptor field, String local, NameAllocator names) {
    TypeDescriptor type = field.type();
    if (type instanceof TypeDescriptor.Nested nested) {
      code.addStatement("$T.validateAt($N, path + \".\", errors)", nested.schema(), local);
    } else if (type instanceof TypeDescriptor.CollectionType collection
        && collection.element() instanceof TypeDescriptor.Nested nested) {
      String index = names.newName("index", new Object());
      String element = names.newName("element", new Object());
      code.addStatement("int $N = 0", index);
      code.beginControlFlow("for ($T $N : $N)", nested.javaType(), element, local);
      code.beginControlFlow("if ($N != null)", element);
      code.addStatement(
          "$T.validateAt($N, path + \".\" + $N + \".\", errors)", nested.schema(), element, index);
      code.endControlFlow();
      code.addStatement("$N++", index);
      code.endControlFlow();
    } else if (type instanceof TypeDescriptor.MapType map
        && map.value() instanceof TypeDescriptor.Nested nested) {
      String entry = names.newName("entry", new Object());
      code.beginControlFlow(
          "for ($T $N : $N.entrySet())",
          ParameterizedTypeName.get(
              RuntimeTypes.MAP.nestedClass("Entry"), map.keyType(), nested.javaType()),
          entry,
          local);
      code.beginControlFlow("if ($N.getValue() != null)", entry);
      code.addStatement(
          "$T.validateAt($N.getValue(), path + \".\" + $L + \".\", errors)",
          nested.schema(),
          entry,
          MapKeyCode.toName(map, CodeBlock.of("$N.getKey()", entry)));
      code.endControlFlow();
      code.endControlFlow();
    }
  }

  /** The subdocument schema of a collection's elements or a map's values, else null. */
  private static TypeDescriptor.Nested partSchema(TypeDescriptor type) {
    TypeDescriptor.Nested nested = nestedSchema(type);
    return type instanceof TypeDescriptor.Nested ? null : nested;
  }

  private static TypeDescriptor.Nested nestedSchema(TypeDescriptor type) {
    if (type instanceof TypeDescriptor.Nested nested) {
      return nested;
    }
    if (type instanceof TypeDescriptor.CollectionType c
        && c.element() instanceof TypeDescriptor.Nested nested) {
      return nested;
    }
    if (type instanceof TypeDescriptor.MapType m
        && m.value() instanceof TypeDescriptor.Nested nested) {
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
