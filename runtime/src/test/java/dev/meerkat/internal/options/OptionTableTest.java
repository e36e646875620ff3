package dev.meerkat.internal.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoClientSettings;
import com.mongodb.ReadPreference;
import dev.meerkat.ConfigurationException;
import dev.meerkat.ConnectionOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every option of {@link OptionTable} goes through every path that the table drives: the typed
 * builder method and accessor, {@code fromMap}, {@code equals}/{@code hashCode}, {@code toString}
 * (with redaction), {@code withOverrides}, the URI's query string and the driver's settings. A test
 * per option, so a new entry is covered without writing a test for it.
 */
class OptionTableTest {
  private static final Executor EXECUTOR_A = Runnable::run;
  private static final Executor EXECUTOR_B = command -> new Thread(command).start();
  private static final Consumer<MongoClientSettings.Builder> SETTINGS_A =
      b -> b.applicationName("a");
  private static final Consumer<MongoClientSettings.Builder> SETTINGS_B =
      b -> b.applicationName("b");

  static Stream<Option<?>> options() {
    return OptionTable.all().stream();
  }

  static Stream<Option<?>> uriOptions() {
    return options().filter(o -> !o.meerkatOwn());
  }

  /** Two different valid values of {@code option}'s type ({@code which} 0 or 1). */
  private static <T> T sample(Option<T> option, int which) {
    ValueType<T> type = option.type();
    Object value;
    if (type == ValueType.BOOLEAN) {
      value = which == 0;
    } else if (type == ValueType.INTEGER) {
      value = which == 0 ? 4 : 6; // both valid for family too
    } else if (type == ValueType.MILLIS) {
      value = which == 0 ? 1500L : 2500L;
    } else if (type == ValueType.STRING) {
      value = which == 0 ? "valueA1" : "valueB2";
    } else if (type == ValueType.READ_PREFERENCE) {
      value = which == 0 ? ReadPreference.nearest() : ReadPreference.primaryPreferred();
    } else if (type == ValueType.EXECUTOR) {
      value = which == 0 ? EXECUTOR_A : EXECUTOR_B;
    } else if (type == ValueType.DRIVER_SETTINGS) {
      value = which == 0 ? SETTINGS_A : SETTINGS_B;
    } else {
      throw new AssertionError("no sample values for the type of " + option);
    }
    return type.javaType().cast(value);
  }

  /**
   * A builder with {@code option} set, plus {@code user} when it is {@code pass} (pass needs it).
   */
  private static <T> ConnectionOptions.Builder with(Option<T> option, int which) {
    ConnectionOptions.Builder b = ConnectionOptions.builder();
    if (option == OptionTable.PASS) {
      b.user("someUser");
    }
    option.set(b, sample(option, which));
    return b;
  }

  private static <T> ConnectionOptions.Builder set(Option<T> option, ConnectionOptions.Builder b) {
    return option.set(b, sample(option, 1));
  }

  private static Map<String, Object> mapWith(Option<?> option, Object value) {
    Map<String, Object> map = new LinkedHashMap<>();
    if (option == OptionTable.PASS) {
      map.put("user", "someUser");
    }
    map.put(option.name(), value);
    return map;
  }

  /** How the value is written in a URI or a properties file. */
  private static String text(Object value) {
    return value instanceof ReadPreference readPreference
        ? readPreference.getName()
        : String.valueOf(value);
  }

  private static boolean hasTextForm(Option<?> option) {
    return option.type() != ValueType.EXECUTOR && option.type() != ValueType.DRIVER_SETTINGS;
  }

  @ParameterizedTest
  @MethodSource("options")
  void builderMethodAndAccessorUseTheOptionsOwnSlot(Option<?> option) {
    ConnectionOptions.Builder builder = ConnectionOptions.builder();
    assertSame(builder, set(option, builder), "the builder method returns its builder");
    ConnectionOptions built = with(option, 0).build();
    assertEquals(sample(option, 0), option.get(built));
    for (Option<?> other : OptionTable.all()) {
      if (other != option && !(option == OptionTable.PASS && other == OptionTable.USER)) {
        assertNull(other.get(built), other + " is set by setting " + option);
      }
    }
    assertEquals(built, ConnectionOptions.builder(built).build());
  }

