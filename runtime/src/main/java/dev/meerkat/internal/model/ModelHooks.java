package dev.meerkat.internal.model;

import dev.meerkat.ConfigurationException;
import dev.meerkat.Filter;
import dev.meerkat.Hook;
import dev.meerkat.PostHookException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The middleware registered for one schema on a connection and its {@code useDb} children (they
 * share the base connection's store). Hooks run in registration order; a throwing one stops the
 * rest and the operation (after a write: as a {@link PostHookException}). Thread-safe: registration
 * and firing may race; a hook added while an operation runs applies from the next operation on.
 */
public final class ModelHooks<T> {
  private final String modelName;
  private final Map<Hook, List<Consumer<? super T>>> pre = lists();
  private final Map<Hook, List<Consumer<? super T>>> post = lists();
  private final Map<Hook, List<Consumer<? super Filter<T>>>> preQuery = lists();
  private final Map<Hook, List<Consumer<? super Filter<T>>>> postQuery = lists();
  private volatile boolean empty = true;

  public ModelHooks(String modelName) {
    this.modelName = modelName;
  }

  private static <C> Map<Hook, List<C>> lists() {
    Map<Hook, List<C>> map = new EnumMap<>(Hook.class);
    for (Hook hook : Hook.values()) {
      map.put(hook, new CopyOnWriteArrayList<>());
    }
    return map;
  }

  void addDocument(boolean before, Hook hook, Consumer<? super T> action) {
    check(hook, action, true, before ? "pre" : "post", before ? "preQuery" : "postQuery");
    (before ? pre : post).get(hook).add(action);
    empty = false;
  }

  void addQuery(boolean before, Hook hook, Consumer<? super Filter<T>> action) {
    check(hook, action, false, before ? "preQuery" : "postQuery", before ? "pre" : "post");
    (before ? preQuery : postQuery).get(hook).add(action);
    empty = false;
  }

  private void check(Hook hook, Object action, boolean document, String method, String other) {
    Objects.requireNonNull(hook, "hook == null");
    Objects.requireNonNull(action, "action == null");
    if (hook.isDocumentHook() != document) {
      throw new ConfigurationException(
          "Model "
              + modelName
              + ": "
              + hook
              + " is a "
              + (hook.isDocumentHook() ? "document" : "query")
              + " hook; register it with "
              + other
              + "(Hook."
              + hook
              + ", ...) instead of "
              + method
              + "(...)");
    }
  }

  /** Whether no hook at all is registered (operations then skip every hook step). */
  boolean isEmpty() {
    return empty;
  }

  /** Whether any hook is registered for {@code hook}. */
  boolean has(Hook hook) {
    return !pre.get(hook).isEmpty() || !post.get(hook).isEmpty();
  }

  void pre(Hook hook, T document) {
    pre.get(hook).forEach(h -> h.accept(document));
  }

  void post(Hook hook, T document) {
    post.get(hook).forEach(h -> h.accept(document));
  }

  void preQuery(Hook hook, Filter<T> filter) {
    preQuery.get(hook).forEach(h -> h.accept(filter));
  }

  void postQuery(Hook hook, Filter<T> filter) {
    postQuery.get(hook).forEach(h -> h.accept(filter));
  }

  /**
   * Runs {@code post}, the post hooks of {@code operation}'s write, which was applied: a hook that
   * throws becomes a {@link PostHookException} saying so ({@code applied} names what was stored),
   * so that the caller does not retry a stored write; {@code inTransaction} when the write is kept
   * only if its transaction commits.
   */
  void afterWrite(
      String operation, Hook hook, boolean inTransaction, Supplier<String> applied, Runnable post) {
    try {
      post.run();
    } catch (RuntimeException failed) {
      String what;
      try {
        what = applied.get();
      } catch (RuntimeException unreadable) {
        what = ""; // best effort: the hook's failure and the applied write are what matter
      }
      throw new PostHookException(modelName, operation, hook, what, inTransaction, failed);
    }
  }
}
