package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.meerkat.processor.internal.descriptor.ConnectionConfigDescriptor;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code IRegistration} for a {@code @ConnectionConfig} interface {@code I}: the {@code
 * ConnectionConfigRegistration} that containers find with {@code ServiceLoader} (the processor
 * lists it in {@code META-INF/services}) to create {@code I} without reflection.
 */
public final class RegistrationWriter {
  /** The service interface the registrations implement. */
  public static final ClassName SERVICE =
      ClassName.get("dev.meerkat.internal.generated", "ConnectionConfigRegistration");

  private final boolean generatedAvailable;

  /**
   * @param generatedAvailable whether {@code javax.annotation.processing.Generated} is on the
   *     compile path
   */
  public RegistrationWriter(boolean generatedAvailable) {
    this.generatedAvailable = generatedAvailable;
  }

  /** {@code a.WebDb -> a.WebDbRegistration}; {@code a.Outer.Db -> a.Outer_DbRegistration}. */
  public static ClassName registrationOf(ClassName type) {
    return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "Registration");
  }

  /** The registration source file. */
  public JavaFile write(ConnectionConfigDescriptor config) {
    ClassName iface = config.type();
    ClassName self = registrationOf(iface);
    ClassName implementation = config.factory().nestedClass(FactoryWriter.IMPLEMENTATION);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addJavadoc(
                "Lets containers create {@link $T} through {@link $T} without reflection; listed in\n"
                    + "{@code META-INF/services}. Stateless and thread-safe.\n",
                iface,
                config.factory())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(SERVICE, iface));
    if (generatedAvailable) {
      type.addAnnotation(
          AnnotationSpec.builder(RuntimeTypes.GENERATED)
              .addMember("value", "$S", RuntimeTypes.PROCESSOR)
              .build());
    }
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("For {@code ServiceLoader}.\n")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("type")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Class.class), iface))
            .addStatement("return $T.class", iface)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("uri")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $T.$N", config.factory(), FactoryWriter.URI)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("create")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(iface)
            .addParameter(RuntimeTypes.MEERKAT_INSTANCE, "instance")
            .addParameter(String.class, "uri")
            .addStatement("return $T.$N(instance, uri, null)", config.factory(), FactoryWriter.OPEN)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("close")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(iface, "config")
            .addStatement(
                "(($T) config).$N()", implementation, ImplementationWriter.CLOSE_CONNECTION)
            .build());
    return JavaFile.builder(self.packageName(), type.build()).skipJavaLangImports(true).build();
  }
}
