package dev.meerkat.internal.connection;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition a test cannot be told about (a queue length, a pool counter). */
public final class Await {
  private Await() {}

  public static void until(String what, BooleanSupplier condition, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + timeout + " for " + what);
      }
      Thread.sleep(10);
    }
  }
}
