package dev.meerkat.processor.internal.validation;

import dev.meerkat.annotations.Enum;
import dev.meerkat.annotations.Indexed;
import dev.meerkat.annotations.Match;
import dev.meerkat.annotations.Max;
import dev.meerkat.annotations.MaxLength;
import dev.meerkat.annotations.Min;
import dev.meerkat.annotations.MinLength;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor.Validators;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor.ScalarKind;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** Checks on one mapped field's validators and index options. */
final class FieldChecks {
  private FieldChecks() {}

  /** Checks the value validators against the field's type and returns them. */
  static Validators validators(
      TypeElement owner, VariableElement field, TypeDescriptor declared, ErrorReporter errors) {
    Min min = field.getAnnotation(Min.class);
    Max max = field.getAnnotation(Max.class);
    MinLength minLength = field.getAnnotation(MinLength.class);
    MaxLength maxLength = field.getAnnotation(MaxLength.class);
    Match match = field.getAnnotation(Match.class);
    Enum enumValues = field.getAnnotation(Enum.class);
    // Validators of an Optional field apply to its value when present.
    TypeDescriptor type = TypeDescriptor.unwrap(declared);
    boolean numeric = type instanceof TypeDescriptor.Scalar s && s.kind().numeric();
    boolean string = type instanceof TypeDescriptor.Scalar s && s.kind() == ScalarKind.STRING;
    requireType(min != null, numeric, Min.class, "numeric", owner, field, errors);
    requireType(max != null, numeric, Max.class, "numeric", owner, field, errors);
    requireType(minLength != null, string, MinLength.class, "String", owner, field, errors);
    requireType(maxLength != null, string, MaxLength.class, "String", owner, field, errors);
    requireType(match != null, string, Match.class, "String", owner, field, errors);
    requireType(enumValues != null, string, Enum.class, "String", owner, field, errors);
    if (match != null) {
      try {
        Pattern.compile(match.value());
      } catch (PatternSyntaxException e) {
        errors.error(
            field,
            Match.class,
            "value",
            Message.INVALID_REGEX,
            field.getSimpleName(),
            owner.getSimpleName(),
            match.value(),
            e.getDescription());
      }
    }
    return new Validators(
        min == null ? null : min.value(),
        max == null ? null : max.value(),
        minLength == null ? null : minLength.value(),
        maxLength == null ? null : maxLength.value(),
        match == null ? null : match.value(),
        enumValues == null ? List.of() : List.of(enumValues.value()));
  }

  private static void requireType(
      boolean present,
      boolean fits,
      Class<? extends Annotation> annotation,
      String kind,
      TypeElement owner,
      VariableElement field,
      ErrorReporter errors) {
    if (present && !fits) {
      String name = annotation.getSimpleName();
      errors.error(
          field,
          Annotations.mirror(field, annotation).orElse(null),
          Message.VALIDATOR_TYPE,
          name,
          kind,
          field.getSimpleName(),
          owner.getSimpleName(),
          field.asType(),
          name);
    }
  }

  /** Checks {@code @Indexed} options against the field's type. */
  static void checkIndexed(
      TypeElement owner, VariableElement field, TypeDescriptor type, ErrorReporter errors) {
    Indexed indexed = field.getAnnotation(Indexed.class);
    if (indexed == null) {
      return;
    }
    if (indexed.order() != 1 && indexed.order() != -1) {
      errors.error(
          field,
          Indexed.class,
          "order",
          Message.INDEX_ORDER,
          field.getSimpleName(),
          owner.getSimpleName(),
          indexed.order());
    }
    boolean date =
        TypeDescriptor.unwrap(type) instanceof TypeDescriptor.Scalar s && s.kind().date();
    if (indexed.expireAfterSeconds() >= 0 && !date) {
      errors.error(
          field,
          Indexed.class,
          "expireAfterSeconds",
          Message.TTL_TYPE,
          field.getSimpleName(),
          owner.getSimpleName(),
          field.asType());
    }
  }
}
