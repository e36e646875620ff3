package dev.meerkat.processor.internal.validation;

import dev.meerkat.annotations.Query;
import dev.meerkat.processor.internal.descriptor.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Checks the JSON of a {@code @Query} method at compile time: that it parses, that every field it
 * names is a stored key of the schema (dotted into subdocuments), and that every placeholder names
 * a value parameter, which it is then bound to.
 */
final class QueryJsonChecks {
  private static final Set<String> LOGICAL = Set.of("$and", "$or", "$nor");
  private static final Set<String> OPEN = Set.of("java.util.Map", "org.bson.Document");

  private final PropertyResolver properties;
  private final ExecutableElement method;
  private final String owner;
  private final ErrorReporter errors;

  QueryJsonChecks(Types types, ExecutableElement method, ErrorReporter errors) {
    this.properties = new PropertyResolver(types);
    this.method = method;
    this.owner = method.getEnclosingElement().getSimpleName().toString();
    this.errors = errors;
  }

  /**
   * Parses and checks one attribute's JSON; empty after reporting errors.
   *
   * @param attribute {@code value}, {@code sort} or {@code projection}
   * @param filter whether operators ({@code $and}, {@code $gte}) and placeholders may appear
   */
  Optional<JsonValue> check(
      String attribute,
      String json,
      TypeElement entity,
      List<VariableElement> values,
      boolean filter) {
    JsonValue.JObject document;
    try {
      document = RelaxedJson.parseDocument(json);
    } catch (RelaxedJson.SyntaxError e) {
      errors.error(
          method,
          Query.class,
          attribute,
          Message.QUERY_JSON,
          attribute,
          owner,
          method.getSimpleName(),
          e.offset(),
          e.getMessage());
      return Optional.empty();
    }
    boolean[] ok = {true};
    JsonValue bound = walk(attribute, document, entity, values, filter, true, ok);
    return ok[0] ? Optional.of(bound) : Optional.empty();
  }

  private JsonValue walk(
      String attribute,
      JsonValue value,
      TypeElement entity,
      List<VariableElement> values,
      boolean filter,
      boolean fieldLevel,
      boolean[] ok) {
    if (value instanceof JsonValue.JObject object) {
      List<JsonValue.Member> members = new ArrayList<>();
      for (JsonValue.Member member : object.members()) {
        String key = member.key();
        boolean operator = key.startsWith("$");
        if (fieldLevel && !operator && !checkPath(attribute, key, entity)) {
          ok[0] = false;
        }
        boolean nextFieldLevel = filter && LOGICAL.contains(key);
        JsonValue inner =
            member.value() instanceof JsonValue.JArray array && nextFieldLevel
                ? new JsonValue.JArray(
                    array.elements().stream()
                        .map(e -> walk(attribute, e, entity, values, filter, true, ok))
                        .toList())
                : walk(attribute, member.value(), entity, values, filter, false, ok);
        members.add(new JsonValue.Member(key, inner, member.offset()));
      }
      return new JsonValue.JObject(members);
    }
    if (value instanceof JsonValue.JArray array) {
      return new JsonValue.JArray(
          array.elements().stream()
              .map(e -> walk(attribute, e, entity, values, filter, false, ok))
              .toList());
    }
    if (value instanceof JsonValue.JParam param) {
      if (!filter) {
        errors.error(
            method,
            Query.class,
            attribute,
            Message.QUERY_PARAMETER,
            "placeholders bind values of the filter only, not of " + attribute,
            owner,
            method.getSimpleName(),
            param.placeholder());
        ok[0] = false;
        return param;
      }
      Optional<VariableElement> parameter = bind(param.placeholder(), values);
      if (parameter.isEmpty()) {
        String range =
            values.isEmpty()
                ? "the method has none"
                : "?0 to ?"
                    + (values.size() - 1)
                    + ", or :"
                    + String.join(
                        ", :", values.stream().map(v -> v.getSimpleName().toString()).toList());
        errors.error(
            method,
            Query.class,
            attribute,
            Message.QUERY_PARAMETER,
            range,
            owner,
            method.getSimpleName(),
            param.placeholder());
        ok[0] = false;
        return param;
      }
      return new JsonValue.JParam(
          param.placeholder(), parameter.get().getSimpleName().toString(), param.offset());
    }
    return value;
  }

  private static Optional<VariableElement> bind(String placeholder, List<VariableElement> values) {
    if (placeholder.startsWith("?")) {
      int index = Integer.parseInt(placeholder.substring(1));
      return index < values.size() ? Optional.of(values.get(index)) : Optional.empty();
    }
    String name = placeholder.substring(1);
    return values.stream().filter(v -> v.getSimpleName().contentEquals(name)).findFirst();
  }

  /**
   * Checks a dotted stored key against the schema; reports and returns false when it is not one.
   */
  private boolean checkPath(String attribute, String path, TypeElement entity) {
    TypeElement current = entity;
    String[] segments = path.split("\\.", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.matches("\\d+") && i > 0) {
        continue;
      }
      TypeElement here = current;
      Optional<VariableElement> field =
          PropertyResolver.storedFields(here).stream()
              .filter(f -> PropertyResolver.keyOf(here, f).equals(segment))
              .findFirst();
      if (field.isEmpty()) {
        TypeElement searched = here;
        List<String> keys =
            PropertyResolver.storedFields(searched).stream()
                .map(f -> PropertyResolver.keyOf(searched, f))
                .toList();
        Optional<VariableElement> byJavaName = PropertyResolver.field(searched, segment);
        String hint =
            byJavaName.isPresent()
                ? "Field "
                    + segment
                    + " is stored as \""
                    + PropertyResolver.keyOf(searched, byJavaName.get())
                    + "\"; @Query uses stored keys."
                : PropertyResolver.closest(segment, keys)
                    .map(k -> "Did you mean \"" + k + "\"?")
                    .orElse("Its stored keys are: " + String.join(", ", keys) + ".");
        String reason =
            i == 0
                ? "is not a stored key of " + entity.getSimpleName()
                : "goes into "
                    + searched.getSimpleName()
                    + ", which has no stored key \""
                    + segment
                    + "\"";
        errors.error(
            method,
            Query.class,
            attribute,
            Message.QUERY_FIELD,
            attribute,
            entity.getSimpleName(),
            owner,
            method.getSimpleName(),
            path,
            reason,
            hint);
        return false;
      }
      TypeMirror type = field.get().asType();
      TypeMirror element = properties.elementOf(type);
      if (element != null) {
        type = element;
      }
      if (i + 1 < segments.length) {
        Optional<TypeElement> nested = PropertyResolver.schemaType(type);
        if (nested.isPresent()) {
          current = nested.get();
        } else if (type instanceof DeclaredType declared
            && OPEN.contains(MethodShapes.qualifiedName(declared))) {
          return true;
        } else if (!segments[i + 1].matches("\\d+")) {
          errors.error(
              method,
              Query.class,
              attribute,
              Message.QUERY_FIELD,
              attribute,
              entity.getSimpleName(),
              owner,
              method.getSimpleName(),
              path,
              "goes into \""
                  + segment
                  + "\", which is a "
                  + field.get().asType()
                  + ", not a subdocument",
              "Name the field itself, or a field of a subdocument.");
          return false;
        }
      }
    }
    return true;
  }
}
