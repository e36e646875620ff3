package dev.meerkat.it.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.it.User;
import dev.meerkat.it.UserModel;
import dev.meerkat.it.UserSchema;
import dev.meerkat.testing.Capability;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import dev.meerkat.testing.RequiresCapability;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transactions end to end: atomicity and rollback as another reader sees them. Needs a replica set
 * (MONGODB_URI or Docker); skipped on the embedded server, which has no transactions.
 */
@MongoTest
@RequiresCapability(Capability.TRANSACTIONS)
class TransactionReplicaSetTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private UserModel users;
  private UserModel reader;

  @BeforeEach
  void open(MongoServer server) {
    Connection conn = meerkat.connect(server.uri()).join();
    users = UserModel.on(conn);
    users.init();
    users.deleteMany(Filter.empty());
    reader = UserModel.on(meerkat.connect(server.uri()).join());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void anAbortedTransactionLeavesNothingVisible() {
    IllegalStateException thrown = new IllegalStateException("roll back");
    assertSame(
        thrown,
        assertThrows(
            IllegalStateException.class,
            () ->
                users
                    .connection()
                    .transaction(
                        session -> {
                          users.create(User.of("Ada", "ada@x", 36));
                          assertTrue(
                              users.exists(UserSchema.NAME.eq("Ada")),
                              "visible inside the transaction");
                          assertFalse(
                              reader.exists(UserSchema.NAME.eq("Ada")),
                              "not visible to another reader before commit");
                          throw thrown;
                        })));
    assertFalse(reader.exists(UserSchema.NAME.eq("Ada")), "rolled back");
    assertEquals(0, users.countDocuments());
  }

  @Test
  void aCommittedTransactionIsVisibleAtOnce() {
    users
        .connection()
        .transaction(
            session -> {
              users.create(User.of("a", "a@x", 1));
              users.create(User.of("b", "b@x", 2));
              assertEquals(0, reader.countDocuments(), "neither is visible before commit");
              return null;
            });
    assertEquals(2, reader.countDocuments());
    assertEquals(
        2L,
        users
            .connection()
            .transactionAsync(s -> users.async().countDocuments(Filter.empty()))
            .join());
  }
}
