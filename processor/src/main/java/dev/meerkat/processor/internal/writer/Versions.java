package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code optimisticConcurrency}, {@code versionOf} and {@code withVersion} for a schema with
 * a {@code @Version} field; schemas without one keep {@code Schema}'s defaults.
 */
final class Versions {
  private Versions() {}

  static List<MethodSpec> methods(SchemaDescriptor schema) {
    if (schema.version().isEmpty()) {
      return List.of();
    }
    FieldDescriptor version = schema.version().get();
    boolean isInt = version.type().javaType().equals(TypeName.INT);
    CodeBlock value =
        isInt ? CodeBlock.of("$T.toIntExact(version)", Math.class) : CodeBlock.of("version");
    MethodSpec.Builder with =
        MethodSpec.methodBuilder("withVersion")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(schema.type())
            .addParameter(schema.type(), "document")
            .addParameter(long.class, "version");
    if (schema.isRecord()) {
      List<CodeBlock> arguments = new ArrayList<>();
      for (SchemaDescriptor.Component component : schema.components()) {
        arguments.add(
            component.name().equals(version.name())
                    && component.role() == SchemaDescriptor.Component.Role.MAPPED
                ? value
                : CodeBlock.of("document.$N()", component.name()));
      }
      with.addStatement("return new $T($L)", schema.type(), CodeBlock.join(arguments, ",$W"));
    } else {
      with.addStatement(Access.write(version.setter(), "document", value))
          .addStatement("return document");
    }
    return List.of(
        MethodSpec.methodBuilder("optimisticConcurrency")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addStatement("return true")
            .build(),
        MethodSpec.methodBuilder("versionOf")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(long.class)
            .addParameter(schema.type(), "document")
            .addStatement("return $L", Access.read(version.getter(), "document"))
            .build(),
        with.build());
  }
}
