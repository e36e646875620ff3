package dev.meerkat.processor.internal.validation;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Finds annotations and their attribute values as written in the source, so that errors can point
 * at them. The compiler places a diagnostic on a mirror or value only when it is the very object
 * the element returned, so these return the element's own mirrors.
 */
final class Annotations {
  private Annotations() {}

  /** The mirror of {@code annotation} declared on {@code element} (not inherited). */
  static Optional<AnnotationMirror> mirror(
      Element element, Class<? extends Annotation> annotation) {
    return mirror(element, annotation.getCanonicalName());
  }

  /** The mirror of the annotation named {@code qualifiedName} declared on {@code element}. */
  static Optional<AnnotationMirror> mirror(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The value of {@code attribute} as written, or {@code null} when left to its default. */
  static AnnotationValue value(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /**
   * The {@code index}th element of the array {@code attribute} as written, or the whole value when
   * it is not an array of that length, or {@code null} when left to its default.
   */
  static AnnotationValue element(AnnotationMirror mirror, String attribute, int index) {
    AnnotationValue value = value(mirror, attribute);
    if (value != null
        && value.getValue() instanceof List<?> values
        && index < values.size()
        && values.get(index) instanceof AnnotationValue element) {
      return element;
    }
    return value;
  }

  /** The annotation written as the value of {@code attribute}, or {@code null} if left out. */
  static AnnotationMirror nested(AnnotationMirror mirror, String attribute) {
    AnnotationValue value = value(mirror, attribute);
    return value != null && value.getValue() instanceof AnnotationMirror nested ? nested : null;
  }
}
