package dev.meerkat.internal.connection;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Samples the JVM's live thread count every few milliseconds and keeps the peak above the count at
 * start.
 */
final class ThreadPeak implements AutoCloseable {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private final int baseline = THREADS.getThreadCount();
  private final AtomicInteger peak = new AtomicInteger(baseline);
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Thread sampler;

  ThreadPeak() {
    sampler =
        new Thread(
            () -> {
              while (running.get()) {
                peak.accumulateAndGet(THREADS.getThreadCount(), Math::max);
                try {
                  Thread.sleep(2);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "thread-peak-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Threads started beyond those alive when sampling began (the sampler itself not counted). */
  int added() {
    return peak.get() - baseline - 1;
  }

  @Override
  public void close() {
    running.set(false);
    sampler.interrupt();
  }
}
