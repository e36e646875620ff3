package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.meerkat.processor.internal.descriptor.ConnectionConfigDescriptor;
import dev.meerkat.processor.internal.descriptor.ConnectionConfigDescriptor.ProviderModel;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code IProvider}: a {@code @Singleton Provider<I>} for DI containers that creates one
 * {@code I} on first use with the declared URI and options, and closes it when the container
 * closes.
 */
public final class ProviderWriter {
  private final boolean generatedAvailable;

  /**
   * @param generatedAvailable whether {@code javax.annotation.processing.Generated} is on the
   *     compile path
   */
  public ProviderWriter(boolean generatedAvailable) {
    this.generatedAvailable = generatedAvailable;
  }

  /** The provider source file; {@code config.provider()} must be present. */
  public JavaFile write(ConnectionConfigDescriptor config) {
    ProviderModel provider = config.provider().orElseThrow();
    ClassName self = provider.name();
    ClassName implementation = config.factory().nestedClass(FactoryWriter.IMPLEMENTATION);
    String inject = provider.injectPackage();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addJavadoc(
                "Provides {@link $T} to $L containers: one instance, created by {@link $T#create()} on the\n"
                    + "first {@link #get()} and closed by {@link #close()}. Thread-safe.\n\n"
                    + "<pre>{@code\n@Provides @Singleton static $L db($T provider) { return provider.get(); }\n}</pre>\n",
                config.type(),
                inject,
                config.factory(),
                config.type().simpleName(),
                self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(ClassName.get(inject, "Singleton"))
            .addSuperinterface(
                ParameterizedTypeName.get(ClassName.get(inject, "Provider"), config.type()))
            .addSuperinterface(AutoCloseable.class);
    if (generatedAvailable) {
      type.addAnnotation(
          AnnotationSpec.builder(RuntimeTypes.GENERATED)
              .addMember("value", "$S", RuntimeTypes.PROCESSOR)
              .build());
    }
    type.addField(
        FieldSpec.builder(Object.class, "lock", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("Guards {@link #instance} and {@link #closed}.\n")
            .initializer("new Object()")
            .build());
    type.addField(FieldSpec.builder(implementation, "instance", Modifier.PRIVATE).build());
    type.addField(FieldSpec.builder(boolean.class, "closed", Modifier.PRIVATE).build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(ClassName.get(inject, "Inject"))
            .addJavadoc("Creates the provider; nothing connects before the first {@link #get()}.\n")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("get")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "The one {@link $T}, created on the first call.\n\n"
                    + "@throws IllegalStateException after {@link #close()}\n",
                config.type())
            .returns(config.type())
            .beginControlFlow("synchronized (lock)")
            .beginControlFlow("if (closed)")
            .addStatement(
                "throw new $T($S$W+ $S)",
                IllegalStateException.class,
                self.simpleName() + " is closed; its " + config.type().simpleName(),
                " and connection are gone. Get it from a provider that is still open.")
            .endControlFlow()
            .beginControlFlow("if (instance == null)")
            .addStatement(
                "instance = $T.$N($T.instance(), $T.$N, null)",
                config.factory(),
                FactoryWriter.OPEN,
                RuntimeTypes.MEERKAT,
                config.factory(),
                FactoryWriter.URI)
            .endControlFlow()
            .addStatement("return instance")
            .endControlFlow()
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("close")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Closes the connection, if {@link #get()} opened one, and waits until it is closed. Idempotent.\n")
            .addStatement("$T current", implementation)
            .beginControlFlow("synchronized (lock)")
            .addStatement("closed = true")
            .addStatement("current = instance")
            .addStatement("instance = null")
            .endControlFlow()
            .beginControlFlow("if (current != null)")
            .addStatement("current.$N()", ImplementationWriter.CLOSE_CONNECTION)
            .endControlFlow()
            .build());
    return JavaFile.builder(self.packageName(), type.build()).skipJavaLangImports(true).build();
  }
}
