package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.meerkat.processor.internal.descriptor.MethodDescriptor;
import dev.meerkat.processor.internal.descriptor.MethodDescriptor.PopulateStep;
import dev.meerkat.processor.internal.descriptor.MethodDescriptor.Result;
import dev.meerkat.processor.internal.descriptor.RepositoryDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XRepositoryImpl}: each derived or {@code @Query} method as straight calls on the
 * model's {@code find}/{@code countDocuments}/{@code exists}/{@code deleteMany}, its filter built
 * with the driver's {@code Filters} and its {@code OrderBy} kept in a constant.
 */
public final class RepositoryWriter {
  private static final ClassName SUPPORT =
      ClassName.get("dev.meerkat.internal.generated", "RepositorySupport");
  private static final ClassName FILTER = ClassName.get("dev.meerkat", "Filter");
  private static final ClassName SORT = ClassName.get("dev.meerkat", "Sort");
  private static final ClassName QUERY = ClassName.get("dev.meerkat", "Query");

  private final boolean generatedAvailable;

  /**
   * @param generatedAvailable whether {@code javax.annotation.processing.Generated} is on the
   *     compile path
   */
  public RepositoryWriter(boolean generatedAvailable) {
    this.generatedAvailable = generatedAvailable;
  }

  /** The implementation's source file. */
  public JavaFile write(RepositoryDescriptor repository) {
    ClassName self = repository.implementation();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addJavadoc(
                "The generated implementation of {@link $T}. Thread-safe.\n\n"
                    + "<pre>{@code $T repository = $T.on(connection);}</pre>\n",
                repository.repository(),
                repository.repository(),
                self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(
                ParameterizedTypeName.get(SUPPORT, repository.entity(), repository.idType().box()))
            .addSuperinterface(repository.repository());
    if (generatedAvailable) {
      type.addAnnotation(
          AnnotationSpec.builder(RuntimeTypes.GENERATED)
              .addMember("value", "$S", RuntimeTypes.PROCESSOR)
              .build());
    }
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(
                ParameterizedTypeName.get(RuntimeTypes.MODEL, repository.entity()), "model")
            .addStatement("super(model)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("on")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc(
                "The repository over the model of {@link $T} on {@code connection} (registered if it is not).\n",
                repository.entity())
            .returns(repository.repository())
            .addParameter(RuntimeTypes.CONNECTION, "connection")
            .addStatement(
                "return new $T(connection.model($T.INSTANCE))", self, repository.entitySchema())
            .build());
    NameAllocator constants = new NameAllocator();
    for (MethodDescriptor method : repository.methods()) {
      String order = null;
      CodeBlock sort = staticSort(method);
      if (sort != null) {
        order = constants.newName(ValidateWriter.constantName(method.name()) + "_ORDER", method);
        type.addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(SORT, repository.entity()),
                    order,
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer("$W$T.raw($L)", SORT, sort)
                .build());
      }
      type.addMethod(method(repository, method, order));
    }
    return JavaFile.builder(self.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private static CodeBlock staticSort(MethodDescriptor method) {
    if (method.jsonSort().isPresent()) {
      return CriterionCode.json(method.jsonSort().get());
    }
    if (method.order().isEmpty()) {
      return null;
    }
    List<CodeBlock> keys =
        method.order().stream()
            .map(
                k ->
                    CodeBlock.of(
                        "$T.$N($S)",
                        CriterionCode.SORTS,
                        k.ascending() ? "ascending" : "descending",
                        k.key()))
            .toList();
    return keys.size() == 1
        ? keys.get(0)
        : CodeBlock.of("$T.orderBy($L)", CriterionCode.SORTS, CodeBlock.join(keys, ", "));
  }

  private static MethodSpec method(
      RepositoryDescriptor repository, MethodDescriptor method, String order) {
    NameAllocator names = new NameAllocator();
    Map<String, TypeName> parameterTypes = new LinkedHashMap<>();
    MethodSpec.Builder spec =
        MethodSpec.methodBuilder(method.name())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(method.returns());
    for (MethodDescriptor.Parameter parameter : method.parameters()) {
      names.newName(parameter.name(), parameter);
      parameterTypes.put(parameter.name(), parameter.type());
      spec.addParameter(parameter.type(), parameter.name());
    }
    spec.varargs(method.varargs());
    String filter = names.newName("filter");
    CodeBlock.Builder body = CodeBlock.builder();
    body.addStatement(
        "$T<$T> $N =$W$T.raw($L)",
        FILTER,
        repository.entity(),
        filter,
        FILTER,
        CriterionCode.filter(method.filter(), parameterTypes));
    switch (method.operation()) {
      case COUNT -> body.addStatement("return $Lmodel().countDocuments($N)", cast(method), filter);
      case EXISTS -> body.addStatement("return model().exists($N)", filter);
      case DELETE -> {
        if (method.result() == Result.VOID) {
          body.addStatement("model().deleteMany($N)", filter);
        } else {
          body.addStatement(
              "return $Lmodel().deleteMany($N).getDeletedCount()", cast(method), filter);
        }
      }
      case FIND -> find(repository, method, order, names, filter, body);
    }
    if (!method.async()) {
      return spec.addCode(body.build()).build();
    }
    if (method.result() == Result.VOID) {
      body.addStatement("return null");
    }
    return spec.addCode(
            CodeBlock.builder()
                .add("return async(() -> {\n")
                .indent()
                .add(body.build())
                .unindent()
                .add("});\n")
                .build())
        .build();
  }

  private static String cast(MethodDescriptor method) {
    return method.result() == Result.INT ? "(int) " : "";
  }

  private static void find(
      RepositoryDescriptor repository,
      MethodDescriptor method,
      String order,
      NameAllocator names,
      String filter,
      CodeBlock.Builder body) {
    String query = names.newName("query");
    CodeBlock.Builder start = CodeBlock.builder().add("model().find($N)", filter);
    method.projection().ifPresent(p -> start.add(".project($T.class)", method.element()));
    for (List<PopulateStep> path : method.populate()) {
      PopulateStep first = path.get(0);
      start.add(".populate($T.$N", first.schema(), first.constant());
      for (PopulateStep next : path.subList(1, path.size())) {
        start.add(".then($T.$N)", next.schema(), next.constant());
      }
      start.add(")");
    }
    for (String parameter : method.populateParameters()) {
      start.add(".populate($N)", parameter);
    }
    method.jsonProjection().ifPresent(p -> start.add(".projection($L)", CriterionCode.json(p)));
    body.addStatement("$T<$T> $N = $L", QUERY, method.element(), query, start.build());
    List<CodeBlock> sorts = new ArrayList<>();
    if (order != null) {
      sorts.add(CodeBlock.of("$N", order));
    }
    method.sort().ifPresent(s -> sorts.add(CodeBlock.of("$N", s)));
    if (method.result() == Result.PAGE) {
      CodeBlock all =
          sorts.isEmpty() ? CodeBlock.of("") : CodeBlock.of(", $L", CodeBlock.join(sorts, ", "));
      body.addStatement(
          "return page($N, $N, $N$L)", query, filter, method.pageable().orElseThrow(), all);
      return;
    }
    method.pageable().ifPresent(p -> sorts.add(CodeBlock.of("$N.sort().orElse(null)", p)));
    if (!sorts.isEmpty()) {
      body.addStatement("$N = ordered($N, $L)", query, query, CodeBlock.join(sorts, ", "));
    }
    method
        .pageable()
        .ifPresent(
            p ->
                body.addStatement(
                    "$N = $N.skip((int) $N.offset()).limit($N.size())", query, query, p, p));
    if (method.limit() > 0 && method.result() != Result.ONE && method.result() != Result.OPTIONAL) {
      body.addStatement("$N = $N.limit($L)", query, query, method.limit());
    }
    switch (method.result()) {
      case ONE -> body.addStatement("return $N.first().orElse(null)", query);
      case OPTIONAL -> body.addStatement("return $N.first()", query);
      case STREAM -> body.addStatement("return $N.stream()", query);
      default ->
          body.addStatement(
              method.distinct() ? "return distinct($N.list())" : "return $N.list()", query);
    }
  }
}
