package dev.meerkat.it.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Page;
import dev.meerkat.Pageable;
import dev.meerkat.it.Role;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CompletableFuture variant of each result kind, delivered on the connection's executor. */
@MongoTest
class RepositoryAsyncTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "app-executor"));
  private final AtomicInteger delivered = new AtomicInteger();
  private AccountRepository accounts;

  @BeforeEach
  void open(MongoServer server) {
    Connection conn =
        meerkat
            .connect(
                server.uri(),
                ConnectionOptions.builder()
                    .executor(
                        task -> {
                          delivered.incrementAndGet();
                          executor.execute(task);
                        })
                    .build())
            .join();
    accounts = AccountRepositoryImpl.on(conn);
    conn.model(AccountSchema.INSTANCE).deleteMany(Filter.empty());
    accounts.saveAll(
        List.of(
            Account.of("Ada", 36, Role.ADMIN, "London"),
            Account.of("Bob", 17, Role.MEMBER, "Paris"),
            Account.of("Cy", 25, Role.MEMBER, "London")));
  }

  @AfterEach
  void close() throws InterruptedException {
    meerkat.disconnect().join();
    executor.shutdown();
    assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
  }

  @Test
  void everyResultKind() {
    assertEquals(
        List.of("Bob", "Cy"),
        accounts.findByRoleOrderByAgeAsc(Role.MEMBER).join().stream().map(Account::name).toList());
    assertEquals("Ada", accounts.findFirstByNameOrderByAgeAsc("Ada").join().orElseThrow().name());
    assertEquals("Cy", accounts.findOneByName("Cy").join().name());
    assertNull(accounts.findOneByName("Nobody").join());
    try (Stream<Account> stream = accounts.streamByActiveTrueOrderByNameAsc().join()) {
      assertEquals(List.of("Ada", "Cy"), stream.map(Account::name).toList());
    }
    Page<Account> page =
        accounts.findByActiveTrueOrderByNameAsc(Pageable.ofSize(1).withPage(1)).join();
    assertEquals(List.of("Cy"), page.content().stream().map(Account::name).toList());
    assertEquals(2, page.totalPages());
    assertEquals(1L, accounts.countByActiveFalse().join());
    assertTrue(accounts.existsByName("Bob").join());
    assertFalse(accounts.existsByName("Zed").join());
    assertNull(accounts.deleteByName("Bob").join());
    assertFalse(accounts.existsByName("Bob").join());
    assertEquals(1, accounts.deleteByRole(Role.MEMBER).join());
  }

  @Test
  void resultsArriveOnTheConnectionsExecutor() {
    int before = delivered.get();
    CompletableFuture<Long> count = accounts.countByActiveFalse();
    assertEquals(1L, count.join());
    assertEquals(
        before + 1, delivered.get(), "the result was handed to the connection's executor once");
  }
}
