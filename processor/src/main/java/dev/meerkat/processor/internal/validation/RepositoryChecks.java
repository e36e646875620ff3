package dev.meerkat.processor.internal.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.meerkat.annotations.Query;
import dev.meerkat.processor.internal.descriptor.JsonValue;
import dev.meerkat.processor.internal.descriptor.MethodDescriptor;
import dev.meerkat.processor.internal.descriptor.MethodDescriptor.Operation;
import dev.meerkat.processor.internal.descriptor.MethodDescriptor.PopulateStep;
import dev.meerkat.processor.internal.descriptor.MethodDescriptor.Result;
import dev.meerkat.processor.internal.descriptor.RepositoryDescriptor;
import dev.meerkat.processor.internal.descriptor.SchemaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one {@code @Repository} interface and, when it has no errors, builds its {@link
 * RepositoryDescriptor}: every abstract method is a derived query or a {@code @Query}, with a
 * result a repository can return. Every problem is reported on the method at fault, all at once.
 */
public final class RepositoryChecks {
  private static final String CRUD = "dev.meerkat.CrudRepository";

  private final Types types;
  private final Elements elements;
  private final MethodShapes shapes;

  /** Creates the checks over the compiler's utilities. */
  public RepositoryChecks(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
    this.shapes = new MethodShapes(types);
  }

  /** Whether a type this repository needs does not exist yet (another round may generate it). */
  public boolean waitsForTypes(TypeElement repository) {
    for (ExecutableElement method : ElementFilter.methodsIn(repository.getEnclosedElements())) {
      if (method.getReturnType().getKind() == TypeKind.ERROR
          || method.getParameters().stream()
              .anyMatch(p -> p.asType().getKind() == TypeKind.ERROR)) {
        return true;
      }
    }
    return false;
  }

