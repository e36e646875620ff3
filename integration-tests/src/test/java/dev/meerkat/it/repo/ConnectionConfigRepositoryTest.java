package dev.meerkat.it.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Filter;
import dev.meerkat.it.Role;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import org.junit.jupiter.api.Test;

/**
 * A {@code @ConnectionConfig} method returning a {@code @Repository} gets the generated
 * implementation.
 */
@MongoTest
class ConnectionConfigRepositoryTest {

  @Test
  void factoryReturnsWorkingRepositories(MongoServer server) {
    try (RepoDb db = RepoDbFactory.create(server.uri())) {
      assertTrue(db.accounts() instanceof AccountRepositoryImpl);
      assertTrue(db.accounts() == db.accounts(), "one repository per factory instance");
      db.connection().model(AccountSchema.INSTANCE).deleteMany(Filter.empty());
      db.accounts().save(Account.of("Ada", 36, Role.ADMIN, "London"));
      assertEquals(1, db.accounts().countByRole(Role.ADMIN));
      assertTrue(db.posts() instanceof PostRepositoryImpl);
    }
  }
}
