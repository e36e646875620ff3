package dev.meerkat.processor.internal.validation;

import dev.meerkat.annotations.Field;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Index;
import dev.meerkat.annotations.Indexed;
import dev.meerkat.annotations.Indexes;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import dev.meerkat.processor.internal.descriptor.FieldScanner;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor.IndexModel;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Builds the declared indexes and checks {@code @Index} keys against the mapped fields, following
 * dotted paths into subdocuments so that every segment becomes its stored key ({@code
 * "address.zip"} -> {@code "address.postcode"}).
 */
final class IndexChecks {
  private static final Set<String> KINDS = Set.of("text", "hashed", "2d", "2dsphere");

  private final Elements elements;
  private final TypeResolver resolver;

  IndexChecks(Elements elements, TypeResolver resolver) {
    this.elements = elements;
    this.resolver = resolver;
  }

  List<IndexModel> indexes(
      TypeElement type,
      List<FieldDescriptor> fields,
      List<VariableElement> mapped,
      ErrorReporter errors) {
    List<IndexModel> indexes = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      Indexed indexed = mapped.get(i).getAnnotation(Indexed.class);
      if (indexed != null) {
        indexes.add(
            new IndexModel(
                List.of(new IndexModel.Key(fields.get(i).key(), indexed.order())),
                indexed.unique(),
                indexed.sparse(),
                indexed.expireAfterSeconds(),
                null));
      }
    }
    Index[] declared = type.getAnnotationsByType(Index.class);
    List<AnnotationMirror> mirrors = indexMirrors(type);
    for (int i = 0; i < declared.length; i++) {
      Index index = declared[i];
      AnnotationMirror mirror = i < mirrors.size() ? mirrors.get(i) : null;
      List<IndexModel.Key> keys = new ArrayList<>();
      for (int k = 0; k < index.keys().length; k++) {
        AnnotationValue at = mirror == null ? null : Annotations.element(mirror, "keys", k);
        keyOf(type, index.keys()[k], fields, new Place(mirror, at), errors).ifPresent(keys::add);
      }
      if (index.keys().length == 0) {
        errors.error(
            type,
            mirror,
            mirror == null ? null : Annotations.value(mirror, "keys"),
            Message.INDEX_KEY,
            "",
            type.getSimpleName(),
            "is missing: keys is empty");
      } else if (keys.size() == index.keys().length) {
        indexes.add(
            new IndexModel(
                keys,
                index.unique(),
                index.sparse(),
                -1,
                index.name().isEmpty() ? null : index.name()));
      }
    }
    return indexes;
  }

  /**
   * The {@code @Index} mirrors in declaration order: the one written, or those inside the {@code
   * Indexes} container the compiler makes of repeated ones.
   */
  private static List<AnnotationMirror> indexMirrors(TypeElement type) {
    Optional<AnnotationMirror> single = Annotations.mirror(type, Index.class);
    if (single.isPresent()) {
      return List.of(single.get());
    }
    List<AnnotationMirror> mirrors = new ArrayList<>();
    Annotations.mirror(type, Indexes.class)
        .map(container -> Annotations.value(container, "value"))
        .filter(value -> value.getValue() instanceof List<?>)
        .ifPresent(
            value -> {
              for (Object element : (List<?>) value.getValue()) {
                if (element instanceof AnnotationValue v
                    && v.getValue() instanceof AnnotationMirror mirror) {
                  mirrors.add(mirror);
                }
              }
            });
    return mirrors;
  }

  /** Where an error about one key points: the key as written in its {@code @Index}. */
  private record Place(AnnotationMirror annotation, AnnotationValue value) {}

  private Optional<IndexModel.Key> keyOf(
      TypeElement type,
      String spec,
      List<FieldDescriptor> fields,
      Place place,
      ErrorReporter errors) {
    int colon = spec.lastIndexOf(':');
    String path = colon < 0 ? spec.trim() : spec.substring(0, colon).trim();
    String direction = colon < 0 ? "1" : spec.substring(colon + 1).trim();
    String[] segments = path.split("\\.", -1);
    Optional<FieldDescriptor> head =
        fields.stream()
            .filter(f -> f.name().equals(segments[0]))
            .findFirst()
            .or(() -> fields.stream().filter(f -> f.key().equals(segments[0])).findFirst());
    if (head.isEmpty()) {
      errors.error(
          type,
          place.annotation(),
          place.value(),
          Message.INDEX_KEY,
          spec,
          type.getSimpleName(),
          "names no mapped field `" + segments[0] + "`");
      return Optional.empty();
    }
    StringBuilder stored = new StringBuilder(head.get().key());
    TypeDescriptor current = head.get().type();
    for (int i = 1; i < segments.length; i++) {
      Optional<Step> step = step(current, segments[i]);
      if (step.isEmpty()) {
        errors.error(
            type,
            place.annotation(),
            place.value(),
            Message.INDEX_KEY,
            spec,
            type.getSimpleName(),
            "names no mapped field `"
                + segments[i]
                + "` inside `"
                + String.join(".", List.of(segments).subList(0, i))
                + "`");
        return Optional.empty();
      }
      stored.append('.').append(step.get().key());
      current = step.get().type();
    }
    Object value;
    if (direction.equals("1") || direction.equals("-1")) {
      value = Integer.parseInt(direction);
    } else if (KINDS.contains(direction)) {
      value = direction;
    } else {
      errors.error(
          type,
          place.annotation(),
          place.value(),
          Message.INDEX_KEY,
          spec,
          type.getSimpleName(),
          "has an unknown direction `" + direction + "`");
      return Optional.empty();
    }
    return Optional.of(new IndexModel.Key(stored.toString(), value));
  }

  /**
   * One segment of a dotted path: its stored key and the type it leads to (null for free-form
   * values).
   */
  private record Step(String key, TypeDescriptor type) {}

  private Optional<Step> step(TypeDescriptor from, String segment) {
    if (from instanceof TypeDescriptor.CollectionType collection) {
      return step(collection.element(), segment);
    }
    if (from instanceof TypeDescriptor.MapType map) {
      return Optional.of(new Step(segment, map.value()));
    }
    if (from == null || from instanceof TypeDescriptor.DocumentType) {
      return Optional.of(new Step(segment, null));
    }
    if (!(from instanceof TypeDescriptor.Nested nested)) {
      return Optional.empty();
    }
    TypeElement element = elements.getTypeElement(nested.javaType().canonicalName());
    if (element == null) {
      return Optional.empty();
    }
    for (VariableElement field : FieldScanner.instanceFields(element)) {
      if (FieldScanner.isTransient(field)) {
        continue;
      }
      Field annotation = field.getAnnotation(Field.class);
      boolean id = field.getAnnotation(Id.class) != null;
      String name = field.getSimpleName().toString();
      String key = id ? "_id" : annotation != null ? annotation.value() : name;
      if (name.equals(segment) || key.equals(segment)) {
        TypeResolver.Resolution resolution = resolver.resolve(field.asType());
        return resolution instanceof TypeResolver.Resolved resolved
            ? Optional.of(new Step(key, resolved.type()))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
