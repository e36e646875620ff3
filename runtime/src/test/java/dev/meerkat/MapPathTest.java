package dev.meerkat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link MapPath#key}: the keys Meerkat stores name entries; the others are refused clearly. */
class MapPathTest {
  private final MapPath<Object, Integer> counters = new MapPath<>("counters", v -> v);

  @ParameterizedTest
  @ValueSource(strings = {"a", "a$", "a-b", "0", "é"})
  void aKeyMeerkatStoresNamesItsEntry(String key) {
    assertEquals("counters." + key, counters.key(key).path());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "$a", "$", "a.b", ".", "a\0b"})
  void aKeyMeerkatWouldNotStoreIsRefusedNamingTheMapAndTheKey(String key) {
    MeerkatException e = assertThrows(MeerkatException.class, () -> counters.key(key));
    assertTrue(e.getMessage().startsWith("Map key \"" + key + "\" of counters"), e.getMessage());
    assertTrue(e.getMessage().contains("Filter.raw"), e.getMessage());
  }
}
