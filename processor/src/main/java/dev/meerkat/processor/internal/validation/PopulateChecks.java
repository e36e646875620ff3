package dev.meerkat.processor.internal.validation;

import com.palantir.javapoet.ClassName;
import dev.meerkat.annotations.Populate;
import dev.meerkat.processor.internal.descriptor.EmbeddedRefDescriptor;
import dev.meerkat.processor.internal.descriptor.MethodDescriptor.PopulateStep;
import dev.meerkat.processor.internal.descriptor.SchemaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Types;

/**
 * Checks the {@code @Populate} paths of a repository method and turns each into its steps. A path
 * names Java fields, dotted: through subdocuments ({@code comments.author}) to a {@code Ref}, then
 * on through the referenced type ({@code author.employer.owner}), as deep as the types hold
 * references.
 */
final class PopulateChecks {
  private final EmbeddedRefs embedded;

  PopulateChecks(Types types) {
    this.embedded = new EmbeddedRefs(types);
  }

  /** The {@code @Populate} paths as chains of steps; null after reporting errors. */
  List<List<PopulateStep>> paths(
      ExecutableElement method,
      TypeElement entity,
      boolean projection,
      List<String> populateParameters,
      ErrorReporter errors) {
    Populate annotation = method.getAnnotation(Populate.class);
    String owner = method.getEnclosingElement().getSimpleName().toString();
    if ((annotation != null || !populateParameters.isEmpty()) && projection) {
      errors.error(
          method,
          Populate.class,
          "value",
          Message.POPULATE_PATH,
          owner,
          method.getSimpleName(),
          annotation != null ? String.join(", ", annotation.value()) : populateParameters.get(0),
          "populate fills the Ref fields of "
              + entity.getSimpleName()
              + " documents, and this method returns a"
              + " projection");
      return null;
    }
    List<List<PopulateStep>> paths = new ArrayList<>();
    if (annotation == null) {
      return paths;
    }
    boolean ok = true;
    AnnotationMirror mirror = Annotations.mirror(method, Populate.class).orElse(null);
    String[] declared = annotation.value();
    for (int p = 0; p < declared.length; p++) {
      AnnotationValue at = mirror == null ? null : Annotations.element(mirror, "value", p);
      List<PopulateStep> steps =
          new Walk(method, mirror, at, owner, declared[p], errors).steps(entity);
      ok &= steps != null;
      paths.add(steps);
    }
    return ok ? paths : null;
  }

  /** The walk along one path, reporting the first problem on it. */
  private final class Walk {
    private final ExecutableElement method;
    private final AnnotationMirror mirror;
    private final AnnotationValue at;
    private final String owner;
    private final String path;
    private final ErrorReporter errors;

    Walk(
        ExecutableElement method,
        AnnotationMirror mirror,
        AnnotationValue at,
        String owner,
        String path,
        ErrorReporter errors) {
      this.method = method;
      this.mirror = mirror;
      this.at = at;
      this.owner = owner;
      this.path = path;
      this.errors = errors;
    }

    List<PopulateStep> steps(TypeElement entity) {
      List<PopulateStep> steps = new ArrayList<>();
      String[] segments = path.split("\\.", -1);
      TypeElement stepStart = entity;
      TypeElement current = entity;
      List<String> inStep = new ArrayList<>();
      String done = "";
      for (int i = 0; i < segments.length; i++) {
        String segment = segments[i];
        boolean last = i == segments.length - 1;
        Optional<VariableElement> field = PropertyResolver.field(current, segment);
        if (field.isEmpty()) {
          return unknown(current, segment);
        }
        inStep.add(segment);
        Optional<TypeElement> target = embedded.refTarget(field.get().asType());
        if (target.isPresent()) {
          Optional<String> constant = constant(stepStart, inStep);
          if (constant.isEmpty()) {
            return tooDeep(
                "the subdocument types on the way to "
                    + String.join(".", inStep)
                    + " repeat, and a path enters each subdocument type of "
                    + stepStart.getSimpleName()
                    + " once",
                "Name a Ref in the first " + current.getSimpleName() + " of the path.");
          }
          steps.add(
              new PopulateStep(SchemaNames.schemaOf(ClassName.get(stepStart)), constant.get()));
          done = done.isEmpty() ? String.join(".", inStep) : done + "." + String.join(".", inStep);
          stepStart = target.get();
          current = target.get();
          inStep.clear();
          if (!last && refPaths(current).isEmpty()) {
            return tooDeep(
                current.getSimpleName() + ", which " + done + " refers to, holds no Ref fields",
                endAt(done));
          }
          continue;
        }
        Optional<EmbeddedRefs.Subdocuments> sub = embedded.subdocuments(field.get().asType());
        if (last) {
          return notRef(stepStart, current, field.get(), sub.isPresent(), inStep);
        }
        if (sub.isEmpty()) {
          return tooDeep(
              "field "
                  + segment
                  + " of "
                  + current.getSimpleName()
                  + " is a "
                  + field.get().asType()
                  + ", which holds no fields to follow",
              endAt(done));
        }
        current = sub.get().type();
      }
      return steps;
    }

