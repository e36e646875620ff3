package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.meerkat.processor.internal.descriptor.ProjectionDescriptor;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XProjection} for a {@code @Projection} record: the projection document (only the
 * record's stored keys) and a codec for the record, written by the schemas' {@link CodecWriter}.
 */
public final class ProjectionWriter {
  private static final ClassName PROJECTION_SCHEMA =
      ClassName.get("dev.meerkat.internal.generated", "ProjectionSchema");
  private static final ClassName BSON = ClassName.get("org.bson.conversions", "Bson");

  private final boolean generatedAvailable;

  /**
   * @param generatedAvailable whether {@code javax.annotation.processing.Generated} is on the
   *     compile path
   */
  public ProjectionWriter(boolean generatedAvailable) {
    this.generatedAvailable = generatedAvailable;
  }

  /** The projection's source file. */
  public JavaFile write(ProjectionDescriptor projection) {
    ClassName self = projection.generated();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addJavadoc(
                "The projection {@link $T} of {@link $T}: reads only $L. Generated; immutable and thread-safe.\n",
                projection.record(),
                projection.source(),
                String.join(", ", projection.keys()))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(
                ParameterizedTypeName.get(
                    PROJECTION_SCHEMA, projection.source(), projection.record()));
    if (generatedAvailable) {
      type.addAnnotation(
          AnnotationSpec.builder(RuntimeTypes.GENERATED)
              .addMember("value", "$S", RuntimeTypes.PROCESSOR)
              .build());
    }
    CodeBlock.Builder document = CodeBlock.builder().add("new $T()", RuntimeTypes.DOCUMENT);
    for (String key : projection.keys()) {
      document.add(".append($S, 1)", key);
    }
    // The _id comes back even when no component reads it: a value that does not cast is then a
    // CastException naming the document, as a full read's is.
    type.addField(
        FieldSpec.builder(BSON, "PROJECTION", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(document.build())
            .build());
    type.addField(
        FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The projection.\n")
            .initializer("new $T()", self)
            .build());
    type.addStaticBlock(CodeBlock.of("$T.register(INSTANCE);\n", RuntimeTypes.SCHEMAS));
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(
        getter(
            "source",
            ParameterizedTypeName.get(ClassName.get(Class.class), projection.source()),
            CodeBlock.of("$T.class", projection.source())));
    type.addMethod(
        getter(
            "type",
            ParameterizedTypeName.get(ClassName.get(Class.class), projection.record()),
            CodeBlock.of("$T.class", projection.record())));
    type.addMethod(
        getter(
            "codec",
            ParameterizedTypeName.get(RuntimeTypes.CODEC, projection.record()),
            CodeBlock.of("BsonCodec.INSTANCE")));
    type.addMethod(getter("projection", BSON, CodeBlock.of("PROJECTION")));
    type.addType(CodecWriter.codec(projection.codecModel()));
    return JavaFile.builder(self.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private static MethodSpec getter(String name, TypeName returns, CodeBlock value) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addStatement("return $L", value)
        .build();
  }
}
