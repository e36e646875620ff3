package dev.meerkat.internal.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.bson.ByteBufNIO;
import org.bson.io.BsonInput;
import org.bson.io.ByteBufferBsonInput;
import org.junit.jupiter.api.Test;

class EnumNamesTest {
  enum Level {
    LOW,
    LOWER,
    LO,
    HIGH,
    ÜBER,
    ÜBEL
  }

  private final EnumNames<Level> levels = new EnumNames<>(Level.class, Level.values());

  /** BSON string values (length, UTF-8 bytes, zero) followed by a marker byte. */
  private static BsonInput strings(String... values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String value : values) {
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      out.writeBytes(
          ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length + 1).array());
      out.writeBytes(bytes);
      out.write(0);
    }
    out.write(42);
    return new ByteBufferBsonInput(new ByteBufNIO(ByteBuffer.wrap(out.toByteArray())));
  }

  @Test
  void readsEveryConstantIncludingPrefixesOfOthersAndNonAscii() {
    BsonInput input = strings("LOWER", "LO", "LOW", "ÜBEL", "HIGH", "ÜBER", "LOW");
    for (Level expected :
        new Level[] {
          Level.LOWER, Level.LO, Level.LOW, Level.ÜBEL, Level.HIGH, Level.ÜBER, Level.LOW
        }) {
      assertSame(expected, levels.read(input, RawBson.STRING));
    }
    assertEquals(42, input.readByte());
  }

  @Test
  void anUnknownValueIsACastFailureNamingTheValue() {
    for (String unknown :
        new String[] {"LOWEST", "L", "", "HIGHER", "low", "ÜB", "ÜBERALL", "MEDIUM", "LO\0W"}) {
      BsonInput input = strings(unknown, "HIGH");
      CastFailure fast = assertThrows(CastFailure.class, () -> levels.read(input, RawBson.STRING));
      assertEquals(
          "Cast to Level failed for value \""
              + unknown
              + "\" (type string) at path \"level\" for model \"M\"",
          fast.at("level").toException("M", null).getMessage());
      assertSame(
          Level.HIGH, levels.read(input, RawBson.STRING), "the unknown value is consumed entirely");
    }
  }

  @Test
  void rejectsAValueThatIsNotAString() {
    CastFailure e =
        assertThrows(CastFailure.class, () -> levels.read(strings("LOW"), RawBson.INT32));
    assertEquals(
        "Cast to Level failed for value 4 (type int) at path \"level\" for model \"M\"",
        e.at("level").toException("M", null).getMessage(),
        "the string's length read as an int32");
  }

  enum Long {
    ACCOUNT_SUSPENDED_FOR_REVIEW,
    ACCOUNT_SUSPENDED_FOR_REVIEX,
    ACCOUNT_SUSPENDED_PENDING
  }

  @Test
  void readsLongConstantsThatDifferOnlyInTheirLastByteAndRefusesANear_Miss() {
    EnumNames<Long> longs = new EnumNames<>(Long.class, Long.values());
    BsonInput input =
        strings(
            "ACCOUNT_SUSPENDED_FOR_REVIEX",
            "ACCOUNT_SUSPENDED_PENDING",
            "ACCOUNT_SUSPENDED_FOR_REVIEW",
            "ACCOUNT_SUSPENDED_FOR_REVIEY",
            "ACCOUNT_SUSPENDED_PENDING");
    assertSame(Long.ACCOUNT_SUSPENDED_FOR_REVIEX, longs.read(input, RawBson.STRING));
    assertSame(Long.ACCOUNT_SUSPENDED_PENDING, longs.read(input, RawBson.STRING));
    assertSame(Long.ACCOUNT_SUSPENDED_FOR_REVIEW, longs.read(input, RawBson.STRING));
    CastFailure miss = assertThrows(CastFailure.class, () -> longs.read(input, RawBson.STRING));
    assertEquals(
        "Cast to Long failed for value \"ACCOUNT_SUSPENDED_FOR_REVIEY\" (type string) at path"
            + " \"state\" for model \"M\"",
        miss.at("state").toException("M", null).getMessage());
    assertSame(Long.ACCOUNT_SUSPENDED_PENDING, longs.read(input, RawBson.STRING));
    assertEquals(42, input.readByte());
  }
}
