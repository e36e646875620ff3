package dev.meerkat.processor.internal.validation;

import dev.meerkat.processor.internal.descriptor.FieldScanner;
import dev.meerkat.processor.internal.descriptor.TypeResolver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Resolves the property names of derived queries ({@code AddressCity}) to stored, dotted keys
 * ({@code address.city}) by walking the {@code @Schema} types' fields, as Spring Data's {@code
 * PropertyPath} does: the whole name first, then the longest head that is a subdocument.
 */
final class PropertyResolver {
  private static final String ID = "dev.meerkat.annotations.Id";
  private static final String FIELD = "dev.meerkat.annotations.Field";
  private static final String EXTRA = "dev.meerkat.annotations.ExtraFields";
  private static final List<String> COLLECTIONS =
      List.of("java.util.List", "java.util.Set", "java.util.Collection");

  private final Types types;

  PropertyResolver(Types types) {
    this.types = types;
  }

  /**
   * A resolved property.
   *
   * @param key the stored, dotted key
   * @param type the leaf field's declared type
   * @param throughArray whether a step before the leaf is an array of subdocuments
   */
  record Property(String key, TypeMirror type, boolean throughArray) {}

  /**
   * Why a name did not resolve: the type searched, the name looked for, and the closest field.
   *
   * @param owner the type without the field
   * @param name the field name looked for
   * @param suggestion the closest field name, if any is close
   * @param fields every field of {@code owner}
   */
  record Unknown(
      TypeElement owner, String name, Optional<String> suggestion, List<String> fields) {}

  /**
   * Resolves {@code text} (capitalised camel case, {@code _} as an explicit separator) on {@code
   * type}.
   */
  Object resolve(TypeElement type, String text) {
    if (text.contains("_")) {
      int split = text.indexOf('_');
      return step(type, text.substring(0, split), text.substring(split + 1), false);
    }
    Optional<VariableElement> whole = field(type, decapitalize(text));
    if (whole.isPresent()) {
      return new Property(keyOf(type, whole.get()), whole.get().asType(), false);
    }
    Unknown deepest = null;
    for (int i = text.length() - 1; i > 0; i--) {
      if (Character.isUpperCase(text.charAt(i))) {
        Object result = step(type, text.substring(0, i), text.substring(i), true);
        if (result instanceof Property) {
          return result;
        }
        if (result instanceof Unknown unknown && !unknown.owner().equals(type)) {
          deepest = deepest == null ? unknown : deepest;
        }
      }
    }
    return deepest != null ? deepest : unknown(type, decapitalize(text));
  }

  private Object step(TypeElement type, String head, String tail, boolean quiet) {
    Optional<VariableElement> field = field(type, decapitalize(head));
    if (field.isEmpty()) {
      return unknown(type, decapitalize(head));
    }
    TypeMirror fieldType = field.get().asType();
    boolean array = false;
    TypeMirror element = elementOf(fieldType);
    if (element != null) {
      fieldType = element;
      array = true;
    }
    Optional<TypeElement> nested = schemaType(fieldType);
    if (nested.isEmpty() || tail.isEmpty()) {
      return quiet
          ? unknown(type, decapitalize(head + tail))
          : unknown(type, decapitalize(head + "_" + tail));
    }
    Object rest = resolve(nested.get(), tail);
    if (rest instanceof Property property) {
      return new Property(
          keyOf(type, field.get()) + "." + property.key(),
          property.type(),
          array || property.throughArray());
    }
    return rest;
  }

  /** The element type of a {@code List}/{@code Set}/{@code Collection}, else null. */
  TypeMirror elementOf(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED
        && type instanceof DeclaredType declared
        && COLLECTIONS.contains(((TypeElement) declared.asElement()).getQualifiedName().toString())
        && declared.getTypeArguments().size() == 1) {
      return declared.getTypeArguments().get(0);
    }
    return null;
  }

  /** The {@code @Schema} type {@code type} names, if it does. */
  static Optional<TypeElement> schemaType(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement() instanceof TypeElement element
        && TypeResolver.hasSchemaAnnotation(element)) {
      return Optional.of(element);
    }
    return Optional.empty();
  }

  /** The stored fields of a {@code @Schema} type. */
  static List<VariableElement> storedFields(TypeElement type) {
    List<VariableElement> fields = new ArrayList<>();
    for (VariableElement field : FieldScanner.instanceFields(type)) {
      if (!FieldScanner.isTransient(field) && !FieldScanner.hasAnnotation(field, EXTRA)) {
        fields.add(field);
      }
    }
    return fields;
  }

  /** The field named {@code name}, if stored. */
  static Optional<VariableElement> field(TypeElement type, String name) {
    return storedFields(type).stream()
        .filter(f -> f.getSimpleName().contentEquals(name))
        .findFirst();
  }

  /**
   * The stored key of {@code field}: {@code _id} for the id, else {@code @Field}'s value, else its
   * name.
   */
  static String keyOf(TypeElement owner, VariableElement field) {
    boolean explicitId =
        storedFields(owner).stream().anyMatch(f -> FieldScanner.hasAnnotation(f, ID));
    if (FieldScanner.hasAnnotation(field, ID)
        || (!explicitId && field.getSimpleName().contentEquals("id"))) {
      return "_id";
    }
    return field.getAnnotationMirrors().stream()
        .filter(
            a ->
                ((TypeElement) a.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals(FIELD))
        .flatMap(a -> a.getElementValues().values().stream())
        .map(v -> String.valueOf(v.getValue()))
        .findFirst()
        .orElse(field.getSimpleName().toString());
  }

  private Unknown unknown(TypeElement type, String name) {
    List<String> names =
        storedFields(type).stream().map(f -> f.getSimpleName().toString()).toList();
    return new Unknown(type, name, closest(name, names), names);
  }

  /**
   * The candidate closest to {@code name} by edit distance, when it is close enough to be a typo.
   */
  static Optional<String> closest(String name, List<String> candidates) {
    String lower = name.toLowerCase(Locale.ROOT);
    return candidates.stream()
        .min(Comparator.comparingInt(c -> distance(lower, c.toLowerCase(Locale.ROOT))))
        .filter(c -> distance(lower, c.toLowerCase(Locale.ROOT)) <= Math.max(2, name.length() / 3));
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  static String decapitalize(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** The types utility, for callers comparing resolved types. */
  Types types() {
    return types;
  }
}
