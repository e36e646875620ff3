package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.CodeBlock;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;

/** Expressions that read and write a field through its {@link FieldDescriptor.Access}. */
final class Access {
  private Access() {}

  /** {@code target.name()} or {@code target.name}. */
  static CodeBlock read(FieldDescriptor.Access access, String target) {
    return access.kind() == FieldDescriptor.Access.Kind.METHOD
        ? CodeBlock.of("$N.$N()", target, access.name())
        : CodeBlock.of("$N.$N", target, access.name());
  }

  /** {@code target.setName(value)} or {@code target.name = value}; never for records. */
  static CodeBlock write(FieldDescriptor.Access access, String target, CodeBlock value) {
    return switch (access.kind()) {
      case METHOD -> CodeBlock.of("$N.$N($L)", target, access.name(), value);
      case FIELD -> CodeBlock.of("$N.$N = $L", target, access.name(), value);
      case CONSTRUCTOR ->
          throw new IllegalStateException("records are written through their constructor");
    };
  }
}
