package dev.meerkat.processor.internal.descriptor;

import dev.meerkat.annotations.DiscriminatorKey;
import dev.meerkat.annotations.DiscriminatorValue;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Sealed {@code @Schema} hierarchies: the base is a sealed interface or abstract class carrying
 * {@code @Schema}; its permitted subtypes are stored in the base's collection, told apart by the
 * discriminator key.
 */
public final class Hierarchies {
  private Hierarchies() {}

  /**
   * Whether {@code type} is the base of a hierarchy: sealed, and an interface or abstract class.
   */
  public static boolean isBase(TypeElement type) {
    return type.getModifiers().contains(Modifier.SEALED)
        && (type.getKind() == ElementKind.INTERFACE
            || (type.getKind() == ElementKind.CLASS
                && type.getModifiers().contains(Modifier.ABSTRACT)));
  }

  /** The base {@code type} directly extends or implements, if it is a {@code @Schema} base. */
  public static Optional<TypeElement> baseOf(TypeElement type) {
    List<TypeMirror> supertypes = new ArrayList<>(type.getInterfaces());
    supertypes.add(type.getSuperclass());
    for (TypeMirror supertype : supertypes) {
      if (supertype.getKind() == TypeKind.DECLARED) {
        TypeElement element = (TypeElement) ((DeclaredType) supertype).asElement();
        if (isBase(element) && TypeResolver.hasSchemaAnnotation(element)) {
          return Optional.of(element);
        }
      }
    }
    return Optional.empty();
  }

  /** The discriminator key of a base: {@code @DiscriminatorKey}, else {@code __t}. */
  public static String key(TypeElement base) {
    DiscriminatorKey key = base.getAnnotation(DiscriminatorKey.class);
    return key == null ? "__t" : key.value();
  }

  /** The value a subtype stores: {@code @DiscriminatorValue}, else its model name. */
  public static String value(TypeElement subtype) {
    DiscriminatorValue value = subtype.getAnnotation(DiscriminatorValue.class);
    return value != null ? value.value() : modelName(subtype);
  }

  /** {@code @Model}'s value, else the simple class name. */
  public static String modelName(TypeElement type) {
    Model model = type.getAnnotation(Model.class);
    return model != null && !model.value().isEmpty()
        ? model.value()
        : type.getSimpleName().toString();
  }

  /**
   * The collection of a {@code @Schema} type: {@code @Schema(collection)}, else the pluralised
   * model name.
   */
  public static String collection(TypeElement type) {
    Schema schema = type.getAnnotation(Schema.class);
    return schema.collection().isEmpty()
        ? Pluralizer.collectionName(modelName(type))
        : schema.collection();
  }
}
