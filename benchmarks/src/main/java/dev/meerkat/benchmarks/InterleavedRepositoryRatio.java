package dev.meerkat.benchmarks;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A cross-check of {@link RepositoryBenchmark} for a loaded machine: JMH measures one method after
 * the other, so load that changes during the run shifts their ratio. This alternates short blocks
 * of the repository call and the hand-written call, so both see the same load, and prints the
 * median of the per-block ratios; also the repository against the same query on Meerkat's model
 * API. {@code -Dbench.listeners=true} gives the hand-written client a command and a pool listener,
 * as every Meerkat client has. Run with {@code java -cp benchmarks/target/benchmarks.jar
 * dev.meerkat.benchmarks.InterleavedRepositoryRatio}.
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
    double[] ratios = new double[BLOCKS];
    double[] repositoryTimes = new double[BLOCKS];
    double[] handTimes = new double[BLOCKS];
    for (int i = 0; i < BLOCKS; i++) {
      // Alternate which side goes first, so neither always follows the other.
      long a;
      long b;
      if (i % 2 == 0) {
        a = block(repository);
        b = block(handWritten);
      } else {
        b = block(handWritten);
        a = block(repository);
      }
      ratios[i] = (double) a / b;
      repositoryTimes[i] = a / 1000.0 / CALLS_PER_BLOCK;
      handTimes[i] = b / 1000.0 / CALLS_PER_BLOCK;
    }
    System.out.printf(
        "%-42s %8.1f vs %8.1f us/call  median ratio %.3f%n",
        name, median(repositoryTimes), median(handTimes), median(ratios));
  }

  private static long block(Supplier<?> call) {
    long start = System.nanoTime();
    for (int i = 0; i < CALLS_PER_BLOCK; i++) {
      if (call.get() == null) {
        throw new IllegalStateException("no result");
      }
    }
    return System.nanoTime() - start;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
