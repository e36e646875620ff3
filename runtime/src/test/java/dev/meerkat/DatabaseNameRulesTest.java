package dev.meerkat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * MongoDB's database-name rules for tenant ids and useDb names, checked before any I/O, and tenant
 * ids that the URI would decode into another tenant's name.
 */
@MongoTest
class DatabaseNameRulesTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  /** The README's template: the id appended to the URI's path. */
  private TenantConnections.Builder tenants(MongoServer server) {
    return TenantConnections.builder(id -> server.uri("tenant_" + id)).instance(meerkat);
  }

  @Test
  void percentEscapesInATenantIdNeverReachAnotherTenantsDatabase(MongoServer server) {
    try (TenantConnections tenants = tenants(server).build()) {
      tenants.use(
          "acme", conn -> conn.collection("secrets").insertOne(new Document("owner", "acme")));
      for (String id : List.of("acme%2Ex", "acme%2e", "%61cme", "acm%65", "ac%6De", "%2561cme")) {
        Connection conn = tenants.get(id);
        assertEquals(
            "tenant_" + id, conn.name(), "the database is named by the id exactly as given");
        assertEquals(
            0, conn.collection("secrets").countDocuments(), id + " must not see acme's documents");
      }
      assertEquals(1, tenants.get("acme").collection("secrets").countDocuments());
    }
  }

  @Test
  void tenantIdsAreEncodedBeforeTheUriIsBuilt(MongoServer server) {
    List<String> seen = new ArrayList<>();
    try (TenantConnections tenants =
        TenantConnections.builder(
                id -> {
                  seen.add(id);
                  return server.uri("t_" + id);
                })
            .instance(meerkat)
            .build()) {
      tenants.get("plain-id_1");
      tenants.get("%61cme");
      tenants.get("caf\u00e9");
      assertEquals(List.of("plain-id_1", "%2561cme", "caf%C3%A9"), seen);
      assertEquals("t_caf\u00e9", tenants.get("caf\u00e9").name());
    }
  }

  @Test
  void theDatabaseNameATemplateBuildsIsCheckedToo(MongoServer server) {
    String template = server.uri("TEMPLATE");
    try (TenantConnections tenants =
        TenantConnections.builder(id -> template.replace("TEMPLATE", "x".repeat(60) + id))
            .instance(meerkat)
            .build()) {
      assertTrue(tenants.openTenants().isEmpty());
      ConfigurationException e =
          assertThrows(ConfigurationException.class, () -> tenants.get("abcd"));
      assertTrue(e.getMessage().contains("is 64 bytes long"), e.getMessage());
      tenants.get("abc"); // 63 bytes: the longest allowed
      assertEquals(List.of("abc"), tenants.openTenants());
    }
    try (TenantConnections tenants =
        TenantConnections.builder(id -> server.uri(id)).instance(meerkat).build()) {
      for (String id : List.of("admin", "local", "config", "Admin")) {
        ConfigurationException e =
            assertThrows(ConfigurationException.class, () -> tenants.get(id), id);
        assertTrue(e.getMessage().contains("allowReservedDatabases"), e.getMessage());
      }
    }
    assertEquals(1, meerkat.connections().size(), "no connection was made for a refused id");
  }

  @Test
  void reservedTenantDatabasesNeedAnExplicitOptIn(MongoServer server) {
    try (TenantConnections tenants =
        TenantConnections.builder(id -> server.uri(id))
            .instance(meerkat)
            .allowReservedDatabases(true)
            .build()) {
      assertEquals("config", tenants.get("config").name());
    }
  }

  @Test
  void invalidUseDbNamesFailAtOnceNamingTheRule(MongoServer server) {
    Connection base = meerkat.createConnection(server.uri());
    List<String> bad =
        new ArrayList<>(
            List.of(
                "",
                "a.b",
                "a/b",
                "$cmd",
                "a$b",
                "x".repeat(64),
                "a\0b",
                "a b",
                "admin",
                "local",
                "config",
                "LOCAL",
                "acme\uD800",
                "\u20ac".repeat(21) + "a"));
    for (String name : bad) {
      ConfigurationException e =
          assertThrows(ConfigurationException.class, () -> base.useDb(name), name);
      assertTrue(e.getMessage().startsWith("useDb name"), e.getMessage());
      assertThrows(
          ConfigurationException.class, () -> base.useDb(name, UseDbOptions.cached()), name);
    }
    assertEquals(
        "useDb name \"a.b\" contains '.', which MongoDB database names must not contain"
            + " (/\\. \"$*<>:|?, a space or NUL)",
        assertThrows(ConfigurationException.class, () -> base.useDb("a.b")).getMessage());
    assertEquals("x".repeat(63), base.useDb("x".repeat(63)).name());
    assertEquals("caf\u00e9", base.useDb("caf\u00e9").name());
  }

  @Test
  void reservedUseDbNamesNeedAnExplicitOptIn(MongoServer server) {
    Connection base = meerkat.createConnection(server.uri());
    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> base.useDb("local"));
    assertEquals(
        "useDb name \"local\" names a database MongoDB reserves for itself (admin, local, config); choose"
            + " another name, or pass UseDbOptions.defaults().allowReserved() if you really mean it",
        e.getMessage());
    Connection local = base.useDb("local", UseDbOptions.defaults().allowReserved());
    assertEquals("local", local.name());
    assertTrue(UseDbOptions.cached().allowReserved().useCache());
    assertFalse(UseDbOptions.cached().reservedAllowed());
    assertThrows(
        ConfigurationException.class,
        () -> base.useDb("a.b", UseDbOptions.defaults().allowReserved()),
        "opting in to reserved names does not lift the other rules");
  }
}
