package dev.meerkat.processor.internal.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Collects the errors found in one {@code @ConnectionConfig} interface, like {@link ErrorReporter},
 * and can also point at the annotation attribute at fault, so the compiler underlines the value.
 */
public final class ConfigErrors {
  private record Pending(
      Element element, AnnotationMirror annotation, AnnotationValue value, String text) {}

  private final List<Pending> pending = new ArrayList<>();

  /** Records {@code message} against {@code element}. */
  public void error(Element element, Message message, Object... args) {
    pending.add(new Pending(element, null, null, message.format(args)));
  }

  /**
   * Records {@code message} against an attribute {@code value} of {@code annotation} on {@code
   * element}.
   */
  public void error(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Message message,
      Object... args) {
    pending.add(new Pending(element, annotation, value, message.format(args)));
  }

  /** Whether any error was recorded. */
  public boolean hasErrors() {
    return !pending.isEmpty();
  }

  /** Reports every recorded error. */
  public void flushTo(Messager messager) {
    for (Pending p : pending) {
      if (p.annotation() == null) {
        messager.printMessage(Diagnostic.Kind.ERROR, p.text(), p.element());
      } else if (p.value() == null) {
        messager.printMessage(Diagnostic.Kind.ERROR, p.text(), p.element(), p.annotation());
      } else {
        messager.printMessage(
            Diagnostic.Kind.ERROR, p.text(), p.element(), p.annotation(), p.value());
      }
    }
    pending.clear();
  }

  /** Drops the recorded errors (the interface is retried next round). */
  public void discard() {
    pending.clear();
  }
}
