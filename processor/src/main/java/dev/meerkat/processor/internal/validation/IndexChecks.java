package dev.meerkat.processor.internal.validation;

import dev.meerkat.annotations.Index;
import dev.meerkat.annotations.Indexed;
import dev.meerkat.processor.internal.model.FieldModel;
import dev.meerkat.processor.internal.model.SchemaModel.IndexModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** Builds the declared indexes and checks {@code @Index} keys against the mapped fields. */
final class IndexChecks {
  private static final Set<String> KINDS = Set.of("text", "hashed", "2d", "2dsphere");

  private IndexChecks() {}

  static List<IndexModel> indexes(
      TypeElement type, List<FieldModel> fields, List<VariableElement> elements, ErrorReporter errors) {
    List<IndexModel> indexes = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      Indexed indexed = elements.get(i).getAnnotation(Indexed.class);
      if (indexed != null) {
        indexes.add(new IndexModel(List.of(new IndexModel.Key(fields.get(i).key(), indexed.order())),
            indexed.unique(), indexed.sparse(), indexed.expireAfterSeconds(), null));
      }
    }
    for (Index index : type.getAnnotationsByType(Index.class)) {
      List<IndexModel.Key> keys = new ArrayList<>();
      for (String key : index.keys()) {
        keyOf(type, key, fields, errors).ifPresent(keys::add);
      }
      if (index.keys().length == 0) {
        errors.error(type, Message.INDEX_KEY, "", type.getSimpleName(), "is missing: keys is empty");
      } else if (keys.size() == index.keys().length) {
        indexes.add(new IndexModel(keys, index.unique(), index.sparse(), -1,
            index.name().isEmpty() ? null : index.name()));
      }
    }
    return indexes;
  }

  private static Optional<IndexModel.Key> keyOf(
      TypeElement type, String spec, List<FieldModel> fields, ErrorReporter errors) {
    int colon = spec.lastIndexOf(':');
    String path = colon < 0 ? spec.trim() : spec.substring(0, colon).trim();
    String direction = colon < 0 ? "1" : spec.substring(colon + 1).trim();
    int dot = path.indexOf('.');
    String head = dot < 0 ? path : path.substring(0, dot);
    String rest = dot < 0 ? "" : path.substring(dot);
    Optional<FieldModel> field = fields.stream().filter(f -> f.name().equals(head)).findFirst()
        .or(() -> fields.stream().filter(f -> f.key().equals(head)).findFirst());
    if (field.isEmpty()) {
      errors.error(type, Message.INDEX_KEY, spec, type.getSimpleName(), "names no mapped field `" + head + "`");
      return Optional.empty();
    }
    Object value;
    if (direction.equals("1") || direction.equals("-1")) {
      value = Integer.parseInt(direction);
    } else if (KINDS.contains(direction)) {
      value = direction;
    } else {
      errors.error(type, Message.INDEX_KEY, spec, type.getSimpleName(), "has an unknown direction `" + direction
          + "`");
      return Optional.empty();
    }
    return Optional.of(new IndexModel.Key(field.get().key() + rest, value));
  }
}
