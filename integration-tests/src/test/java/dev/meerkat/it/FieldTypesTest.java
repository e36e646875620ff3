package dev.meerkat.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every supported field type survives a round trip through the real driver and server. */
@MongoTest
class FieldTypesTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void everyTypeRoundTrips(MongoServer server) {
    AllTypesModel model = AllTypesModel.on(meerkat.connect(server.uri()).join());
    AllTypes in = sample();
    model.create(in);
    AllTypes out = model.findById(in.getId()).orElseThrow();

    assertEquals(in.isFlag(), out.isFlag());
    assertEquals(in.getB(), out.getB());
    assertEquals(in.getS(), out.getS());
    assertEquals(in.getC(), out.getC());
    assertEquals(in.getI(), out.getI());
    assertEquals(in.getL(), out.getL());
    assertEquals(in.getF(), out.getF());
    assertEquals(in.getD(), out.getD());
    assertEquals(in.getBoxedFlag(), out.getBoxedFlag());
    assertEquals(in.getBoxedInt(), out.getBoxedInt());
    assertNull(out.getBoxedLong(), "null fields stay null");
    assertEquals(in.getBoxedDouble(), out.getBoxedDouble());
    assertEquals(in.getText(), out.getText());
    assertEquals(in.getRef(), out.getRef());
    assertEquals(in.getInstant(), out.getInstant());
    assertEquals(in.getDate(), out.getDate());
    assertEquals(in.getLocalDate(), out.getLocalDate());
    assertEquals(in.getLocalDateTime(), out.getLocalDateTime());
    assertEquals(in.getBigDecimal(), out.getBigDecimal());
    assertEquals(in.getDecimal128(), out.getDecimal128());
    assertEquals(in.getUuid(), out.getUuid());
    assertArrayEquals(in.getBytes(), out.getBytes());
    assertEquals(in.getRole(), out.getRole());
    assertEquals(in.getStrings(), out.getStrings());
    assertEquals(in.getNumbers(), out.getNumbers());
    assertEquals(in.getRoles(), out.getRoles());
    assertEquals(in.getAddresses(), out.getAddresses());
    assertEquals(in.getScores(), out.getScores());
    assertEquals(in.getPlaces(), out.getPlaces());
    assertEquals(in.getHome(), out.getHome());
    assertEquals(in.getExtra(), out.getExtra());

    BsonDocument raw =
        model.connection().db().getCollection("alltypes", BsonDocument.class).find().first();
    assertEquals(
        new BsonBinary(BsonBinarySubType.UUID_STANDARD, toBytes(in.getUuid())),
        raw.getBinary("uuid"),
        "UUIDs are stored as standard binary subtype 4");
    assertEquals(
        in.getInstant().toEpochMilli(),
        raw.getDateTime("instant").getValue(),
        "Instants are BSON dates");
    assertEquals(
        in.getLocalDate().atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli(),
        raw.getDateTime("localDate").getValue(),
        "LocalDate is stored at UTC midnight, as the driver's codec does");
    assertTrue(raw.isDecimal128("bigDecimal"), "BigDecimal is stored as Decimal128");
    assertTrue(raw.isString("role"), "enums are stored by name");
  }

  private static byte[] toBytes(UUID uuid) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16);
    b.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
    return b.array();
  }

  private static AllTypes sample() {
    AllTypes t = new AllTypes();
    t.setId(new ObjectId());
    t.setFlag(true);
    t.setB((byte) 7);
    t.setS((short) -300);
    t.setC('λ');
    t.setI(Integer.MIN_VALUE);
    t.setL(Long.MAX_VALUE);
    t.setF(1.5f);
    t.setD(-2.25);
    t.setBoxedFlag(Boolean.FALSE);
    t.setBoxedInt(42);
    t.setBoxedDouble(0.1);
    t.setText("héllo");
    t.setRef(new ObjectId());
    t.setInstant(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    t.setDate(new Date(1_700_000_000_000L));
    t.setLocalDate(LocalDate.of(2024, 2, 29));
    t.setLocalDateTime(LocalDateTime.of(2024, 2, 29, 13, 14, 15, 16_000_000));
    t.setBigDecimal(new BigDecimal("12345.6789"));
    t.setDecimal128(Decimal128.parse("-0.001"));
    t.setUuid(UUID.randomUUID());
    t.setBytes(new byte[] {1, 2, 3, (byte) 0xff});
    t.setRole(Role.GUEST);
    t.setStrings(List.of("a", "b"));
    t.setNumbers(Set.of(1, 2, 3));
    t.setRoles(List.of(Role.ADMIN, Role.MEMBER));
    t.setAddresses(List.of(new Address("s1", "c1", "z1"), new Address("s2", null, null)));
    t.setScores(Map.of("x", 1.0, "y", 2.5));
    t.setPlaces(Map.of("home", new Address("h", "hc", "hz")));
    t.setHome(new Address("street", "city", "zip"));
    t.setExtra(new Document("free", "form").append("n", 1));
    return t;
  }
}
