package dev.meerkat.internal.connection;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Blocks the first {@code command} on {@code collection} before it is sent (the driver calls {@code
 * commandStarted} on the operation's thread), until {@link #release()}: the test can stop the
 * server meanwhile, so that this exact command meets a dead socket.
 */
final class OneShotBlock implements CommandListener {
  private final String command;
  private final String collection;
  private final AtomicBoolean used = new AtomicBoolean();
  private final CountDownLatch holding = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  OneShotBlock(String command, String collection) {
    this.command = command;
    this.collection = collection;
  }

  @Override
  public void commandStarted(CommandStartedEvent event) {
    if (!event.getCommandName().equals(command)
        || !event.getCommand().getString(command).getValue().equals(collection)
        || !used.compareAndSet(false, true)) {
      return;
    }
    holding.countDown();
    try {
      release.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void awaitHolding() throws InterruptedException {
    if (!holding.await(10, TimeUnit.SECONDS)) {
      throw new AssertionError("the " + command + " on " + collection + " never started");
    }
  }

  void release() {
    release.countDown();
  }
}
