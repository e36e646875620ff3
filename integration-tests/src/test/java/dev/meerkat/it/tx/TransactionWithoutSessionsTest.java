package dev.meerkat.it.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatException;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.it.User;
import dev.meerkat.it.UserModel;
import dev.meerkat.testing.Capability;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A transaction on a server without sessions (the embedded one, a standalone mongod) fails clearly,
 * running nothing.
 */
@MongoTest
class TransactionWithoutSessionsTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private Connection conn;
  private UserModel users;

  @BeforeEach
  void open(MongoServer server) {
    Assumptions.assumeFalse(
        server.supports(Capability.SESSIONS),
        "needs a server without sessions, such as the embedded one");
    conn = meerkat.connect(server.uri()).join();
    users = UserModel.on(conn);
    users.deleteMany(Filter.empty());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void aTransactionWithoutSessionsIsAClearErrorAndWorkNeverRuns() {
    AtomicInteger runs = new AtomicInteger();
    MeerkatException e =
        assertThrows(
            MeerkatException.class,
            () ->
                conn.transaction(
                    s -> {
                      runs.incrementAndGet();
                      return users.create(User.of("Ada", "ada@x", 1));
                    }));
    assertTrue(
        e.getMessage().contains("transaction") && e.getMessage().contains("replica set"),
        e.getMessage());
    assertEquals(0, runs.get());
    assertFalse(users.exists(Filter.empty()));
    CompletionException async =
        assertThrows(
            CompletionException.class,
            () ->
                conn.transactionAsync(
                        s -> {
                          runs.incrementAndGet();
                          return users.async().countDocuments(Filter.empty());
                        })
                    .join());
    assertInstanceOf(MeerkatException.class, async.getCause());
    assertEquals(0, runs.get());
  }
}
