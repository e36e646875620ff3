package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.meerkat.processor.internal.descriptor.JsonValue;
import dev.meerkat.processor.internal.descriptor.MethodDescriptor;
import dev.meerkat.processor.internal.descriptor.MethodDescriptor.Criterion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The driver {@code Bson} expressions of a repository method's filter: derived criteria through the
 * driver's {@code Filters}, {@code @Query} JSON as nested {@code Document}s with parameters bound
 * as values.
 */
final class CriterionCode {
  static final ClassName FILTERS = ClassName.get("com.mongodb.client.model", "Filters");
  static final ClassName SORTS = ClassName.get("com.mongodb.client.model", "Sorts");
  static final ClassName QUERY_VALUES =
      ClassName.get("dev.meerkat.internal.generated", "QueryValues");
  private static final ClassName BSON_DOCUMENT = ClassName.get("org.bson", "BsonDocument");
  private static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");

  private CriterionCode() {}

  /** The filter: {@code Or} of {@code And}s, {@code {}} when there is no predicate. */
  static CodeBlock filter(MethodDescriptor.Filter filter, Map<String, TypeName> parameterTypes) {
    if (filter instanceof MethodDescriptor.Json json) {
      return json(json.filter());
    }
    List<List<Criterion>> groups = ((MethodDescriptor.Derived) filter).groups();
    if (groups.isEmpty()) {
      return CodeBlock.of("new $T()", BSON_DOCUMENT);
    }
    List<CodeBlock> ors = new ArrayList<>();
    for (List<Criterion> group : groups) {
      List<CodeBlock> ands = group.stream().map(c -> criterion(c, parameterTypes)).toList();
      ors.add(
          ands.size() == 1
              ? ands.get(0)
              : CodeBlock.of("$T.and($L)", FILTERS, CodeBlock.join(ands, ", ")));
    }
    return ors.size() == 1
        ? ors.get(0)
        : CodeBlock.of("$T.or($L)", FILTERS, CodeBlock.join(ors, ", "));
  }

