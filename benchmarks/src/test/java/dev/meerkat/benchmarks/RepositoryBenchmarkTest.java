package dev.meerkat.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What makes the repository benchmark fair: both sides send the same query and get the same
 * customers.
 */
class RepositoryBenchmarkTest {

  @Test
  void bothSidesReturnTheSameCustomers() {
    RepositoryBenchmark benchmark = new RepositoryBenchmark();
    benchmark.start();
    try {
      List<Customer> repository = benchmark.listRepository();
      List<Customer> handWritten = benchmark.listHandWritten();
      assertTrue(
          repository.size() >= 5 && repository.size() <= 30,
          "a selective query: " + repository.size());
      assertEquals(handWritten, repository);
      assertEquals(benchmark.oneHandWritten(), benchmark.oneRepository());
      assertTrue(benchmark.oneRepository().isPresent());
    } finally {
      benchmark.stop();
    }
  }
}
