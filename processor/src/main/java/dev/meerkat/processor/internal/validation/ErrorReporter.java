package dev.meerkat.processor.internal.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Collects the errors (and warnings) found in one type, so that every problem is reported at once
 * and nothing is reported for a type that is retried in a later round.
 */
public final class ErrorReporter {
  private record Pending(Diagnostic.Kind kind, Element element, String text) {}

  private final List<Pending> pending = new ArrayList<>();

  /** Records {@code message} against {@code element}. */
  public void error(Element element, Message message, Object... args) {
    pending.add(new Pending(Diagnostic.Kind.ERROR, element, message.format(args)));
  }

  /**
   * Records {@code message} against {@code element} as a warning: reported, but the type is still
   * generated.
   */
  public void warning(Element element, Message message, Object... args) {
    pending.add(new Pending(Diagnostic.Kind.WARNING, element, message.format(args)));
  }

  /** Whether any error was recorded. */
  public boolean hasErrors() {
    return pending.stream().anyMatch(p -> p.kind() == Diagnostic.Kind.ERROR);
  }

  /** Reports every recorded error and warning. */
  public void flushTo(Messager messager) {
    for (Pending p : pending) {
      messager.printMessage(p.kind(), p.text(), p.element());
    }
    pending.clear();
  }

  /** Drops the recorded errors (the type is retried next round). */
  public void discard() {
    pending.clear();
  }
}
