package dev.meerkat.internal.connection;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two thread pools Meerkat runs its own work on. Both use daemon threads, so a program that
 * forgets to close its connections still exits.
 *
 * <ul>
 *   <li>{@link #blocking()}: driver calls (the initial ping, buffered operations being flushed,
 *       async operations, model init, closing a client). Cached: threads die after 60 s idle.
 *   <li>{@link #timers()}: buffer timeouts only; never runs a driver call.
 * </ul>
 */
final class MeerkatThreads {
  private static final ExecutorService BLOCKING =
      Executors.newCachedThreadPool(factory("meerkat-io"));
  private static final ScheduledThreadPoolExecutor TIMERS = timerPool();

  private MeerkatThreads() {}

  static ExecutorService blocking() {
    return BLOCKING;
  }

  static ScheduledThreadPoolExecutor timers() {
    return TIMERS;
  }

  private static ScheduledThreadPoolExecutor timerPool() {
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, factory("meerkat-timer"));
    // Operations usually leave the buffer long before their timeout: drop their timers at once.
    pool.setRemoveOnCancelPolicy(true);
    return pool;
  }

  private static ThreadFactory factory(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
