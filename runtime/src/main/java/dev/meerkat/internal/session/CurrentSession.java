package dev.meerkat.internal.session;

import com.mongodb.client.ClientSession;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The session of the transaction running on this thread, per base connection (Mongoose's {@code
 * transactionAsyncLocalStorage}): operations of that connection and of its {@code useDb}
 * connections capture it when they are issued and run in it. Bindings nest and are undone in order.
 */
public final class CurrentSession {
  private static final ThreadLocal<Binding> BOUND = new ThreadLocal<>();

  private record Binding(Object owner, ClientSession session, Binding outer) {}

  private CurrentSession() {}

  /** The session bound for {@code owner} (a base connection) on this thread, or null. */
  public static ClientSession of(Object owner) {
    for (Binding b = BOUND.get(); b != null; b = b.outer) {
      if (b.owner == owner) {
        return b.session;
      }
    }
    return null;
  }

  /** Runs {@code body} with {@code session} bound for {@code owner} on this thread. */
  public static <R> R with(Object owner, ClientSession session, Supplier<R> body) {
    if (session == null) {
      return body.get();
    }
    Binding outer = BOUND.get();
    BOUND.set(new Binding(owner, session, outer));
    try {
      return body.get();
    } finally {
      if (outer == null) {
        BOUND.remove();
      } else {
        BOUND.set(outer);
      }
    }
  }

  /**
   * A future completed like {@code future}, but whose dependents registered before completion run
   * with {@code session} bound, so work chained on an operation's result joins the same transaction
   * on whichever thread completes it.
   */
  public static <R> CompletableFuture<R> carried(
      Object owner, ClientSession session, CompletableFuture<R> future) {
    if (session == null) {
      return future;
    }
    CompletableFuture<R> carried = new CompletableFuture<>();
    future.whenComplete(
        (result, error) ->
            with(
                owner,
                session,
                () ->
                    error == null
                        ? carried.complete(result)
                        : carried.completeExceptionally(error)));
    carried.whenComplete(
        (result, error) -> {
          if (error != null) {
            future.completeExceptionally(error); // cancel or time out the operation itself
          }
        });
    return carried;
  }
}
