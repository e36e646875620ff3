package dev.meerkat.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConnectionStringsTest {

  @Test
  void replacesPathAndKeepsOptions() {
    assertEquals(
        "mongodb://h1:1,h2:2/t_x?replicaSet=rs0&w=majority",
        ConnectionStrings.withDatabase("mongodb://h1:1,h2:2/old?replicaSet=rs0&w=majority", "t_x"));
    assertEquals(
        "mongodb://localhost/t_x", ConnectionStrings.withDatabase("mongodb://localhost", "t_x"));
    assertEquals(
        "mongodb://h:5/t_x?directConnection=true",
        ConnectionStrings.withDatabase("mongodb://h:5/?directConnection=true", "t_x"));
  }

  @Test
  void keepsTheAuthenticationDatabaseWhenCredentialsArePresent() {
    assertEquals(
        "mongodb://bob:pw@h/t_x?authSource=shop",
        ConnectionStrings.withDatabase("mongodb://bob:pw@h/shop", "t_x"));
    assertEquals(
        "mongodb://bob:pw@h/t_x?tls=true&authSource=admin",
        ConnectionStrings.withDatabase("mongodb://bob:pw@h/?tls=true", "t_x"));
    assertEquals(
        "mongodb://bob:pw@h/t_x?authSource=other",
        ConnectionStrings.withDatabase("mongodb://bob:pw@h/shop?authSource=other", "t_x"));
  }

  @Test
  void readsFirstHostAndPort() {
    ConnectionStrings.Parts parts = ConnectionStrings.parse("mongodb://u:p@[::1]:27018,other:1/db");
    assertEquals("[::1]", parts.firstHost());
    assertEquals(27018, parts.firstPort());
    assertEquals(27017, ConnectionStrings.parse("mongodb+srv://cluster.example/db").firstPort());
    assertEquals(27017, ConnectionStrings.parse("mongodb://[::1]/db").firstPort());
  }

  @Test
  void redactsPasswords() {
    assertEquals(
        "mongodb://bob:*****@h:1/db?x=1",
        ConnectionStrings.redact("mongodb://bob:s3cr%40t@h:1/db?x=1"));
    assertEquals("mongodb://h:1/db", ConnectionStrings.redact("mongodb://h:1/db"));
    assertEquals("mongodb://bob@h/db", ConnectionStrings.redact("mongodb://bob@h/db"));
  }

  @Test
  void rejectsBadInputNamingTheFault() {
    IllegalArgumentException scheme =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConnectionStrings.parse("postgres://bob:secret@h/db"));
    assertTrue(scheme.getMessage().contains("must start with mongodb://"), scheme.getMessage());
    assertFalse(scheme.getMessage().contains("secret"), scheme.getMessage());

    IllegalArgumentException dot =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConnectionStrings.withDatabase("mongodb://h", "a.b"));
    assertEquals(
        "database name 'a.b' contains '.', which MongoDB does not allow in database names",
        dot.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> ConnectionStrings.withDatabase("mongodb://h", " "));
    assertThrows(
        IllegalArgumentException.class,
        () -> ConnectionStrings.withDatabase("mongodb://h", "x".repeat(64)));
    assertThrows(IllegalArgumentException.class, () -> ConnectionStrings.parse("mongodb:///db"));
  }

  @Test
  void freshNamesAreValidAndDistinct() {
    String a = DatabaseNames.fresh("Some$Test.With-Odd Chars" + "x".repeat(80));
    String b = DatabaseNames.fresh("Some$Test.With-Odd Chars" + "x".repeat(80));
    ConnectionStrings.checkDatabaseName(a);
    assertTrue(a.startsWith("t_Some_Test_With_Odd_Chars"), a);
    assertFalse(a.equals(b), "two calls must give two names");
  }
}
