package dev.meerkat.internal.connection;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds pool connections for real: the driver calls {@code commandStarted} on the operation's
 * thread while the operation has its connection checked out, so blocking there keeps that socket in
 * use. Only commands on the collection named {@code held} block, until {@link #release()} (at most
 * 10 s).
 */
final class HeldConnections implements CommandListener {
  private final String held;
  private final long delayMs;
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger holding = new AtomicInteger();

  private HeldConnections(String held, long delayMs) {
    this.held = held;
    this.delayMs = delayMs;
  }

  /** Blocks commands on {@code collection} until released. */
  static HeldConnections until(String collection) {
    return new HeldConnections(collection, -1);
  }

  /** Slows every command on {@code collection} by {@code delayMs}. */
  static HeldConnections slowing(String collection, long delayMs) {
    return new HeldConnections(collection, delayMs);
  }

  @Override
  public void commandStarted(CommandStartedEvent event) {
    var target = event.getCommand().get(event.getCommandName());
    if (target == null || !target.isString() || !target.asString().getValue().equals(held)) {
      return;
    }
    holding.incrementAndGet();
    try {
      if (delayMs >= 0) {
        Thread.sleep(delayMs);
      } else {
        release.await(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      holding.decrementAndGet();
    }
  }

  int holding() {
    return holding.get();
  }

  void release() {
    release.countDown();
  }
}
