package dev.meerkat.it.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.ValidationException;
import dev.meerkat.it.Address;
import dev.meerkat.it.Role;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The types added with issue 9, through generated models, the real driver and a real server. */
@MongoTest
class NewTypesTest {
  private static final OffsetDateTime OPENED =
      OffsetDateTime.parse("2024-03-01T09:30:00.250-05:00");
  private static final ZonedDateTime LOGIN =
      ZonedDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneId.of("Asia/Tokyo"));
  private static final UUID PHONE = UUID.fromString("00000000-0000-4000-8000-000000000001");

  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private Connection conn;
  private SubscriberModel accounts;

  @BeforeEach
  void open(MongoServer server) {
    conn = meerkat.connect(server.uri()).join();
    accounts = SubscriberModel.on(conn);
    accounts.deleteMany(Filter.empty());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private static Subscriber full(ObjectId voter) {
    return new Subscriber(
        null,
        Optional.of("ada@example.com"),
        Optional.of("ada"),
        Optional.of(Role.ADMIN),
        Optional.of(new Address("1 Loop Rd", "London", "N1")),
        OPENED,
        LOGIN,
        Map.of(Role.MEMBER, 3),
        Map.of(PHONE, "phone"),
        Map.of(voter, 1));
  }

  @Test
  void everyNewTypeRoundTripsAndIsStoredAsOtherToolsExpect() {
    ObjectId voter = new ObjectId();
    Subscriber in = accounts.create(full(voter));
    Subscriber out = accounts.findById(in.id()).orElseThrow();

    assertEquals(in.email(), out.email());
    assertEquals(in.nick(), out.nick());
    assertEquals(in.role(), out.role());
    assertEquals(in.billing(), out.billing());
    assertEquals(in.limits(), out.limits());
    assertEquals(in.devices(), out.devices());
    assertEquals(in.votes(), out.votes());
    assertTrue(out.openedAt().isEqual(OPENED), "same instant");
    assertEquals(ZoneOffset.UTC, out.openedAt().getOffset(), "the offset is not stored");
    assertEquals(LOGIN.toInstant(), out.lastLogin().toInstant());
    assertEquals(ZoneOffset.UTC, out.lastLogin().getZone(), "the zone is not stored");
    assertEquals(out, accounts.findByEmail("ada@example.com").orElseThrow());

    Document raw = conn.db().getCollection("subscribers").find().first();
    assertEquals(Date.from(OPENED.toInstant()), raw.getDate("openedAt"));
    assertEquals(Date.from(LOGIN.toInstant()), raw.getDate("lastLogin"));
    assertEquals(new Document("MEMBER", 3), raw.get("limits", Document.class));
    assertEquals(new Document(PHONE.toString(), "phone"), raw.get("devices", Document.class));
    assertEquals(new Document(voter.toHexString(), 1), raw.get("votes", Document.class));
    assertEquals("ADMIN", raw.getString("role"));
  }

  @Test
  void emptyOptionalsAreMissingKeysAndMissingKeysAreEmptyOptionals() {
    Subscriber in =
        accounts.create(
            new Subscriber(
                null,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                null,
                null,
                null,
                null,
                null));
    Document raw = conn.db().getCollection("subscribers").find().first();
    assertEquals(java.util.Set.of("_id", "__v"), raw.keySet());

    conn.db()
        .getCollection("subscribers")
        .insertOne(new Document("_id", new ObjectId()).append("nick", null));
    for (Subscriber out : accounts.find().list()) {
      assertEquals(Optional.empty(), out.email());
      assertEquals(Optional.empty(), out.nick());
      assertEquals(Optional.empty(), out.billing());
    }
    assertEquals(2, accounts.countDocuments(SubscriberSchema.EMAIL.exists(false)));
    assertEquals(in, accounts.findById(in.id()).orElseThrow());
  }

  @Test
  void typedPathsOfOptionalAndTimeFieldsTakeTheValueType() {
    accounts.create(full(new ObjectId()));
    assertEquals(1, accounts.countDocuments(SubscriberSchema.NICK.eq("ada")));
    assertEquals(
        1, accounts.countDocuments(SubscriberSchema.OPENED_AT.lt(OPENED.plusNanos(1_000_000))));
    assertEquals(0, accounts.countDocuments(SubscriberSchema.OPENED_AT.gt(OPENED)));
    assertEquals(
        1,
        accounts.countDocuments(
            SubscriberSchema.LAST_LOGIN.eq(LOGIN.withZoneSameInstant(ZoneOffset.UTC))));
    assertEquals(1, accounts.countDocuments(SubscriberSchema.ROLE.eq(Role.ADMIN)));
  }

  @Test
  void validatorsApplyToThePresentValue() {
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                accounts.create(
                    new Subscriber(
                        null,
                        Optional.empty(),
                        Optional.of("much-too-long"),
                        Optional.empty(),
                        Optional.empty(),
                        null,
                        null,
                        null,
                        null,
                        null)));
    assertEquals("nick", error.errors().get(0).path());
    assertEquals(0, accounts.countDocuments());
  }

  @Test
  void inheritedFieldsAreStoredAndRead() {
    InvoiceModel invoices = InvoiceModel.on(conn);
    invoices.deleteMany(Filter.empty());
    Invoice invoice = new Invoice();
    invoice.cents = 1250;
    invoice.createdBy = "ann";
    invoice.setCreatedAt(Instant.parse("2024-01-01T00:00:00Z"));
    invoices.create(invoice);

    Invoice back = invoices.findById(invoice.id).orElseThrow();
    assertEquals("ann", back.createdBy);
    assertEquals(Instant.parse("2024-01-01T00:00:00Z"), back.getCreatedAt());
    assertEquals(Optional.empty(), back.note, "a missing key reads as an empty Optional, not null");
    Document raw = conn.db().getCollection("invoices").find().first();
    assertEquals("ann", raw.getString("createdBy"));
    assertFalse(raw.containsKey("note"));
    assertNotEquals(null, raw.getDate("createdAt"));
  }
}
