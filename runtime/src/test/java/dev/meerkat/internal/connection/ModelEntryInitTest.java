package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Which operations a failed init fails: those issued before it finished (they waited for it, even
 * when the buffer hands them over only afterwards), not those issued after it was reported.
 */
class ModelEntryInitTest {

  @Test
  void aFailedInitFailsEarlierOperationsOnlyAndStartsOncePerOpening() {
    ModelEntry<Item> entry = new ModelEntry<>(Item.ItemSchema.INSTANCE, "items");
    AtomicInteger starts = new AtomicInteger();
    CompletableFuture<Void> failed =
        CompletableFuture.failedFuture(new IllegalStateException("index conflict"));
    long issuedBefore = System.nanoTime();

    CompletableFuture<Void> first =
        entry.init(
            1,
            () -> {
              starts.incrementAndGet();
              return failed;
            },
            issuedBefore);
    assertSame(failed, first);

    assertSame(
        failed,
        entry.init(1, () -> failed, issuedBefore),
        "an operation issued before the failure, flushed after it, still fails with it");
    CompletableFuture<Void> later = entry.init(1, () -> failed, System.nanoTime());
    assertTrue(
        later.isDone() && !later.isCompletedExceptionally(),
        "operations issued after the failure run");
    assertTrue(starts.get() == 1, "init starts once per opening");

    CompletableFuture<Void> reopened =
        entry.init(
            2,
            () -> {
              starts.incrementAndGet();
              return CompletableFuture.completedFuture(null);
            },
            System.nanoTime());
    assertFalse(reopened.isCompletedExceptionally());
    assertTrue(starts.get() == 2, "a new opening starts init again");
  }
}
