package dev.meerkat.processor.internal.descriptor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A valid {@code @Repository} interface, ready to write as {@code XRepositoryImpl}. Immutable.
 *
 * @param repository the interface
 * @param implementation the generated class
 * @param entity the {@code @Schema} type
 * @param entitySchema its generated schema
 * @param idType the id type argument
 * @param methods the methods to implement, in declaration order
 */
public record RepositoryDescriptor(
    ClassName repository,
    ClassName implementation,
    ClassName entity,
    ClassName entitySchema,
    TypeName idType,
    List<MethodDescriptor> methods) {

  /** Copies the methods. */
  public RepositoryDescriptor {
    methods = List.copyOf(methods);
  }

  /** {@code a.UserRepository -> a.UserRepositoryImpl}. */
  public static ClassName implementationOf(ClassName repository) {
    return ClassName.get(
        repository.packageName(), String.join("_", repository.simpleNames()) + "Impl");
  }
}
