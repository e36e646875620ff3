package dev.meerkat.internal.model;

import dev.meerkat.ConfigurationException;
import dev.meerkat.Filter;
import dev.meerkat.Hook;
import dev.meerkat.PostHookException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The middleware registered for one schema on a connection and its {@code useDb} children (they
 * share the base connection's store). Hooks run in registration order; a throwing one stops the
 * rest and the operation (after a write: as a {@link PostHookException}). Thread-safe: registration
 * and firing may race; a hook added while an operation runs applies from the next operation on. The
 * hooks of a sealed hierarchy's base and subtypes are linked ({@link #link}) as their models are
 * made.
 */
public final class ModelHooks<T> {
  private final String modelName;
  private final Map<Hook, List<Consumer<? super T>>> pre = lists();
  private final Map<Hook, List<Consumer<? super T>>> post = lists();
  private final Map<Hook, List<Consumer<? super Filter<T>>>> preQuery = lists();
  private final Map<Hook, List<Consumer<? super Filter<T>>>> postQuery = lists();
  private volatile boolean empty = true;

  /** For a subtype of a sealed hierarchy: its base's hooks, which run first (null otherwise). */
  private volatile ModelHooks<?> base;

  /** For the base of a sealed hierarchy: each subtype's hooks, by its class. */
  private final Map<Class<?>, ModelHooks<?>> subtypes = new ConcurrentHashMap<>();

  public ModelHooks(String modelName) {
    this.modelName = modelName;
  }

  /**
   * Links the hooks of a sealed hierarchy's base and of its subtype {@code type}, as Mongoose's
   * discriminators inherit their base schema's hooks: the base's run first for the subtype's
   * operations, and the subtype's document hooks run for its documents written through the base.
   */
  public static void link(ModelHooks<?> base, Class<?> type, ModelHooks<?> subtype) {
    subtype.base = base;
    base.subtypes.put(type, subtype);
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

  /**
   * Whether no hook at all is registered, here or in the linked hierarchy (operations then skip
   * every hook step).
   */
  boolean isEmpty() {
    ModelHooks<?> above = base;
    if (!empty || (above != null && !above.empty)) {
      return false;
    }
    for (ModelHooks<?> subtype : subtypes.values()) {
      if (!subtype.empty) {
        return false;
      }
    }
    return true;
  }

  /** Whether any document hook is registered for {@code hook}, here or in the hierarchy. */
  boolean has(Hook hook) {
    ModelHooks<?> above = base;
    if (hasOwn(hook) || (above != null && above.hasOwn(hook))) {
      return true;
    }
    for (ModelHooks<?> subtype : subtypes.values()) {
      if (subtype.hasOwn(hook)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasOwn(Hook hook) {
    return !pre.get(hook).isEmpty() || !post.get(hook).isEmpty();
  }

  /** The base's hooks, then these, then those of the document's subtype (through the base). */
  void pre(Hook hook, T document) {
    ModelHooks<?> above = base;
    if (above != null) {
      run(above.pre.get(hook), document);
    }
    run(pre.get(hook), document);
    ModelHooks<?> subtype = subtypes.isEmpty() ? null : subtypes.get(document.getClass());
    if (subtype != null) {
      run(subtype.pre.get(hook), document);
    }
  }

  /** In the order of {@link #pre}. */
  void post(Hook hook, T document) {
    ModelHooks<?> above = base;
    if (above != null) {
      run(above.post.get(hook), document);
    }
    run(post.get(hook), document);
    ModelHooks<?> subtype = subtypes.isEmpty() ? null : subtypes.get(document.getClass());
    if (subtype != null) {
      run(subtype.post.get(hook), document);
    }
  }

  /** The base's query hooks, then these: a query of the base runs the base's only. */
  void preQuery(Hook hook, Filter<T> filter) {
    ModelHooks<?> above = base;
    if (above != null) {
      run(above.preQuery.get(hook), filter);
    }
    run(preQuery.get(hook), filter);
  }

  /** In the order of {@link #preQuery}. */
  void postQuery(Hook hook, Filter<T> filter) {
    ModelHooks<?> above = base;
    if (above != null) {
      run(above.postQuery.get(hook), filter);
    }
    run(postQuery.get(hook), filter);
  }

  /**
   * Runs {@code hooks} on {@code value}: a subtype's document is one of the base's, and a subtype's
   * filter is used as the base's, as Mongoose hands a discriminator's query to the base's hooks.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void run(List<? extends Consumer> hooks, Object value) {
    for (Consumer hook : hooks) {
      hook.accept(value);
    }
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