  @ParameterizedTest
  @MethodSource("options")
  void fromMapAcceptsTheNameWithATypedValueOrItsText(Option<?> option) {
    Object value = sample(option, 1);
    assertEquals(value, option.get(ConnectionOptions.fromMap(mapWith(option, value))));
    if (hasTextForm(option)) {
      assertEquals(value, option.get(ConnectionOptions.fromMap(mapWith(option, text(value)))));
    }
    assertTrue(
        OptionsMapReader.names().contains(option.name()), OptionsMapReader.names()::toString);
  }

  @ParameterizedTest
  @MethodSource("options")
  void fromMapNamesTheOptionForAValueOfTheWrongType(Option<?> option) {
    Object wrong = option.type() == ValueType.STRING ? 12345 : new Object();
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class, () -> ConnectionOptions.fromMap(mapWith(option, wrong)));
    assertTrue(
        e.getMessage().startsWith("Option " + option.name() + " has value "), e.getMessage());
    assertFalse(option.type().expected().isBlank());
    assertTrue(e.getMessage().endsWith("; expected " + option.type().expected()), e.getMessage());
    assertEquals(option.secret(), !e.getMessage().contains(String.valueOf(wrong)), e.getMessage());
  }

  @ParameterizedTest
  @MethodSource("options")
  void equalsAndHashCodeSeeTheOption(Option<?> option) {
    ConnectionOptions a = with(option, 0).build();
    assertEquals(a, with(option, 0).build());
    assertEquals(a.hashCode(), with(option, 0).build().hashCode());
    assertNotEquals(a, with(option, 1).build());
    assertNotEquals(a.hashCode(), with(option, 1).build().hashCode());
    ConnectionOptions unset =
        option == OptionTable.PASS
            ? ConnectionOptions.builder().user("someUser").build()
            : ConnectionOptions.defaults();
    assertNotEquals(unset, a);
  }

  @ParameterizedTest
  @MethodSource("options")
  void toStringShowsTheOptionAndHidesASecret(Option<?> option) {
    Object value = sample(option, 0);
    String shown = with(option, 0).build().toString();
    if (option.secret()) {
      assertTrue(shown.contains(option.name() + "=<hidden>"), shown);
      assertFalse(shown.contains(text(value)), shown);
    } else {
      assertTrue(shown.contains(option.name() + "=" + value), shown);
    }
    assertFalse(ConnectionOptions.defaults().toString().contains(option.name()));
  }

  @ParameterizedTest
  @MethodSource("options")
  void withOverridesTakesTheOptionWhenSetAndKeepsItWhenNot(Option<?> option) {
    ConnectionOptions a = with(option, 0).build();
    ConnectionOptions b = with(option, 1).build();
    assertEquals(b, a.withOverrides(b));
    assertEquals(a, a.withOverrides(ConnectionOptions.defaults()));
    assertEquals(a, ConnectionOptions.defaults().withOverrides(a));
  }

  @ParameterizedTest
  @MethodSource("options")
  void aValueBreakingTheRuleIsRejectedNamingTheOption(Option<?> option) {
    Object bad;
    // maxConnecting and heartbeatFrequencyMS start at 1 (the driver refuses 0); the others at 0.
    int low =
        option == OptionTable.MAX_CONNECTING || option == OptionTable.HEARTBEAT_FREQUENCY_MS
            ? 1
            : 0;
    if (option == OptionTable.FAMILY) {
      bad = 5;
    } else if (option.type() == ValueType.INTEGER) {
      bad = low - 1;
    } else if (option.type() == ValueType.MILLIS) {
      bad = low - 1L;
    } else {
      ConfigurationException nulled =
          assertThrows(
              ConfigurationException.class, () -> ConnectionOptions.fromMap(mapWith(option, null)));
      assertTrue(nulled.getMessage().contains(option.name() + " is null"), nulled.getMessage());
      return;
    }
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class, () -> ConnectionOptions.fromMap(mapWith(option, bad)));
    assertTrue(e.getMessage().startsWith(option.name() + " must "), e.getMessage());
    // The other side of the boundary: the lowest valid value is accepted.
    Object lowest = option == OptionTable.FAMILY ? 4 : low;
    assertEquals(
        ((Number) lowest).longValue(),
        ((Number) option.get(ConnectionOptions.fromMap(mapWith(option, lowest)))).longValue());
    assertTrue(e.getMessage().endsWith(": " + bad), e.getMessage());
  }

  @ParameterizedTest
  @MethodSource("options")
  void meerkatsOwnOptionsAreIgnoredInTheUriAndDriverOptionsRead(Option<?> option) {
    Object value = sample(option, 0);
    String uri =
        "mongodb://h1/app?" + option.name() + "=" + (hasTextForm(option) ? text(value) : "x");
    if (option.meerkatOwn()) {
      ResolvedSettings r = ClientSettingsFactory.resolve(uri, ConnectionOptions.defaults());
      assertNull(option.get(r.effective()), r.effective()::toString);
      assertTrue(
          r.warnings().stream()
              .anyMatch(w -> w.startsWith("Option " + option.name() + " in the URI query string")),
          r.warnings()::toString);
      assertTrue(OptionNames.MEERKAT_OWN.contains(option.name()));
      assertFalse(OptionNames.DRIVER_URI.contains(option.name()));
    } else {
      ResolvedSettings r = ClientSettingsFactory.resolve(uri, ConnectionOptions.defaults());
      assertEquals(value, option.get(r.effective()));
      assertEquals(List.of(), r.warnings());
      assertTrue(OptionNames.DRIVER_URI.contains(option.name()));
      assertFalse(OptionNames.MEERKAT_OWN.contains(option.name()));
    }
  }

  @ParameterizedTest
  @MethodSource("uriOptions")
  void theUriFormAndTheObjectFormMakeTheSameDriverSettings(Option<?> option) {
    Object value = sample(option, 0);
    ResolvedSettings fromUri =
        ClientSettingsFactory.resolve(
            "mongodb://h1/app?" + option.name() + "=" + text(value), ConnectionOptions.defaults());
    ResolvedSettings fromObject =
        ClientSettingsFactory.resolve("mongodb://h1/app", with(option, 0).build());
    assertEquals(fromObject.effective(), fromUri.effective());
    assertEquals(fromObject.settings().build(), fromUri.settings().build());
  }

  @ParameterizedTest
  @MethodSource("options")
  void anOptionWithADriverSetterChangesTheDriversSettings(Option<?> option) {
    MongoClientSettings none =
        ClientSettingsFactory.resolve("mongodb://h1/app", ConnectionOptions.defaults())
            .settings()
            .build();
    ConnectionOptions.Builder b = with(option, 0);
    boolean credential = option == OptionTable.USER || option == OptionTable.PASS;
    if (credential) {
      b.user("someUser").pass("somePass"); // they reach the driver as its credential
    }
    MongoClientSettings set =
        ClientSettingsFactory.resolve("mongodb://h1/app", b.build()).settings().build();
    assertEquals(option.reachesTheDriver() || credential, !set.equals(none), option::toString);
    if (!option.meerkatOwn() && option != OptionTable.AUTH_SOURCE) {
      // A driver option must reach the driver; authSource does so only inside a credential.
      assertTrue(option.reachesTheDriver(), option + " is a driver option but reaches no setter");
    }
  }

  @ParameterizedTest
  @MethodSource("options")
  void aBuilderMethodTakingAnObjectRejectsNullNamingTheOption(Option<?> option) {
    if (option.type() == ValueType.BOOLEAN
        || option.type() == ValueType.INTEGER
        || option.type() == ValueType.MILLIS) {
      return; // the builder method takes a primitive
    }
    NullPointerException e =
        assertThrows(
            NullPointerException.class, () -> option.set(ConnectionOptions.builder(), null));
    assertEquals(option.name() + " == null", e.getMessage());
  }

  @ParameterizedTest
  @MethodSource("options")
  void everyOptionStatesItsDefault(Option<?> option) {
    assertFalse(option.defaultValue().isBlank(), option::toString);
    assertEquals(option.name(), option.toString());
    assertSame(option, OptionTable.named(option.name()));
  }
}