  private static CodeBlock criterion(Criterion c, Map<String, TypeName> parameterTypes) {
    String key = c.key();
    List<CodeBlock> v =
        c.parameters().stream()
            .map(
                p ->
                    c.convert()
                        ? CodeBlock.of("$T.bson($N)", QUERY_VALUES, p)
                        : CodeBlock.of("$N", p))
            .toList();
    List<CodeBlock> raw = c.parameters().stream().map(p -> CodeBlock.of("$N", p)).toList();
    String options = c.ignoreCase() ? "i" : "";
    return switch (c.keyword()) {
      case EQUALS ->
          c.ignoreCase()
              ? CodeBlock.of("$T.equalsIgnoreCase($S, $L)", QUERY_VALUES, key, raw.get(0))
              : CodeBlock.of("$T.eq($S, $L)", FILTERS, key, v.get(0));
      case NOT ->
          c.ignoreCase()
              ? CodeBlock.of(
                  "$T.not($T.equalsIgnoreCase($S, $L))", FILTERS, QUERY_VALUES, key, raw.get(0))
              : CodeBlock.of("$T.ne($S, $L)", FILTERS, key, v.get(0));
      case GREATER_THAN -> CodeBlock.of("$T.gt($S, $L)", FILTERS, key, v.get(0));
      case GREATER_THAN_EQUAL -> CodeBlock.of("$T.gte($S, $L)", FILTERS, key, v.get(0));
      case LESS_THAN -> CodeBlock.of("$T.lt($S, $L)", FILTERS, key, v.get(0));
      case LESS_THAN_EQUAL -> CodeBlock.of("$T.lte($S, $L)", FILTERS, key, v.get(0));
      case BETWEEN ->
          CodeBlock.of(
              "$T.and($T.gt($S, $L), $T.lt($S, $L))",
              FILTERS,
              FILTERS,
              key,
              v.get(0),
              FILTERS,
              key,
              v.get(1));
      case IN -> CodeBlock.of("$T.in($S, $T.list($L))", FILTERS, key, QUERY_VALUES, raw.get(0));
      case NOT_IN ->
          CodeBlock.of("$T.nin($S, $T.list($L))", FILTERS, key, QUERY_VALUES, raw.get(0));
      case STARTING_WITH -> regex(key, "startingWith", raw.get(0), options, false);
      case ENDING_WITH -> regex(key, "endingWith", raw.get(0), options, false);
      case LIKE -> regex(key, "like", raw.get(0), options, false);
      case NOT_LIKE -> regex(key, "like", raw.get(0), options, true);
      case CONTAINING ->
          c.collection()
              ? CodeBlock.of("$T.eq($S, $L)", FILTERS, key, v.get(0))
              : regex(key, "containing", raw.get(0), options, false);
      case NOT_CONTAINING ->
          c.collection()
              ? CodeBlock.of("$T.ne($S, $L)", FILTERS, key, v.get(0))
              : regex(key, "containing", raw.get(0), options, true);
      case MATCHES ->
          parameterTypes.get(c.parameters().get(0)).toString().equals("java.util.regex.Pattern")
              ? CodeBlock.of("$T.regex($S, $L)", FILTERS, key, raw.get(0))
              : CodeBlock.of("$T.regex($S, $L, $S)", FILTERS, key, raw.get(0), options);
      case EXISTS -> CodeBlock.of("$T.exists($S, $L)", FILTERS, key, raw.get(0));
      case TRUE -> CodeBlock.of("$T.eq($S, true)", FILTERS, key);
      case FALSE -> CodeBlock.of("$T.eq($S, false)", FILTERS, key);
      case IS_NULL -> CodeBlock.of("$T.eq($S, null)", FILTERS, key);
      case IS_NOT_NULL -> CodeBlock.of("$T.ne($S, null)", FILTERS, key);
    };
  }

  private static CodeBlock regex(
      String key, String pattern, CodeBlock value, String options, boolean negated) {
    CodeBlock regex =
        CodeBlock.of(
            "$T.regex($S, $T.$N($L), $S)", FILTERS, key, QUERY_VALUES, pattern, value, options);
    return negated ? CodeBlock.of("$T.not($L)", FILTERS, regex) : regex;
  }

  /**
   * {@code @Query} JSON as {@code Document}s; placeholders become their parameters' stored values.
   */
  static CodeBlock json(JsonValue value) {
    if (value instanceof JsonValue.JObject object) {
      CodeBlock.Builder code = CodeBlock.builder().add("new $T()", RuntimeTypes.DOCUMENT);
      for (JsonValue.Member member : object.members()) {
        code.add("$Z.append($S, $L)", member.key(), json(member.value()));
      }
      return code.build();
    }
    if (value instanceof JsonValue.JArray array) {
      return CodeBlock.of(
          "$T.<$T>asList($L)",
          ARRAYS,
          Object.class,
          CodeBlock.join(array.elements().stream().map(CriterionCode::json).toList(), ", "));
    }
    if (value instanceof JsonValue.JString string) {
      return CodeBlock.of("$S", string.value());
    }
    if (value instanceof JsonValue.JNumber number) {
      if (!number.integral()) {
        return CodeBlock.of("$L", Double.parseDouble(number.literal()));
      }
      long parsed = Long.parseLong(number.literal());
      return parsed == (int) parsed ? CodeBlock.of("$L", parsed) : CodeBlock.of("$LL", parsed);
    }
    if (value instanceof JsonValue.JBoolean bool) {
      return CodeBlock.of("$L", bool.value());
    }
    if (value instanceof JsonValue.JParam param) {
      return CodeBlock.of("$T.bson($N)", QUERY_VALUES, param.parameter());
    }
    return CodeBlock.of("($T) null", Object.class);
  }
}
