package dev.meerkat.processor.internal.descriptor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;

/**
 * One repository method to implement, checked and resolved against the schema. Immutable.
 *
 * @param name the method name
 * @param returns the declared return type
 * @param parameters the parameters, in order
 * @param operation what the method does on the server
 * @param result the shape of the (unwrapped) result
 * @param async whether the result is wrapped in a {@code CompletableFuture}
 * @param projection the generated projection class when the elements are a {@code @Projection}
 *     record
 * @param element the element type of the result (the entity or the projection record)
 * @param distinct {@code findDistinctBy}
 * @param limit {@code First}/{@code Top<N>}; 0 for none
 * @param filter the filter
 * @param order the {@code OrderBy} keys
 * @param jsonSort a {@code @Query(sort)}
 * @param jsonProjection a {@code @Query(projection)}
 * @param pageable the {@code Pageable} parameter's name
 * @param sort the {@code Sort} parameter's name
 * @param populate {@code @Populate} paths: each a chain of (schema, constant) steps
 * @param populateParameters parameters of type {@code PopulatePath}
 * @param varargs whether the last parameter is variable-arity
 */
public record MethodDescriptor(
    String name,
    TypeName returns,
    List<Parameter> parameters,
    Operation operation,
    Result result,
    boolean async,
    Optional<ClassName> projection,
    TypeName element,
    boolean distinct,
    int limit,
    Filter filter,
    List<SortKey> order,
    Optional<JsonValue> jsonSort,
    Optional<JsonValue> jsonProjection,
    Optional<String> pageable,
    Optional<String> sort,
    List<List<PopulateStep>> populate,
    List<String> populateParameters,
    boolean varargs) {

  /** Copies the lists. */
  public MethodDescriptor {
    parameters = List.copyOf(parameters);
    order = List.copyOf(order);
    populate = populate.stream().map(List::copyOf).toList();
    populateParameters = List.copyOf(populateParameters);
  }

  /** A method parameter. */
  public record Parameter(String name, TypeName type) {}

  /** What runs on the server. */
  public enum Operation {
    FIND,
    COUNT,
    EXISTS,
    DELETE
  }

  /** The result's shape, after unwrapping {@code CompletableFuture}. */
  public enum Result {
    ONE,
    OPTIONAL,
    LIST,
    STREAM,
    PAGE,
    LONG,
    INT,
    BOOLEAN,
    VOID
  }

  /** One {@code OrderBy} key: the stored, dotted key and its direction. */
  public record SortKey(String key, boolean ascending) {}

  /**
   * One populate step: the schema class and the name of its {@code RefPath} constant ({@code
   * AUTHOR}, or {@code COMMENTS_AUTHOR} for a reference inside subdocuments).
   */
  public record PopulateStep(ClassName schema, String constant) {}

  /** The method's filter. */
  public sealed interface Filter {}

  /** A derived filter: the {@code Or} of groups, each the {@code And} of its criteria. */
  public record Derived(List<List<Criterion>> groups) implements Filter {
    /** Copies the groups. */
    public Derived {
      groups = groups.stream().map(List::copyOf).toList();
    }
  }

  /** A {@code @Query} filter, placeholders resolved. */
  public record Json(JsonValue filter) implements Filter {}

  /**
   * One predicate of a derived filter.
   *
   * @param key the stored, dotted key
   * @param keyword the comparison
   * @param parameters the parameters it takes, in order
   * @param ignoreCase {@code IgnoreCase}
   * @param convert whether values go through {@code QueryValues.bson} (enums, UUIDs, subdocuments,
   *     refs)
   * @param collection whether the property is an array (containment rather than a string match)
   */
  public record Criterion(
      String key,
      Keyword keyword,
      List<String> parameters,
      boolean ignoreCase,
      boolean convert,
      boolean collection) {
    /** Copies the parameters. */
    public Criterion {
      parameters = List.copyOf(parameters);
    }
  }
}
