package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;

/**
 * How a map's keys become the stored subdocument's names and back: strings as they are, enums by
 * constant name, UUIDs in their canonical text form, ObjectIds as 24 hex digits.
 */
final class MapKeyCode {
  private MapKeyCode() {}

  /** The stored name of the key {@code key} (an expression of the map's key type). */
  static CodeBlock toName(TypeDescriptor.MapType map, CodeBlock key) {
    return switch (map.keyKind()) {
      case STRING -> key;
      case ENUM -> CodeBlock.of("$L.name()", key);
      case UUID -> CodeBlock.of("$L.toString()", key);
      case OBJECT_ID -> CodeBlock.of("$L.toHexString()", key);
    };
  }

  /**
   * The key stored under the name {@code name} (an expression of type String); a name that is not a
   * key of the map's type, or names the same key as an earlier name (UUIDs and ObjectIds read in
   * either case), is a {@code CastFailure}, through the runtime's {@code MapKeys}; {@code into} is
   * the map being read.
   */
  static CodeBlock fromName(TypeDescriptor.MapType map, CodeBlock name, String into) {
    return switch (map.keyKind()) {
      case STRING -> name;
      case ENUM ->
          CodeBlock.of(
              "$T.constant($L, $T::valueOf, $S)",
              RuntimeTypes.MAP_KEYS,
              name,
              map.keyType(),
              ((ClassName) map.keyType()).simpleName());
      case UUID -> CodeBlock.of("$T.uuid($L, $N)", RuntimeTypes.MAP_KEYS, name, into);
      case OBJECT_ID -> CodeBlock.of("$T.objectId($L, $N)", RuntimeTypes.MAP_KEYS, name, into);
    };
  }
}
