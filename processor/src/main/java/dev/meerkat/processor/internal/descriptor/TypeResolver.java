package dev.meerkat.processor.internal.descriptor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor.CollectionKind;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor.MapKeyKind;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor.ScalarKind;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Maps a field's declared Java type to how it is stored, or says why it cannot be. */
public final class TypeResolver {

  /** The outcome of resolving one type. */
  public sealed interface Resolution {}

  /** The type is supported. */
  public record Resolved(TypeDescriptor type) implements Resolution {}

  /**
   * The type is not supported.
   *
   * @param found the offending (possibly inner) type, as source text
   * @param hint extra advice, or empty
   */
  public record Unsupported(String found, String hint) implements Resolution {}

  /** The type does not exist yet (another processor may generate it); retry next round. */
  public record Missing(String found) implements Resolution {}

  private static final Map<String, ScalarKind> SCALARS =
      Map.ofEntries(
          Map.entry("java.lang.Boolean", ScalarKind.BOOLEAN),
          Map.entry("java.lang.Byte", ScalarKind.BYTE),
          Map.entry("java.lang.Short", ScalarKind.SHORT),
          Map.entry("java.lang.Character", ScalarKind.CHAR),
          Map.entry("java.lang.Integer", ScalarKind.INT),
          Map.entry("java.lang.Long", ScalarKind.LONG),
          Map.entry("java.lang.Float", ScalarKind.FLOAT),
          Map.entry("java.lang.Double", ScalarKind.DOUBLE),
          Map.entry("java.lang.String", ScalarKind.STRING),
          Map.entry("org.bson.types.ObjectId", ScalarKind.OBJECT_ID),
          Map.entry("java.time.Instant", ScalarKind.INSTANT),
          Map.entry("java.util.Date", ScalarKind.DATE),
          Map.entry("java.time.LocalDate", ScalarKind.LOCAL_DATE),
          Map.entry("java.time.LocalDateTime", ScalarKind.LOCAL_DATE_TIME),
          Map.entry("java.time.OffsetDateTime", ScalarKind.OFFSET_DATE_TIME),
          Map.entry("java.time.ZonedDateTime", ScalarKind.ZONED_DATE_TIME),
          Map.entry("java.math.BigDecimal", ScalarKind.BIG_DECIMAL),
          Map.entry("org.bson.types.Decimal128", ScalarKind.DECIMAL128),
          Map.entry("java.util.UUID", ScalarKind.UUID));

  private static final Map<String, CollectionKind> COLLECTIONS =
      Map.of(
          "java.util.List", CollectionKind.LIST,
          "java.util.Set", CollectionKind.SET,
          "java.util.Collection", CollectionKind.COLLECTION);

  /** What the message for an unsupported library type lists. */
  static final String SUPPORTED =
      " Supported types: primitives and their wrappers, String, ObjectId, Instant, Date,"
          + " LocalDate, LocalDateTime, OffsetDateTime, ZonedDateTime, BigDecimal, Decimal128, UUID, byte[], enums,"
          + " org.bson.Document, List/Set/Collection<T>, Map<K, V> with String, enum, UUID or ObjectId keys,"
          + " Optional<T> (fields only) and @Schema types.";

  private static final String SCHEMA_ANNOTATION = "dev.meerkat.annotations.Schema";
  private static final String REF = "dev.meerkat.Ref";

  private final Types types;

  /** Creates a resolver over the compiler's type utilities. */
  public TypeResolver(Types types) {
    this.types = types;
  }

