package dev.meerkat.processor.internal.validation;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Collects the errors (and warnings) found in one type, so that every problem is reported at once
 * and nothing is reported for a type that is retried in a later round.
 *
 * <p>An error caused by an annotation's attribute points at the value as written ({@code
 * errors.error(field, Indexed.class, "order", Message.INDEX_ORDER, ...)}), so the compiler
 * underlines {@code order = 2} rather than the field. An attribute left to its default points at
 * the annotation; an annotation the compiler cannot place (inherited, or repeated) at the element.
 */
public final class ErrorReporter {
  private record Pending(
      Diagnostic.Kind kind,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      String text) {}

  private final List<Pending> pending = new ArrayList<>();

  /** Records {@code message} against {@code element}. */
  public void error(Element element, Message message, Object... args) {
    error(element, (AnnotationMirror) null, null, message, args);
  }

  /**
   * Records {@code message} against {@code annotation} on {@code element}, or against {@code
   * element} when the annotation is {@code null}.
   */
  public void error(Element element, AnnotationMirror annotation, Message message, Object... args) {
    error(element, annotation, null, message, args);
  }

  /**
   * Records {@code message} against the attribute {@code value} of {@code annotation} on {@code
   * element}; a {@code null} value points at the annotation, a {@code null} annotation at the
   * element.
   */
  public void error(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Message message,
      Object... args) {
    pending.add(
        new Pending(
            Diagnostic.Kind.ERROR,
            element,
            annotation,
            annotation == null ? null : value,
            message.format(args)));
  }

  /**
   * Records {@code message} against the value of {@code attribute} in the {@code annotation} on
   * {@code element}: the value as written, else the annotation, else the element.
   */
  public void error(
      Element element,
      Class<? extends Annotation> annotation,
      String attribute,
      Message message,
      Object... args) {
    Optional<AnnotationMirror> mirror = Annotations.mirror(element, annotation);
    error(
        element,
        mirror.orElse(null),
        mirror.map(m -> Annotations.value(m, attribute)).orElse(null),
        message,
        args);
  }

  /**
   * Records {@code message} against {@code element} as a warning: reported, but the type is still
   * generated.
   */
  public void warning(Element element, Message message, Object... args) {
    pending.add(new Pending(Diagnostic.Kind.WARNING, element, null, null, message.format(args)));
  }

  /** Whether any error was recorded. */
  public boolean hasErrors() {
    return pending.stream().anyMatch(p -> p.kind() == Diagnostic.Kind.ERROR);
  }

  /** Reports every recorded error and warning. */
  public void flushTo(Messager messager) {
    for (Pending p : pending) {
      if (p.annotation() == null) {
        messager.printMessage(p.kind(), p.text(), p.element());
      } else if (p.value() == null) {
        messager.printMessage(p.kind(), p.text(), p.element(), p.annotation());
      } else {
        messager.printMessage(p.kind(), p.text(), p.element(), p.annotation(), p.value());
      }
    }
    pending.clear();
  }

  /** Drops the recorded errors (the type is retried next round). */
  public void discard() {
    pending.clear();
  }
}
