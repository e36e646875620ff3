package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import java.util.Map;

/**
 * One-statement reads of a whole field on the fast path, where the runtime's reader handles a BSON
 * null itself: null for a reference type, the value already there for a primitive; lists, sets and
 * maps of scalars, enums and embedded schemas through {@link CollectionCode}. Types that need
 * statements (other collections, Optionals, references) are read by {@link RawValueCode} instead.
 */
final class FieldReads {
  private FieldReads() {}

  /**
   * The statement that reads {@code field} from the element whose type byte is in {@code type} into
   * {@code local} (a record's) or {@code value} (a class's, when {@code local} is null); null when
   * the field's type needs more than one statement.
   */
  static CodeBlock read(
      SchemaDescriptor schema, FieldDescriptor field, String local, Map<TypeName, String> enums) {
    CodeBlock current =
        local != null ? CodeBlock.of("$N", local) : Access.read(field.getter(), "value");
    CodeBlock value = value(field.type(), current, enums);
    if (value == null) {
      return null;
    }
    return local != null
        ? CodeBlock.of("$N = $L", local, value)
        : Access.write(field.setter(), "value", value);
  }

  /** The expression, or null; {@code current} is what a null leaves in a primitive. */
  private static CodeBlock value(
      TypeDescriptor type, CodeBlock current, Map<TypeName, String> enums) {
    if (type instanceof TypeDescriptor.Scalar scalar) {
      if (scalar.primitive()) {
        return CodeBlock.of(
            "$T.$N(input, type,$W$L)",
            RuntimeTypes.RAW_BSON,
            RawValueCode.scalarMethod(scalar.kind()),
            current);
      }
      if (!RawValueCode.nullTolerant(type)) {
        return CodeBlock.of(
            "type == $T.NULL$W? null$W: $L",
            RuntimeTypes.RAW_BSON,
            RawValueCode.decode(CodeBlock.builder(), type, "type", null, enums));
      }
    }
    if (RawValueCode.nullTolerant(type)) {
      return RawValueCode.decode(CodeBlock.builder(), type, "type", null, enums);
    }
    return CollectionCode.decode(type, enums);
  }
}