    /** The constant of the reference at {@code inStep} on {@code stepStart}'s schema. */
    private Optional<String> constant(TypeElement stepStart, List<String> inStep) {
      if (inStep.size() == 1) {
        return Optional.of(EmbeddedRefs.constantName(inStep.get(0)));
      }
      String joined = String.join(".", inStep);
      return embedded.collect(stepStart).stream()
          .filter(ref -> ref.path().equals(joined))
          .map(EmbeddedRefDescriptor::constant)
          .findFirst();
    }

    private List<PopulateStep> unknown(TypeElement current, String segment) {
      String reason =
          current.getSimpleName()
              + " has no field "
              + segment
              + PropertyResolver.closest(
                      segment,
                      PropertyResolver.storedFields(current).stream()
                          .map(f -> f.getSimpleName().toString())
                          .toList())
                  .map(c -> " (did you mean " + c + "?)")
                  .orElse("");
      errors.error(
          method, mirror, at, Message.POPULATE_PATH, owner, method.getSimpleName(), path, reason);
      return null;
    }

    private List<PopulateStep> notRef(
        TypeElement stepStart,
        TypeElement current,
        VariableElement field,
        boolean subdocuments,
        List<String> inStep) {
      String found =
          "field "
              + field.getSimpleName()
              + " of "
              + current.getSimpleName()
              + " is a "
              + field.asType()
              + (subdocuments ? ", a subdocument" : "");
      List<String> candidates = refPaths(stepStart);
      String typed = String.join(".", inStep);
      String prefix = path.substring(0, path.length() - typed.length());
      String fix =
          PropertyResolver.closest(typed, candidates)
              .map(c -> "Did you mean \"" + prefix + c + "\"?")
              .orElse(
                  candidates.isEmpty()
                      ? stepStart.getSimpleName() + " has no Ref fields to populate."
                      : "The references of "
                          + stepStart.getSimpleName()
                          + " are: "
                          + String.join(", ", candidates)
                          + ".");
      errors.error(
          method,
          mirror,
          at,
          Message.POPULATE_NOT_REF,
          owner,
          method.getSimpleName(),
          path,
          found,
          fix);
      return null;
    }

    private static String endAt(String done) {
      return done.isEmpty()
          ? "Start the path at a Ref field."
          : "End the path at \"" + done + "\".";
    }

    private List<PopulateStep> tooDeep(String reason, String fix) {
      errors.error(
          method,
          mirror,
          at,
          Message.POPULATE_TOO_DEEP,
          owner,
          method.getSimpleName(),
          path,
          reason,
          fix);
      return null;
    }
  }

  /**
   * The dotted Java paths of every reference of {@code type}: its own, then inside subdocuments.
   */
  private List<String> refPaths(TypeElement type) {
    List<String> paths = new ArrayList<>();
    for (VariableElement field : PropertyResolver.storedFields(type)) {
      if (embedded.refTarget(field.asType()).isPresent()) {
        paths.add(field.getSimpleName().toString());
      }
    }
    embedded.collect(type).forEach(ref -> paths.add(ref.path()));
    return paths;
  }
}
