package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.meerkat.processor.internal.descriptor.ConnectionConfigDescriptor;
import dev.meerkat.processor.internal.descriptor.ConnectionConfigDescriptor.ModelMethod;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the implementation of a {@code @ConnectionConfig} interface nested in its factory: one
 * connection, each model registered on it once at construction, {@code close()} closing the
 * connection.
 */
final class ImplementationWriter {
  static final String CLOSE_CONNECTION = "closeConnection";

  TypeSpec write(ConnectionConfigDescriptor config, ClassName self) {
    NameAllocator names = new NameAllocator();
    String connection = names.newName("connection");
    String uri = names.newName("uri");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addJavadoc(
                "The {@link $T} that {@code create} returns: the models of one connection. Thread-safe.\n",
                config.type())
            .addModifiers(Modifier.STATIC, Modifier.FINAL)
            .addSuperinterface(config.type())
            .addField(
                FieldSpec.builder(
                        RuntimeTypes.CONNECTION, connection, Modifier.PRIVATE, Modifier.FINAL)
                    .build())
            .addField(
                FieldSpec.builder(String.class, uri, Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc(
                        "The resolved URI with its password hidden, for {@link #toString()}.\n")
                    .build());
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addParameter(RuntimeTypes.CONNECTION, "connection")
            .addParameter(String.class, "redactedUri")
            .addStatement("this.$N = connection", connection)
            .addStatement("this.$N = redactedUri", uri);
    for (ModelMethod model : config.models()) {
      String field = names.newName(model.name(), model);
      type.addField(
          FieldSpec.builder(model.modelType(), field, Modifier.PRIVATE, Modifier.FINAL).build());
      constructor.addStatement("this.$N = $T.on(connection)", field, model.factory());
    }
    type.addMethod(constructor.build());
    for (ModelMethod model : config.models()) {
      type.addMethod(
          MethodSpec.methodBuilder(model.name())
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(model.modelType())
              .addStatement("return $N", names.get(model))
              .build());
    }
    for (String method : config.connectionMethods()) {
      type.addMethod(
          MethodSpec.methodBuilder(method)
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(RuntimeTypes.CONNECTION)
              .addStatement("return $N", connection)
              .build());
    }
    if (config.closeable()) {
      type.addMethod(
          MethodSpec.methodBuilder("close")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc("Closes the connection and waits until it is closed.\n")
              .addStatement("$N()", CLOSE_CONNECTION)
              .build());
    }
    type.addMethod(
        MethodSpec.methodBuilder(CLOSE_CONNECTION)
            .addJavadoc(
                "Closes the connection and waits until it is closed; the DI provider calls this.\n")
            .addStatement("$T.close($N)", RuntimeTypes.CONNECTION_FACTORIES, connection)
            .build());
    String models =
        config.models().stream().map(ModelMethod::name).collect(Collectors.joining(", "));
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc(
                "The interface, the URI without its password, the models and the connection.\n")
            .addStatement(
                "return $S + $N + $S + $N + $S",
                config.type().simpleName() + "{uri=",
                uri,
                ", models=[" + models + "], connection=",
                connection,
                "}")
            .build());
    return type.build();
  }
}
