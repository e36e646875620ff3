package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.ServerSelectionException;
import dev.meerkat.testing.Capability;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import dev.meerkat.testing.RequiresCapability;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Wrong credentials: a ServerSelectionException naming the failure, never the password. Needs a
 * server with auth.
 */
@MongoTest
@RequiresCapability(Capability.AUTHENTICATION)
class AuthFailureTest {
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  AuthFailureTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  @Test
  void wrongPasswordFailsWithTheServersMapAndNoPassword() {
    String uri = "mongodb://" + server.host() + ":" + server.port() + "/" + server.databaseName();
    ConnectionOptions options =
        ConnectionOptions.builder()
            .user("meerkat-nobody")
            .pass("wr0ng-s3cret")
            .authSource("admin")
            .serverSelectionTimeoutMS(3000)
            .build();
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> meerkat.connect(uri, options).get(10, TimeUnit.SECONDS));
    ServerSelectionException failure =
        assertInstanceOf(ServerSelectionException.class, e.getCause());
    String everything = failure.getMessage() + failure.reason() + failure.servers();
    assertTrue(everything.toLowerCase(java.util.Locale.ROOT).contains("authentic"), everything);
    assertFalse(everything.contains("wr0ng-s3cret"), everything);
  }
}
