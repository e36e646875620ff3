package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import dev.meerkat.processor.internal.descriptor.FieldScanner;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code TModel}: a {@code TypedModel<T>} with {@code on(Connection)} and {@code findByX}
 * finders.
 */
public final class ModelWriter {
  private final boolean generatedAvailable;

  /**
   * @param generatedAvailable whether {@code javax.annotation.processing.Generated} is on the
   *     compile path
   */
  public ModelWriter(boolean generatedAvailable) {
    this.generatedAvailable = generatedAvailable;
  }

  /** The model source file; {@code schema.model()} must be present. */
  public JavaFile write(SchemaDescriptor schema) {
    SchemaDescriptor.TypedModelModel model = schema.model().orElseThrow();
    ClassName self = model.name();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addJavadoc(
                "The typed model of\n{@link $T}\n(model {@code $L}, collection {@code $L}). Thread-safe.\n\n"
                    + "<pre>{@code $T users = $T.on(connection);}</pre>\n",
                schema.type(),
                schema.modelName(),
                schema.collection(),
                self,
                self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(RuntimeTypes.TYPED_MODEL, schema.type()));
    if (generatedAvailable) {
      type.addAnnotation(
          AnnotationSpec.builder(RuntimeTypes.GENERATED)
              .addMember("value", "$S", RuntimeTypes.PROCESSOR)
              .build());
    }
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(ParameterizedTypeName.get(RuntimeTypes.MODEL, schema.type()), "delegate")
            .addStatement("super(delegate)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("on")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc(
                "Registers the model on {@code connection}, or returns the one already registered.\n")
            .returns(self)
            .addParameter(RuntimeTypes.CONNECTION, "connection")
            .addStatement("return connection.model($T.INSTANCE, $T::new)", schema.schema(), self)
            .build());
    NameAllocator constants = new NameAllocator();
    constants.newName("INSTANCE");
    for (FieldDescriptor field : schema.fields()) {
      String constant = constants.newName(ValidateWriter.constantName(field.name()), field.name());
      if (model.finders().contains(field.name())) {
        type.addMethod(
            MethodSpec.methodBuilder("findBy" + FieldScanner.capitalize(field.name()))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                    "The document whose unique {@code $L} equals {@code value}.\n", field.key())
                .returns(ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, schema.type()))
                .addParameter(TypeDescriptor.unwrap(field.type()).javaType(), "value")
                .addStatement("return findOne($T.$N.eq(value))", schema.schema(), constant)
                .build());
      }
    }
    return JavaFile.builder(self.packageName(), type.build()).skipJavaLangImports(true).build();
  }
}
