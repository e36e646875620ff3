package dev.meerkat.processor.internal.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Collects the errors found in one type, so that every problem is reported at once and nothing is
 * reported for a type that is retried in a later round.
 */
public final class ErrorReporter {
  private record Pending(Element element, String text) {}

  private final List<Pending> pending = new ArrayList<>();

  /** Records {@code message} against {@code element}. */
  public void error(Element element, Message message, Object... args) {
    pending.add(new Pending(element, message.format(args)));
  }

  /** Whether any error was recorded. */
  public boolean hasErrors() {
    return !pending.isEmpty();
  }

  /** Reports every recorded error. */
  public void flushTo(Messager messager) {
    for (Pending p : pending) {
      messager.printMessage(Diagnostic.Kind.ERROR, p.text(), p.element());
    }
    pending.clear();
  }

  /** Drops the recorded errors (the type is retried next round). */
  public void discard() {
    pending.clear();
  }
}
