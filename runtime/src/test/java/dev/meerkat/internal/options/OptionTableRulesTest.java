package dev.meerkat.internal.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.ConfigurationException;
import dev.meerkat.ConnectionOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link OptionTable} that are not per option: flags against the documented rules,
 * names and order, rules between options, the int range, and Mongoose's {@code auth} map.
 */
class OptionTableRulesTest {

  /**
   * The table's flags against the rules written down independently: Meerkat's own options are
   * Mongoose's connection options that the driver does not take from a URI, and of those only
   * {@code family} changes the driver's settings (its address resolver); a secret is any option
   * holding a password.
   */
  @Test
  void ownSecretAndDriverFlagsMatchTheDocumentedRules() {
    Set<String> own = new TreeSet<>();
    Set<String> ownReachingTheDriver = new TreeSet<>();
    Set<String> secret = new TreeSet<>();
    Set<String> secretByName = new TreeSet<>();
    for (Option<?> option : OptionTable.all()) {
      if (option.meerkatOwn()) {
        own.add(option.name());
        if (option.reachesTheDriver()) {
          ownReachingTheDriver.add(option.name());
        }
      }
      if (option.secret()) {
        secret.add(option.name());
      }
      if (option.name().toLowerCase(Locale.ROOT).contains("pass")) {
        secretByName.add(option.name());
      }
    }
    assertEquals(
        new TreeSet<>(
            List.of(
                "bufferCommands",
                "bufferTimeoutMS",
                "autoIndex",
                "autoCreate",
                "dbName",
                "user",
                "pass",
                "debug",
                "family",
                "executor",
                "driverSettings")),
        own);
    assertEquals(Set.of("family"), ownReachingTheDriver);
    assertEquals(Set.of("pass"), secret);
    assertEquals(secretByName, secret);
  }

  @Test
  void toStringListsTheSetOptionsInTheTablesOrder() {
    ConnectionOptions options =
        ConnectionOptions.builder()
            .maxPoolSize(4)
            .user("ann")
            .pass("pw")
            .bufferCommands(false)
            .build();
    assertEquals(
        "ConnectionOptions{bufferCommands=false, user=ann, pass=<hidden>, maxPoolSize=4}",
        options.toString());
    assertEquals("ConnectionOptions{}", ConnectionOptions.defaults().toString());
  }

  @Test
  void poolSizesMayBeEqualAndAnyMinimumFitsUnderAnUnlimitedMaximum() {
    assertEquals(
        3, ConnectionOptions.builder().minPoolSize(3).maxPoolSize(3).build().minPoolSize());
    assertEquals(
        9, ConnectionOptions.builder().minPoolSize(9).maxPoolSize(0).build().minPoolSize());
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> ConnectionOptions.builder().minPoolSize(4).maxPoolSize(3).build());
    assertEquals("minPoolSize (4) must not exceed maxPoolSize (3)", e.getMessage());
  }

  @Test
  void anIntegerOptionTakesExactlyTheIntRange() {
    assertEquals(
        Integer.MAX_VALUE,
        ConnectionOptions.fromMap(Map.of("maxPoolSize", String.valueOf(Integer.MAX_VALUE)))
            .maxPoolSize());
    ConfigurationException over =
        assertThrows(
            ConfigurationException.class,
            () -> ConnectionOptions.fromMap(Map.of("maxPoolSize", "2147483648")));
    assertEquals(
        "Option maxPoolSize has value \"2147483648\" (String); expected an integer",
        over.getMessage());
    ConfigurationException under =
        assertThrows(
            ConfigurationException.class,
            () -> ConnectionOptions.fromMap(Map.of("family", Long.valueOf(Integer.MIN_VALUE) - 1)));
    assertTrue(
        under.getMessage().startsWith("Option family has value -2147483649"), under.getMessage());
    ConfigurationException min =
        assertThrows(
            ConfigurationException.class,
            () -> ConnectionOptions.fromMap(Map.of("family", Integer.MIN_VALUE)));
    assertEquals("family must be 4 (IPv4) or 6 (IPv6): -2147483648", min.getMessage());
  }

  @Test
  void authMustBeAMapAndItsValueIsNeverShown() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> ConnectionOptions.fromMap(Map.of("auth", "ann:hunter2")));
    assertEquals(
        "Option auth has value a String; expected a map with username and password",
        e.getMessage());
    ConfigurationException unknown =
        assertThrows(
            ConfigurationException.class,
            () -> ConnectionOptions.fromMap(Map.of("auth", Map.of("pwd", "hunter2"))));
    assertEquals("Unknown option auth.pwd; auth takes username and password", unknown.getMessage());
    ConfigurationException secretKey =
        assertThrows(
            ConfigurationException.class,
            () -> ConnectionOptions.fromMap(Map.of("auth", Map.of("hunter2:ann@x", "y"))));
    assertEquals(
        "Unknown option auth.<hidden>; auth takes username and password", secretKey.getMessage());
  }

  @Test
  void namesAreUniqueAndInTheTablesOrder() {
    List<String> names = new ArrayList<>();
    OptionTable.all().forEach(o -> names.add(o.name()));
    assertEquals(names.size(), names.stream().distinct().count(), names::toString);
    List<String> readerNames = new ArrayList<>(OptionsMapReader.names());
    assertEquals(names, readerNames.subList(0, names.size()));
    assertEquals(List.of("auth"), readerNames.subList(names.size(), readerNames.size()));
  }
}
