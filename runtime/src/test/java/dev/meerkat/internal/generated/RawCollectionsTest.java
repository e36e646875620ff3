package dev.meerkat.internal.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonBinaryReader;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.io.BsonInput;
import org.junit.jupiter.api.Test;

/** The runtime readers of whole array and map fields, over the raw bytes of one field "v". */
class RawCollectionsTest {
  /** The input positioned after the name of the only field, {@code v}, and its type byte. */
  private static Field field(String json) {
    RawBsonDocument raw = new RawBsonDocument(BsonDocument.parse(json), new BsonDocumentCodec());
    ByteBuffer bytes = raw.getByteBuffer().asNIO();
    BsonInput input = new BsonBinaryReader(bytes).getBsonInput();
    RawBson.startDocument(input);
    byte type = input.readByte();
    input.skipCString();
    return new Field(input, type);
  }

  private record Field(BsonInput input, byte type) {}

  @Test
  void readsListsWithNullElementsAndCastsElements() {
    Field f = field("{v: ['a', null, 3]}");
    assertEquals(Arrays.asList("a", null, "3"), RawCollections.stringList(f.input(), f.type()));
    f = field("{v: [1, null, {$numberLong: '2'}, 3.0]}");
    assertEquals(Arrays.asList(1, null, 2, 3), RawCollections.intList(f.input(), f.type()));
    f = field("{v: [true, null]}");
    assertEquals(Arrays.asList(true, null), RawCollections.booleanList(f.input(), f.type()));
  }

  @Test
  void readsSetsInOrderAndRefusesAnElementThatReadsAsAnEarlierOne() {
    Field f = field("{v: [{$numberLong: '3'}, 1, 2]}");
    Set<Long> read = RawCollections.longSet(f.input(), f.type());
    assertInstanceOf(LinkedHashSet.class, read);
    assertEquals(List.of(3L, 1L, 2L), List.copyOf(read));
    // 3 and 3L would be one element: the Set (and a save of it) would drop one.
    Field g = field("{v: [{$numberLong: '3'}, 1, 3]}");
    CastFailure failure =
        assertThrows(CastFailure.class, () -> RawCollections.longSet(g.input(), g.type()));
    assertEquals("2", failure.path());
  }

  @Test
  void aNullFieldReadsAsNullForEveryShape() {
    Field f = field("{v: null}");
    assertNull(RawCollections.doubleList(f.input(), f.type()));
    f = field("{v: null}");
    assertNull(RawCollections.list(f.input(), f.type(), RawBson::readInstant));
    f = field("{v: null}");
    assertNull(RawMaps.intMap(f.input(), f.type()));
  }

  @Test
  void anElementThatCannotBeCastFailsWithItsIndexAndTheInputStaysReadable() {
    Field f = field("{v: [1, 2, 'x']}");
    CastFailure failure =
        assertThrows(CastFailure.class, () -> RawCollections.intList(f.input(), f.type()));
    assertEquals("2", failure.path());
    Field g = field("{v: 'x'}");
    CastFailure notArray =
        assertThrows(CastFailure.class, () -> RawCollections.stringSet(g.input(), g.type()));
    assertEquals("", notArray.path());
  }

  @Test
  void readsMapsKeepingKeyOrderAndNullValues() {
    Field f = field("{v: {b: 1, a: null, c: 2.0}}");
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("b", 1);
    expected.put("a", null);
    expected.put("c", 2);
    Map<String, Integer> read = RawMaps.intMap(f.input(), f.type());
    assertEquals(expected, read);
    assertEquals(List.of("b", "a", "c"), List.copyOf(read.keySet()));
  }

  @Test
  void aMapValueThatCannotBeCastFailsWithItsKey() {
    Field f = field("{v: {a: 'x', b: 'y'}}");
    CastFailure failure =
        assertThrows(CastFailure.class, () -> RawMaps.doubleMap(f.input(), f.type()));
    assertEquals("a", failure.path());
    Field g = field("{v: [1]}");
    assertThrows(CastFailure.class, () -> RawMaps.stringMap(g.input(), g.type()));
  }
}
