package dev.meerkat.processor.internal.descriptor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/** How one field's Java type is stored: the processor's closed set of supported types. */
public sealed interface TypeDescriptor {

  /** The Java type as declared (primitive types stay primitive). */
  TypeName javaType();

  /** A value type the codec writes with one BSON call. */
  record Scalar(ScalarKind kind, TypeName javaType) implements TypeDescriptor {
    /** Whether the declared type is primitive (never null; missing means the Java default). */
    public boolean primitive() {
      return javaType.isPrimitive();
    }
  }

  /** A Java enum, stored by name. */
  record EnumType(ClassName javaType) implements TypeDescriptor {}

  /** Another {@code @Schema} type, stored as a subdocument through its generated schema. */
  record Nested(ClassName javaType, ClassName schema) implements TypeDescriptor {}

  /**
   * A {@code Ref<T>} to another {@code @Schema} type, stored as that document's {@code _id} only.
   */
  record RefType(ClassName target, ClassName targetSchema, TypeName javaType)
      implements TypeDescriptor {}

  /** A {@code List}, {@code Set} or {@code Collection}, stored as an array. */
  record CollectionType(CollectionKind kind, TypeDescriptor element, TypeName javaType)
      implements TypeDescriptor {}

  /**
   * A {@code Map<K, V>}, stored as a subdocument whose keys are the map's keys as strings.
   *
   * @param keyKind how keys become stored names
   * @param keyType the key's Java type
   */
  record MapType(MapKeyKind keyKind, TypeName keyType, TypeDescriptor value, TypeName javaType)
      implements TypeDescriptor {}

  /** An {@code Optional<T>}: a present value is stored as T; an empty one writes no key. */
  record OptionalType(TypeDescriptor value, TypeName javaType) implements TypeDescriptor {}

  /** The value inside an {@code Optional}, or {@code type} itself. */
  static TypeDescriptor unwrap(TypeDescriptor type) {
    return type instanceof OptionalType optional ? optional.value() : type;
  }

  /** An {@code org.bson.Document}, the escape hatch, stored through the driver's DocumentCodec. */
  record DocumentType(TypeName javaType) implements TypeDescriptor {}

  /** The supported value types. */
  enum ScalarKind {
    BOOLEAN,
    BYTE,
    SHORT,
    CHAR,
    INT,
    LONG,
    FLOAT,
    DOUBLE,
    STRING,
    OBJECT_ID,
    INSTANT,
    DATE,
    LOCAL_DATE,
    LOCAL_DATE_TIME,
    OFFSET_DATE_TIME,
    ZONED_DATE_TIME,
    BIG_DECIMAL,
    DECIMAL128,
    UUID,
    BYTES;

    /**
     * Whether the kind is a Java number ({@code @Min}/{@code @Max} apply, paths are NumberPaths).
     */
    public boolean numeric() {
      return switch (this) {
        case BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, BIG_DECIMAL -> true;
        default -> false;
      };
    }

    /** Whether the kind is a point in time ({@code expireAfterSeconds} applies). */
    public boolean date() {
      return this == INSTANT
          || this == DATE
          || this == LOCAL_DATE
          || this == LOCAL_DATE_TIME
          || this == OFFSET_DATE_TIME
          || this == ZONED_DATE_TIME;
    }
  }

  /**
   * The map key types: stored names are the string, the enum constant's name, the UUID or the
   * ObjectId hex.
   */
  enum MapKeyKind {
    STRING,
    ENUM,
    UUID,
    OBJECT_ID
  }

  /** The collection interfaces a field may be declared as, and what decoding creates. */
  enum CollectionKind {
    LIST("java.util", "ArrayList"),
    SET("java.util", "LinkedHashSet"),
    COLLECTION("java.util", "ArrayList");

    private final ClassName implementation;

    CollectionKind(String packageName, String simpleName) {
      this.implementation = ClassName.get(packageName, simpleName);
    }

    /** The class decoding instantiates. */
    public ClassName implementation() {
      return implementation;
    }
  }
}
