package dev.meerkat.processor.internal.descriptor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * A valid {@code @ConnectionConfig} interface, ready to write: its factory, its optional DI
 * provider, the declared URI and options, and the methods the generated implementation answers.
 *
 * @param type the annotated interface
 * @param factory the generated {@code IFactory}
 * @param provider the generated {@code IProvider}, when an inject API is on the compile path
 * @param uri the declared connection string, placeholders unresolved
 * @param options the options set on the annotation, in the annotation's order
 * @param models methods returning a generated model, sorted by name
 * @param connectionMethods methods returning the connection, sorted
 * @param closeable whether the interface has {@code void close()}
 */
public record ConnectionConfigDescriptor(
    ClassName type,
    ClassName factory,
    Optional<ProviderModel> provider,
    String uri,
    List<OptionValue> options,
    List<ModelMethod> models,
    List<String> connectionMethods,
    boolean closeable) {

  /** Copies the lists. */
  public ConnectionConfigDescriptor {
    options = List.copyOf(options);
    models = List.copyOf(models);
    connectionMethods = List.copyOf(connectionMethods);
  }

  /**
   * One option set on the annotation: the {@code ConnectionOptions.Builder} method and its value.
   */
  public record OptionValue(String name, Object value) {}

  /**
   * A method returning the generated model {@code modelType}, or a {@code @Repository} interface.
   *
   * @param name the method
   * @param modelType what it returns
   * @param factory the class whose {@code on(Connection)} creates it: the model itself, or {@code
   *     XRepositoryImpl}
   */
  public record ModelMethod(String name, ClassName modelType, ClassName factory) {
    /** A method returning a generated model. */
    public ModelMethod(String name, ClassName modelType) {
      this(name, modelType, modelType);
    }
  }

  /**
   * The DI provider to write.
   *
   * @param name the generated {@code IProvider}
   * @param injectPackage {@code jakarta.inject} or {@code javax.inject}
   */
  public record ProviderModel(ClassName name, String injectPackage) {}

  /** {@code a.WebDb -> a.WebDbFactory}; {@code a.Outer.Db -> a.Outer_DbFactory}. */
  public static ClassName factoryOf(ClassName type) {
    return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "Factory");
  }

  /** {@code a.WebDb -> a.WebDbProvider}. */
  public static ClassName providerOf(ClassName type) {
    return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "Provider");
  }
}
