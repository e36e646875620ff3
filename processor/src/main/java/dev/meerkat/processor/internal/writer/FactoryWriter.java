package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.meerkat.processor.internal.descriptor.ConnectionConfigDescriptor;
import dev.meerkat.processor.internal.descriptor.ConnectionConfigDescriptor.OptionValue;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code IFactory} for a {@code @ConnectionConfig} interface {@code I}: the declared
 * options, the {@code create} methods, and the nested implementation of {@code I} (see {@link
 * ImplementationWriter}).
 */
public final class FactoryWriter {
  /** The declared URI's constant; package-private so the generated provider can use it. */
  static final String URI = "URI";

  /** The method opening a connection and returning the implementation, used by the provider too. */
  static final String OPEN = "open";

  static final String IMPLEMENTATION = "Impl";

  /** Builder methods taking an {@code int}; the others take a {@code long} or a {@code boolean}. */
  private static final Set<String> INT_OPTIONS =
      Set.of("maxPoolSize", "minPoolSize", "maxConnecting");

  private final boolean generatedAvailable;

  /**
   * @param generatedAvailable whether {@code javax.annotation.processing.Generated} is on the
   *     compile path
   */
  public FactoryWriter(boolean generatedAvailable) {
    this.generatedAvailable = generatedAvailable;
  }

  /** The factory source file. */
  public JavaFile write(ConnectionConfigDescriptor config) {
    ClassName self = config.factory();
    ClassName implementation = self.nestedClass(IMPLEMENTATION);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addJavadoc(
                "Creates {@link $T}s: each {@code create} opens one new {@link $T} with the options declared on\n"
                    + "{@code @ConnectionConfig} and registers every model of {@code $L} on it. Thread-safe.\n\n"
                    + "<pre>{@code\n$L db = $T.create();\n}</pre>\n",
                config.type(),
                RuntimeTypes.CONNECTION,
                config.type().simpleName(),
                config.type().simpleName(),
                self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    if (generatedAvailable) {
      type.addAnnotation(
          AnnotationSpec.builder(RuntimeTypes.GENERATED)
              .addMember("value", "$S", RuntimeTypes.PROCESSOR)
              .build());
    }
    type.addField(
        FieldSpec.builder(String.class, URI, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The connection string declared on {@code @ConnectionConfig}, placeholders unresolved.\n")
            .initializer("$S", config.uri())
            .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(options(config));
    addCreateMethods(type, config, implementation);
    type.addType(new ImplementationWriter().write(config, implementation));
    return JavaFile.builder(self.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private static MethodSpec options(ConnectionConfigDescriptor config) {
    CodeBlock.Builder chain =
        CodeBlock.builder().add("return $T.builder()", RuntimeTypes.CONNECTION_OPTIONS);
    chain.indent();
    for (OptionValue option : config.options()) {
      if (option.value() instanceof String text) {
        chain.add("\n.$L($S)", option.name(), text);
      } else if (option.value() instanceof Long number && !INT_OPTIONS.contains(option.name())) {
        chain.add("\n.$L($LL)", option.name(), number);
      } else {
        chain.add("\n.$L($L)", option.name(), option.value());
      }
    }
    chain.add("\n.build();\n").unindent();
    return MethodSpec.methodBuilder("options")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc(
            "The options declared on {@code @ConnectionConfig}; options left unset there are left to the URI\n"
                + "and the defaults.\n")
        .returns(RuntimeTypes.CONNECTION_OPTIONS)
        .addCode(chain.build())
        .build();
  }

  private static void addCreateMethods(
      TypeSpec.Builder type, ConnectionConfigDescriptor config, ClassName implementation) {
    ClassName iface = config.type();
    type.addMethod(
        MethodSpec.methodBuilder("create")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc(
                "Connects to the declared URI, its placeholders resolved from environment variables, then system\n"
                    + "properties, else their defaults, on the default {@link $T} instance.\n\n"
                    + "@throws dev.meerkat.ConfigurationException when a placeholder has no value or the URI or options are invalid\n",
                RuntimeTypes.MEERKAT)
            .returns(iface)
            .addStatement("return $N($T.instance(), $N, null)", OPEN, RuntimeTypes.MEERKAT, URI)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("create")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc(
                "Connects to {@code uri} (placeholders resolved as for {@link #create()}) instead of the declared URI.\n")
            .returns(iface)
            .addParameter(String.class, "uri")
            .addStatement(
                "return $N($T.instance(),$W$T.requireNonNull(uri, $S),$Wnull)",
                OPEN,
                RuntimeTypes.MEERKAT,
                RuntimeTypes.OBJECTS,
                "uri == null")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("create")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc(
                "Connects to {@code uri} with the declared {@link #options()}, every option set in\n"
                    + "{@code overrides} replacing the declared one.\n")
            .returns(iface)
            .addParameter(String.class, "uri")
            .addParameter(RuntimeTypes.CONNECTION_OPTIONS, "overrides")
            .addStatement(
                "return $N($T.instance(),$W$T.requireNonNull(uri, $S),$W$T.requireNonNull(overrides, $S))",
                OPEN,
                RuntimeTypes.MEERKAT,
                RuntimeTypes.OBJECTS,
                "uri == null",
                RuntimeTypes.OBJECTS,
                "overrides == null")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("create")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc(
                "{@link #create(String, $T)} on {@code instance} rather than the default instance,\n"
                    + "so tests and hosts of several applications keep their connections apart.\n",
                RuntimeTypes.CONNECTION_OPTIONS)
            .returns(iface)
            .addParameter(RuntimeTypes.MEERKAT_INSTANCE, "instance")
            .addParameter(String.class, "uri")
            .addParameter(RuntimeTypes.CONNECTION_OPTIONS, "overrides")
            .addStatement(
                "return $N($T.requireNonNull(instance, $S),$W$T.requireNonNull(uri, $S),$W$T.requireNonNull(overrides, $S))",
                OPEN,
                RuntimeTypes.OBJECTS,
                "instance == null",
                RuntimeTypes.OBJECTS,
                "uri == null",
                RuntimeTypes.OBJECTS,
                "overrides == null")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder(OPEN)
            .addModifiers(Modifier.STATIC)
            .addJavadoc(
                "Opens the connection and registers the models; a registration that fails closes the connection.\n")
            .returns(implementation)
            .addParameter(RuntimeTypes.MEERKAT_INSTANCE, "instance")
            .addParameter(String.class, "uri")
            .addParameter(RuntimeTypes.CONNECTION_OPTIONS, "overrides")
            .addStatement("String resolved = $T.resolve(uri)", RuntimeTypes.PLACEHOLDERS)
            .addStatement(
                "$T options = overrides == null ? options() : options().withOverrides(overrides)",
                RuntimeTypes.CONNECTION_OPTIONS)
            .addStatement(
                "$T connection = instance.createConnection(resolved, options)",
                RuntimeTypes.CONNECTION)
            .beginControlFlow("try")
            .addStatement(
                "return new $T(connection, $T.redact(resolved))",
                implementation,
                RuntimeTypes.CONNECTION_FACTORIES)
            .nextControlFlow("catch ($T | $T e)", RuntimeException.class, Error.class)
            .addStatement("connection.close()")
            .addStatement("throw e")
            .endControlFlow()
            .build());
  }
}