  /** Checks {@code repository}; the descriptor, or empty after reporting errors. */
  public Optional<RepositoryDescriptor> check(TypeElement repository, ErrorReporter errors) {
    if (repository.getKind() != ElementKind.INTERFACE) {
      errors.error(
          repository,
          Message.REPOSITORY_TYPE,
          repository.getSimpleName(),
          "is a " + repository.getKind().toString().toLowerCase(java.util.Locale.ROOT),
          "Declare it as an interface.");
      return Optional.empty();
    }
    DeclaredType crud = crudSupertype(repository.asType());
    if (crud == null || crud.getTypeArguments().size() != 2) {
      errors.error(
          repository,
          Message.REPOSITORY_TYPE,
          repository.getSimpleName(),
          "does not extend CrudRepository",
          "Add extends CrudRepository<YourSchemaType, IdType>.");
      return Optional.empty();
    }
    Optional<TypeElement> entity = PropertyResolver.schemaType(crud.getTypeArguments().get(0));
    if (entity.isEmpty()) {
      errors.error(
          repository,
          Message.REPOSITORY_TYPE,
          repository.getSimpleName(),
          "extends CrudRepository<"
              + crud.getTypeArguments().get(0)
              + ", ...>, which is not a @Schema type",
          "Annotate "
              + crud.getTypeArguments().get(0)
              + " with @Schema, or repository a @Schema type.");
      return Optional.empty();
    }
    List<MethodDescriptor> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(repository))) {
      Element owner = method.getEnclosingElement();
      boolean inherited =
          owner instanceof TypeElement t
              && (t.getQualifiedName().contentEquals(CRUD)
                  || t.getQualifiedName().contentEquals("java.lang.Object"));
      if (!inherited && method.getModifiers().contains(Modifier.ABSTRACT)) {
        method(method, entity.get(), errors).ifPresent(methods::add);
      }
    }
    if (errors.hasErrors()) {
      return Optional.empty();
    }
    ClassName name = ClassName.get(repository);
    ClassName entityName = ClassName.get(entity.get());
    return Optional.of(
        new RepositoryDescriptor(
            name,
            RepositoryDescriptor.implementationOf(name),
            entityName,
            SchemaNames.schemaOf(entityName),
            TypeName.get(crud.getTypeArguments().get(1)),
            methods));
  }

  private DeclaredType crudSupertype(TypeMirror type) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (MethodShapes.named(supertype, CRUD)) {
        return (DeclaredType) supertype;
      }
      DeclaredType found = crudSupertype(supertype);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private Optional<MethodDescriptor> method(
      ExecutableElement method, TypeElement entity, ErrorReporter errors) {
    String owner = method.getEnclosingElement().getSimpleName().toString();
    Query query = method.getAnnotation(Query.class);
    Operation operation;
    MethodNameParser.Parsed parsed = null;
    if (query == null) {
      MethodNameParser.Outcome outcome = MethodNameParser.parse(method.getSimpleName().toString());
      if (outcome instanceof MethodNameParser.Failed failed) {
        errors.error(
            method, Message.QUERY_METHOD_NAME, owner, method.getSimpleName(), failed.reason());
        return Optional.empty();
      }
      parsed = (MethodNameParser.Parsed) outcome;
      operation = parsed.operation();
    } else {
      operation = null;
    }
    Optional<MethodShapes.Shape> shape = shapes.shape(method, entity);
    if (operation == null) {
      operation =
          shape
              .map(
                  s ->
                      s.result() == Result.LONG || s.result() == Result.INT
                          ? Operation.COUNT
                          : s.result() == Result.BOOLEAN ? Operation.EXISTS : Operation.FIND)
              .orElse(Operation.FIND);
    }
    String entityName = entity.getSimpleName().toString();
    if (shape.isEmpty() || !MethodShapes.fits(operation, shape.get().result())) {
      errors.error(
          method,
          Message.REPOSITORY_RETURN,
          MethodShapes.rule(operation, entityName),
          owner,
          method.getSimpleName(),
          method.getReturnType(),
          "Change the return type, or the method's subject.");
      return Optional.empty();
    }
    List<MethodDescriptor.Parameter> parameters = new ArrayList<>();
    List<VariableElement> values = new ArrayList<>();
    String pageable = null;
    String sort = null;
    List<String> populateParameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      String name = parameter.getSimpleName().toString();
      parameters.add(new MethodDescriptor.Parameter(name, TypeName.get(parameter.asType())));
      TypeMirror type = parameter.asType();
      if (MethodShapes.named(type, "dev.meerkat.Pageable")) {
        pageable = name;
      } else if (MethodShapes.named(type, "dev.meerkat.Sort")) {
        sort = name;
      } else if (MethodShapes.named(type, "dev.meerkat.PopulatePath")
          || MethodShapes.named(type, "dev.meerkat.RefPath")) {
        populateParameters.add(name);
      } else {
        values.add(parameter);
      }
    }
    if (operation == Operation.FIND
        && pageable != null
        && parsed != null
        && (parsed.limit() > 0 || parsed.distinct())) {
      errors.error(
          method,
          Message.REPOSITORY_TOP_AND_PAGE,
          owner,
          method.getSimpleName(),
          subjectOf(method),
          pageable);
      return Optional.empty();
    }
    String ignored = ignoredShaping(method, operation, parsed, pageable, sort);
    if (ignored != null) {
      boolean delete = operation == Operation.DELETE;
      errors.error(
          method,
          Message.REPOSITORY_LIMIT,
          owner,
          method.getSimpleName(),
          delete ? "delete" : "count",
          delete ? "deletes every matching document" : "counts every matching document",
          ignored,
          delete
              ? "Remove it, or find the documents and delete them by id."
              : "Remove it, or count with a find method's results.");
      return Optional.empty();
    }
    if (shape.get().result() == Result.PAGE && pageable == null) {
      errors.error(
          method,
          Message.REPOSITORY_RETURN,
          "A method returning Page<"
              + entityName
              + "> takes a Pageable"
              + " parameter that says which page",
          owner,
          method.getSimpleName(),
          method.getReturnType(),
          "Add a Pageable parameter, or return a List.");
      return Optional.empty();
    }
    List<List<PopulateStep>> populate =
        new PopulateChecks(types)
            .paths(
                method, entity, shape.get().projection().isPresent(), populateParameters, errors);
    MethodDescriptor.Filter filter;
    List<MethodDescriptor.SortKey> order = List.of();
    Optional<JsonValue> jsonSort = Optional.empty();
    Optional<JsonValue> jsonProjection = Optional.empty();
    if (parsed != null) {
      DerivedQueryChecks derived = new DerivedQueryChecks(types, method, errors);
      List<List<MethodDescriptor.Criterion>> criteria = derived.criteria(entity, parsed, values);
      List<MethodDescriptor.SortKey> keys = derived.order(entity, parsed.order());
      if (criteria == null || keys == null || populate == null) {
        return Optional.empty();
      }
      filter = new MethodDescriptor.Derived(criteria);
      order = keys;
    } else {
      QueryJsonChecks json = new QueryJsonChecks(types, method, errors);
      Optional<JsonValue> parsedFilter = json.check("value", query.value(), entity, values, true);
      jsonSort =
          query.sort().isEmpty()
              ? Optional.empty()
              : json.check("sort", query.sort(), entity, values, false);
      jsonProjection =
          query.projection().isEmpty()
              ? Optional.empty()
              : json.check("projection", query.projection(), entity, values, false);
      if (parsedFilter.isEmpty()
          || (!query.sort().isEmpty() && jsonSort.isEmpty())
          || (!query.projection().isEmpty() && jsonProjection.isEmpty())
          || populate == null) {
        return Optional.empty();
      }
      filter = new MethodDescriptor.Json(parsedFilter.get());
    }
    MethodShapes.Shape s = shape.get();
    return Optional.of(
        new MethodDescriptor(
            method.getSimpleName().toString(),
            TypeName.get(method.getReturnType()),
            parameters,
            operation,
            s.result(),
            s.async(),
            s.projection(),
            s.element() == null ? TypeName.VOID : TypeName.get(s.element()),
            parsed != null && parsed.distinct(),
            parsed == null ? 0 : parsed.limit(),
            filter,
            order,
            jsonSort,
            jsonProjection,
            Optional.ofNullable(pageable),
            Optional.ofNullable(sort),
            populate,
            populateParameters,
            method.isVarArgs()));
  }

  /**
   * What of a delete or count method would shape a find's results but is ignored by a method that
   * acts on every match ({@code First}, a {@code Pageable} parameter...); null when nothing is.
   */
  private static String ignoredShaping(
      ExecutableElement method,
      Operation operation,
      MethodNameParser.Parsed parsed,
      String pageable,
      String sort) {
    if (operation != Operation.DELETE && operation != Operation.COUNT) {
      return null;
    }
    if (parsed != null && (parsed.limit() > 0 || parsed.distinct())) {
      return subjectOf(method);
    }
    if (pageable != null) {
      return "Pageable parameter " + pageable;
    }
    return sort == null ? null : "Sort parameter " + sort;
  }

  /** The subject of a derived method's name, between its verb and By: "Top2" of findTop2ByName. */
  private static String subjectOf(ExecutableElement method) {
    String name = method.getSimpleName().toString().replaceFirst("^[a-z]+", "");
    return name.substring(0, name.indexOf("By"));
  }
}
