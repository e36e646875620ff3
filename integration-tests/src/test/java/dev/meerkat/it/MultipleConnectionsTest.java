package dev.meerkat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.MissingSchemaException;
import dev.meerkat.Model;
import dev.meerkat.ReadyState;
import dev.meerkat.UseDbOptions;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Models are scoped to their connection: the same schema on two connections writes to each
 * separately, the export-model pattern on the default connection works alongside, and tenants on
 * one pool through {@code useDb} never see each other's documents.
 */
@MongoTest
class MultipleConnectionsTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void theSameSchemaOnTwoConnectionsWritesToEachDatabase(MongoServer server) {
    Connection east = meerkat.createConnection(server.uri(server.databaseName() + "_east"));
    Connection west = meerkat.createConnection(server.uri(server.databaseName() + "_west"));
    UserModel eastUsers = UserModel.on(east);
    UserModel westUsers = UserModel.on(west);
    assertNotSame(eastUsers, westUsers);
    eastUsers.deleteMany(Filter.empty());
    westUsers.deleteMany(Filter.empty());

    eastUsers.create(User.of("e", "e@x", 1));
    westUsers.create(User.of("w1", "w1@x", 1));
    westUsers.create(User.of("w2", "w2@x", 1));

    assertEquals(1, eastUsers.countDocuments());
    assertEquals(2, westUsers.countDocuments());
    assertEquals(server.databaseName() + "_east", east.name());
    assertTrue(meerkat.connections().containsAll(List.of(east, west)));
    assertEquals(List.of("User"), east.modelNames());
    assertEquals(List.of("User"), west.modelNames());
    assertSame(
        eastUsers,
        UserModel.on(east),
        "on() returns the model already registered on that connection");
  }

  @Test
  void exportedModelOnTheDefaultConnectionWorksAlongside(MongoServer server) {
    Model<User> exported =
        meerkat.model(UserSchema.INSTANCE); // Mongoose's `module.exports = mongoose.model(...)`
    assertEquals(ReadyState.DISCONNECTED, meerkat.connection().readyState());
    assertEquals(List.of("User"), meerkat.modelNames());
    Connection other = meerkat.createConnection(server.uri(server.databaseName() + "_other"));
    assertThrows(
        MissingSchemaException.class, () -> other.model("User"), "models are per connection");

    meerkat.connect(server.uri()).join();
    exported.deleteMany(Filter.empty());
    exported.create(User.of("default", "d@x", 2));
    assertEquals(1, exported.countDocuments());
    assertEquals(
        0, UserModel.on(other).countDocuments(), "the other connection's database is separate");
  }

  @Test
  void tenantsOnOnePoolThroughUseDbAreIsolated(MongoServer server) {
    Connection base = meerkat.connect(server.uri()).join();
    Connection acme = base.useDb(server.databaseName() + "_acme", UseDbOptions.cached());
    Connection globex = base.useDb(server.databaseName() + "_globex", UseDbOptions.cached());
    assertSame(acme, base.useDb(server.databaseName() + "_acme", UseDbOptions.cached()));
    assertSame(base.client(), acme.client(), "useDb shares the client and its pool");
    UserModel acmeUsers = UserModel.on(acme);
    UserModel globexUsers = UserModel.on(globex);
    acmeUsers.deleteMany(Filter.empty());
    globexUsers.deleteMany(Filter.empty());

    acmeUsers.create(User.of("a", "a@acme", 1));
    globexUsers.create(User.of("g", "g@globex", 1));

    assertEquals(List.of("a"), acmeUsers.find().list().stream().map(User::name).toList());
    assertEquals(List.of("g"), globexUsers.find().list().stream().map(User::name).toList());
    assertTrue(
        acmeUsers.findByEmail("g@globex").isEmpty(), "tenant A never sees tenant B's documents");
  }
}
