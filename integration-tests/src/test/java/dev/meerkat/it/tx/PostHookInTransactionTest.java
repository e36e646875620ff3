package dev.meerkat.it.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Hook;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.PostHookException;
import dev.meerkat.it.User;
import dev.meerkat.it.UserModel;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A post hook that fails inside a transaction: the write is kept only if the transaction commits,
 * so the {@link PostHookException} must not say it is stored. Left to propagate, it aborts the
 * transaction (nothing is stored); caught inside the work, the transaction commits the write.
 * Checked on the embedded server behind a backend that advertises sessions ({@link SessionServer}).
 */
class PostHookInTransactionTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private SessionServer server;
  private Connection conn;
  private UserModel users;

  @BeforeEach
  void open() {
    server = new SessionServer();
    conn = meerkat.connect(server.uri("tx_hooks")).join();
    users = UserModel.on(conn);
    users.deleteMany(Filter.empty());
    users.post(
        Hook.SAVE,
        u -> {
          throw new IllegalStateException("audit is down");
        });
    server.clear();
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
    server.close();
  }

  private static void assertKeptOnlyOnCommit(PostHookException e) {
    assertTrue(e.getMessage().contains("inside a transaction"), e.getMessage());
    assertTrue(e.getMessage().contains("only if the transaction commits"), e.getMessage());
    assertFalse(e.getMessage().contains("it is stored"), e.getMessage());
  }

  @Test
  void leftToPropagateItAbortsAndDoesNotClaimTheWriteIsStored() {
    PostHookException e =
        assertThrows(
            PostHookException.class,
            () -> conn.transaction(s -> users.create(User.of("Ada", "ada@x", 36))));
    assertKeptOnlyOnCommit(e);
    assertEquals(1, server.named("abortTransaction").size());
    assertEquals(0, server.named("commitTransaction").size());

    CompletionException async =
        assertThrows(
            CompletionException.class,
            () -> conn.transaction(s -> users.async().create(User.of("Bob", "bob@x", 1)).join()));
    assertKeptOnlyOnCommit(assertInstanceOf(PostHookException.class, async.getCause()));
    assertEquals(2, server.named("abortTransaction").size());
  }

  @Test
  void caughtInsideTheWorkTheTransactionCommitsTheWrite() {
    conn.transaction(
        s -> {
          assertKeptOnlyOnCommit(
              assertThrows(
                  PostHookException.class, () -> users.create(User.of("Ada", "ada@x", 36))));
          return null;
        });
    assertEquals(1, server.named("commitTransaction").size());
    assertEquals(0, server.named("abortTransaction").size());
  }

  @Test
  void outsideATransactionTheWriteIsStored() {
    PostHookException e =
        assertThrows(PostHookException.class, () -> users.create(User.of("Cy", "cy@x", 1)));
    assertTrue(e.getMessage().contains("it is stored"), e.getMessage());
    assertFalse(e.getMessage().contains("transaction"), e.getMessage());
  }
}