  /** Resolves the declared type of a field: any stored type, or an {@code Optional} of one. */
  public Resolution resolve(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals("java.util.Optional")) {
      return optional((DeclaredType) type);
    }
    return resolveValue(type);
  }

  private Resolution optional(DeclaredType type) {
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.size() != 1 || arguments.get(0).getKind() != TypeKind.DECLARED) {
      return new Unsupported(type.toString(), " Declare the value type, e.g. Optional<String>.");
    }
    Resolution value = resolveValue(arguments.get(0));
    if (!(value instanceof Resolved resolved)) {
      return value;
    }
    return new Resolved(new TypeDescriptor.OptionalType(resolved.type(), TypeName.get(type)));
  }

  /** Resolves a stored value's type: a field's, a collection element's or a map value's. */
  private Resolution resolveValue(TypeMirror type) {
    return switch (type.getKind()) {
      case BOOLEAN -> scalar(ScalarKind.BOOLEAN, type);
      case BYTE -> scalar(ScalarKind.BYTE, type);
      case SHORT -> scalar(ScalarKind.SHORT, type);
      case CHAR -> scalar(ScalarKind.CHAR, type);
      case INT -> scalar(ScalarKind.INT, type);
      case LONG -> scalar(ScalarKind.LONG, type);
      case FLOAT -> scalar(ScalarKind.FLOAT, type);
      case DOUBLE -> scalar(ScalarKind.DOUBLE, type);
      case ARRAY ->
          ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE
              ? scalar(ScalarKind.BYTES, type)
              : new Unsupported(type.toString(), "");
      case ERROR -> new Missing(type.toString());
      case DECLARED -> declared((DeclaredType) type);
      default -> new Unsupported(type.toString(), "");
    };
  }

  private static Resolution scalar(ScalarKind kind, TypeMirror type) {
    return new Resolved(new TypeDescriptor.Scalar(kind, TypeName.get(type)));
  }

  private Resolution declared(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    for (TypeMirror argument : type.getTypeArguments()) {
      if (argument.getKind() == TypeKind.ERROR) {
        return new Missing(argument.toString());
      }
    }
    ScalarKind scalar = SCALARS.get(name);
    if (scalar != null) {
      return scalar(scalar, type);
    }
    if (name.equals("org.bson.Document")) {
      return new Resolved(new TypeDescriptor.DocumentType(TypeName.get(type)));
    }
    if (element.getKind() == ElementKind.ENUM) {
      return new Resolved(new TypeDescriptor.EnumType(ClassName.get(element)));
    }
    CollectionKind collection = COLLECTIONS.get(name);
    if (collection != null) {
      return collection(collection, type);
    }
    if (name.equals("java.util.Map")) {
      return map(type);
    }
    if (name.equals(REF)) {
      return ref(type);
    }
    if (hasSchemaAnnotation(element)) {
      ClassName className = ClassName.get(element);
      return new Resolved(new TypeDescriptor.Nested(className, SchemaNames.schemaOf(className)));
    }
    if (name.equals("java.util.Optional")) {
      return new Unsupported(
          type.toString(),
          " Optional is for fields only: store the value itself (an absent" + " element is null).");
    }
    if (isLibraryType(name)) {
      return new Unsupported(type.toString(), SUPPORTED);
    }
    if (element.getKind() == ElementKind.CLASS || element.getKind() == ElementKind.RECORD) {
      return new Unsupported(
          type.toString(),
          " If it is a subdocument, annotate " + element.getSimpleName() + " with @Schema.");
    }
    return new Unsupported(type.toString(), "");
  }

  private Resolution collection(CollectionKind kind, DeclaredType type) {
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.size() != 1 || arguments.get(0).getKind() != TypeKind.DECLARED) {
      return new Unsupported(type.toString(), " Declare the element type, e.g. List<String>.");
    }
    Resolution element = resolveValue(arguments.get(0));
    if (!(element instanceof Resolved resolved)) {
      return element;
    }
    return new Resolved(
        new TypeDescriptor.CollectionType(kind, resolved.type(), TypeName.get(type)));
  }

  /** {@code Ref<T>} with T a {@code @Schema} type (its id is checked by the validator). */
  private static Resolution ref(DeclaredType type) {
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.size() == 1
        && arguments.get(0).getKind() == TypeKind.DECLARED
        && ((DeclaredType) arguments.get(0)).asElement() instanceof TypeElement target
        && hasSchemaAnnotation(target)) {
      ClassName targetName = ClassName.get(target);
      return new Resolved(
          new TypeDescriptor.RefType(
              targetName, SchemaNames.schemaOf(targetName), TypeName.get(type)));
    }
    return new Unsupported(
        type.toString(), " A Ref points to a @Schema type with an id, e.g. Ref<User>.");
  }

  private Resolution map(DeclaredType type) {
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    MapKeyKind key = arguments.size() == 2 ? keyKind(arguments.get(0)) : null;
    if (key == null || arguments.get(1).getKind() != TypeKind.DECLARED) {
      return new Unsupported(
          type.toString(),
          " Maps are stored as subdocuments and need String, enum, UUID or"
              + " ObjectId keys: Map<String, V>.");
    }
    Resolution value = resolveValue(arguments.get(1));
    if (!(value instanceof Resolved resolved)) {
      return value;
    }
    return new Resolved(
        new TypeDescriptor.MapType(
            key, TypeName.get(arguments.get(0)), resolved.type(), TypeName.get(type)));
  }

  private MapKeyKind keyKind(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) types.asElement(type);
    if (element.getKind() == ElementKind.ENUM) {
      return MapKeyKind.ENUM;
    }
    return switch (element.getQualifiedName().toString()) {
      case "java.lang.String" -> MapKeyKind.STRING;
      case "java.util.UUID" -> MapKeyKind.UUID;
      case "org.bson.types.ObjectId" -> MapKeyKind.OBJECT_ID;
      default -> null;
    };
  }

  /** Types users cannot annotate with {@code @Schema}: the JDK's and the driver's. */
  private static boolean isLibraryType(String name) {
    return name.startsWith("java.")
        || name.startsWith("javax.")
        || name.startsWith("jdk.")
        || name.startsWith("org.bson.")
        || name.startsWith("com.mongodb.");
  }

  /**
   * Whether {@code element} carries {@code @Schema}, read by name so the class need not be loaded.
   */
  public static boolean hasSchemaAnnotation(TypeElement element) {
    return element.getAnnotationMirrors().stream()
        .anyMatch(
            a ->
                ((TypeElement) a.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals(SCHEMA_ANNOTATION));
  }
}
