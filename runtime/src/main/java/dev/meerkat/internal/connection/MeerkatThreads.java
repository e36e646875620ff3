package dev.meerkat.internal.connection;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
 *       async operations, model init, closing a client). A virtual thread per task where the JVM
 *       has them (Java 21 and later); else cached platform threads, which die after 60 s idle. How
 *       many run at once is bounded by the callers (a connection's async operations by its pool
 *       size), not by this pool.
 *   <li>{@link #timers()}: buffer timeouts only; never runs a driver call.
 * </ul>
 */
final class MeerkatThreads {
  private static final ExecutorService BLOCKING = blockingPool();
  private static final ScheduledThreadPoolExecutor TIMERS = timerPool();

  private MeerkatThreads() {}

  static ExecutorService blocking() {
    return BLOCKING;
  }

  static ScheduledThreadPoolExecutor timers() {
    return TIMERS;
  }

  /**
   * Virtual threads where the JVM has them. Meerkat compiles for Java 17, so the Java 21 API
   * ({@code Thread.ofVirtual()}, {@code Executors.newThreadPerTaskExecutor}) is looked up in the
   * JDK at run time; on an older JVM the lookup fails and a cached pool of daemon platform threads
   * is used.
   */
  private static ExecutorService blockingPool() {
    try {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      Class<?> builder = Class.forName("java.lang.Thread$Builder$OfVirtual");
      Object ofVirtual =
          lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(builder)).invoke();
      Object named =
          lookup
              .findVirtual(
                  builder, "name", MethodType.methodType(builder, String.class, long.class))
              .invoke(ofVirtual, "meerkat-io-", 1L);
      ThreadFactory factory =
          (ThreadFactory)
              lookup
                  .findVirtual(builder, "factory", MethodType.methodType(ThreadFactory.class))
                  .invoke(named);
      return (ExecutorService)
          lookup
              .findStatic(
                  Executors.class,
                  "newThreadPerTaskExecutor",
                  MethodType.methodType(ExecutorService.class, ThreadFactory.class))
              .invoke(factory);
    } catch (Throwable beforeJava21) {
      return Executors.newCachedThreadPool(factory("meerkat-io"));
    }
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
