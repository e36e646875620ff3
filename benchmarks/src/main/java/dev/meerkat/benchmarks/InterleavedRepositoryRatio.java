package dev.meerkat.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A cross-check of {@link RepositoryBenchmark} for a loaded machine: JMH measures one method after
 * the other, so load that changes during the run shifts their ratio. This alternates short blocks
 * of the repository call and the hand-written call, so both see the same load, and prints the
 * median of the per-block ratios (cost, repository / other: wall time, calling-thread CPU time and
 * bytes allocated, each with its range over the blocks); also the repository against the same query
 * on Meerkat's model API. {@code -Dbench.listeners=true} gives the hand-written client a command
 * and a pool listener, as every Meerkat client has. Run with {@code java -cp
 * benchmarks/target/benchmarks.jar dev.meerkat.benchmarks.InterleavedRepositoryRatio}.
 */
public final class InterleavedRepositoryRatio {
  private static final int WARMUP_BLOCKS = 50;
  private static final int BLOCKS = 150;
  private static final int CALLS_PER_BLOCK = 10;

  private InterleavedRepositoryRatio() {}

  /** Prints the median repository/hand-written time ratio per query shape. */
  public static void main(String[] args) {
    RepositoryBenchmark benchmark = new RepositoryBenchmark();
    benchmark.start();
    try {
      report(
          "list: repository vs hand-written driver",
          benchmark::listRepository,
          benchmark::listHandWritten);
      report("list: repository vs Meerkat model", benchmark::listRepository, benchmark::listModel);
      report(
          "one: repository vs hand-written driver",
          benchmark::oneRepository,
          benchmark::oneHandWritten);
      report("one: repository vs Meerkat model", benchmark::oneRepository, benchmark::oneModel);
    } finally {
      benchmark.stop();
    }
  }

  private static void report(String name, Supplier<?> repository, Supplier<?> handWritten) {
    for (int i = 0; i < WARMUP_BLOCKS; i++) {
      block(repository);
      block(handWritten);
    }
    double[][] ratios = new double[3][BLOCKS];
    double[] repositoryTimes = new double[BLOCKS];
    double[] handTimes = new double[BLOCKS];
    double[] repositoryBytes = new double[BLOCKS];
    double[] handBytes = new double[BLOCKS];
    for (int i = 0; i < BLOCKS; i++) {
      // Alternate which side goes first, so neither always follows the other.
      long[] a;
      long[] b;
      if (i % 2 == 0) {
        a = block(repository);
        b = block(handWritten);
      } else {
        b = block(handWritten);
        a = block(repository);
      }
      for (int k = 0; k < 3; k++) {
        ratios[k][i] = (double) a[k] / b[k];
      }
      repositoryTimes[i] = a[0] / 1000.0 / CALLS_PER_BLOCK;
      handTimes[i] = b[0] / 1000.0 / CALLS_PER_BLOCK;
      repositoryBytes[i] = (double) a[2] / CALLS_PER_BLOCK;
      handBytes[i] = (double) b[2] / CALLS_PER_BLOCK;
    }
    System.out.printf(
        Locale.ROOT,
        "%-40s %7.1f vs %7.1f us/call, %6.0f vs %6.0f bytes/call; ratio wall %s, cpu %s, alloc %s%n",
        name,
        median(repositoryTimes),
        median(handTimes),
        median(repositoryBytes),
        median(handBytes),
        range(ratios[0]),
        range(ratios[1]),
        range(ratios[2]));
  }

  /** Wall nanoseconds, calling-thread CPU nanoseconds and bytes allocated by one block. */
  private static long[] block(Supplier<?> call) {
    long thread = Thread.currentThread().getId();
    long bytes = THREADS.getThreadAllocatedBytes(thread);
    long cpu = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int i = 0; i < CALLS_PER_BLOCK; i++) {
      if (call.get() == null) {
        throw new IllegalStateException("no result");
      }
    }
    long wall = System.nanoTime() - start;
    return new long[] {
      wall, THREADS.getCurrentThreadCpuTime() - cpu, THREADS.getThreadAllocatedBytes(thread) - bytes
    };
  }

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static String range(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT, "%.3f [%.2f-%.2f]", median(sorted), sorted[0], sorted[sorted.length - 1]);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
