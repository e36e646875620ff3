package dev.meerkat.processor;

import static com.google.common.truth.Truth.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.meerkat.FieldPath;
import dev.meerkat.Schema;
import dev.meerkat.StringPath;
import dev.meerkat.ValidationError;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Optional fields, OffsetDateTime/ZonedDateTime and maps keyed by enums, UUIDs and ObjectIds: what
 * is stored, what is read back through both decoders, and a round trip through the driver and
 * server.
 */
@MongoTest
class OptionalAndTimeTypesTest {
  private static final ObjectId ID = new ObjectId("65a000000000000000000009");
  private static final UUID DEVICE = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
  private static final ObjectId TAG_ID = new ObjectId("65a0000000000000000000aa");
  private static final OffsetDateTime SEEN = OffsetDateTime.parse("2024-05-06T10:15:30.123+02:00");
  private static final ZonedDateTime BORN =
      ZonedDateTime.of(2000, 1, 2, 3, 4, 5, 0, ZoneId.of("Europe/Paris"));

  private static Loaded loaded;
  private static Schema<Object> profiles;

  @BeforeAll
  static void compile() {
    loaded = TypeFixtures.loaded();
    profiles = loaded.schema("types.ProfileSchema");
  }

  private static Object tier(String name) {
    return enumConstant("types.Profile$Tier", name);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(String type, String name) {
    return Enum.valueOf((Class) loaded.type(type), name);
  }

  private static Object tag(String label) {
    return construct("types.Tag", label);
  }

  private static Object construct(String type, Object... args) {
    try {
      Class<?> cls = loaded.type(type);
      RecordComponent[] components = cls.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
      }
      return cls.getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object full() {
    Map<Object, Integer> quota = new LinkedHashMap<>();
    quota.put(tier("GOLD"), 5);
    return construct(
        "types.Profile",
        ID,
        Optional.of("ada"),
        Optional.of(36),
        Optional.of(tier("GOLD")),
        Optional.of(tag("vip")),
        Optional.of(List.of("a", "b")),
        Optional.of("ada@example.com"),
        SEEN,
        BORN,
        quota,
        Map.of(DEVICE, "phone"),
        Map.of(TAG_ID, tag("red")));
  }

  private static Object empty() {
    try {
      return loaded.type("types.Profile").getMethod("empty", ObjectId.class).invoke(null, ID);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void presentOptionalsAreStoredAsTheirValuesAndTimesAsDatesOfTheInstant() {
    BsonDocument doc = Loaded.encode(profiles, full());

    assertThat(doc.get("nick")).isEqualTo(new BsonString("ada"));
    assertThat(doc.get("age")).isEqualTo(new BsonInt32(36));
    assertThat(doc.get("tier")).isEqualTo(new BsonString("GOLD"));
    assertThat(doc.getDocument("badge").getString("label").getValue()).isEqualTo("vip");
    assertThat(doc.getArray("aliases").size()).isEqualTo(2);
    assertThat(doc.get("seenAt")).isEqualTo(new BsonDateTime(SEEN.toInstant().toEpochMilli()));
    assertThat(doc.get("bornAt")).isEqualTo(new BsonDateTime(BORN.toInstant().toEpochMilli()));
    assertThat(doc.getDocument("quota")).isEqualTo(BsonDocument.parse("{GOLD: 5}"));
    assertThat(doc.getDocument("devices"))
        .isEqualTo(BsonDocument.parse("{'" + DEVICE + "': 'phone'}"));
    assertThat(doc.getDocument("tagsById").keySet()).containsExactly(TAG_ID.toHexString());
    assertThat(
            doc.getDocument("tagsById")
                .getDocument(TAG_ID.toHexString())
                .getString("label")
                .getValue())
        .isEqualTo("red");
  }

  @Test
  void emptyOptionalsWriteNoKey() {
    BsonDocument doc = Loaded.encode(profiles, empty());

    assertThat(doc.keySet()).containsExactly("_id", "__v");
  }

  @Test
  void bothDecodersReadBackWhatWasWritten() {
    BsonDocument doc = Loaded.encode(profiles, full());
    for (Object back : List.of(Loaded.decode(profiles, doc), Loaded.decodeRaw(profiles, doc))) {
      assertThat(Loaded.component(back, "nick")).isEqualTo(Optional.of("ada"));
      assertThat(Loaded.component(back, "age")).isEqualTo(Optional.of(36));
      assertThat(Loaded.component(back, "tier")).isEqualTo(Optional.of(tier("GOLD")));
      assertThat(Loaded.component(back, "badge")).isEqualTo(Optional.of(tag("vip")));
      assertThat(Loaded.component(back, "aliases")).isEqualTo(Optional.of(List.of("a", "b")));
      assertThat(Loaded.component(back, "quota")).isEqualTo(Map.of(tier("GOLD"), 5));
      assertThat(Loaded.component(back, "devices")).isEqualTo(Map.of(DEVICE, "phone"));
      assertThat(Loaded.component(back, "tagsById")).isEqualTo(Map.of(TAG_ID, tag("red")));
    }
  }

  @Test
  void timesComeBackAsTheSameInstantAtUtcLosingTheOffsetAndZone() {
    BsonDocument doc = Loaded.encode(profiles, full());
    for (Object back : List.of(Loaded.decode(profiles, doc), Loaded.decodeRaw(profiles, doc))) {
      OffsetDateTime seen = (OffsetDateTime) Loaded.component(back, "seenAt");
      ZonedDateTime born = (ZonedDateTime) Loaded.component(back, "bornAt");
      assertThat(seen.isEqual(SEEN)).isTrue();
      assertThat(seen.getOffset()).isEqualTo(ZoneOffset.UTC);
      assertThat(seen).isNotEqualTo(SEEN);
      assertThat(born.toInstant()).isEqualTo(BORN.toInstant());
      assertThat(born.getZone()).isEqualTo(ZoneOffset.UTC);
    }
  }

  @Test
  void timesKeepMillisecondsOnly() {
    OffsetDateTime precise = OffsetDateTime.parse("2024-05-06T10:15:30.123456789Z");
    Object profile = Loaded.with(empty(), "seenAt", precise);
    Object back = Loaded.decodeRaw(profiles, Loaded.encode(profiles, profile));

    assertThat(Loaded.component(back, "seenAt"))
        .isEqualTo(OffsetDateTime.parse("2024-05-06T10:15:30.123Z"));
  }

  @Test
  void missingAndNullKeysReadAsEmptyOptionals() {
    BsonDocument missing = new BsonDocument("_id", new org.bson.BsonObjectId(ID));
    BsonDocument nulls =
        missing
            .clone()
            .append("nick", BsonNull.VALUE)
            .append("badge", BsonNull.VALUE)
            .append("aliases", BsonNull.VALUE);
    for (BsonDocument doc : List.of(missing, nulls)) {
      for (Object back : List.of(Loaded.decode(profiles, doc), Loaded.decodeRaw(profiles, doc))) {
        assertThat(back).isEqualTo(empty());
      }
    }
  }

  @Test
  void optionalClassFieldsWithoutInitialiserReadAsEmptyWhenMissing() {
    Schema<Object> notes = loaded.schema("types.NoteSchema");
    BsonDocument doc = BsonDocument.parse("{_id: {$oid: '65a000000000000000000009'}, text: 'hi'}");
    for (Object note : List.of(Loaded.decode(notes, doc), Loaded.decodeRaw(notes, doc))) {
      assertThat(Loaded.invoke(note, "getTitle")).isEqualTo(Optional.empty());
    }
    Object titled = Loaded.decodeRaw(notes, doc.clone().append("title", new BsonString("Re")));
    assertThat(Loaded.invoke(titled, "getTitle")).isEqualTo(Optional.of("Re"));
  }

  @Test
  void validatorsOfAnOptionalApplyToItsValueWhenPresent() {
    assertThat(profiles.validate(empty())).isEmpty();
    Object shortNick = Loaded.with(empty(), "nick", Optional.of("al"));
    List<ValidationError> errors = profiles.validate(shortNick);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).path()).isEqualTo("nick");
    Object badBadge = Loaded.with(empty(), "badge", Optional.of(tag("x")));
    assertThat(profiles.validate(badBadge).get(0).path()).isEqualTo("badge.label");
    Object badTag = Loaded.with(empty(), "tagsById", Map.of(TAG_ID, tag("y")));
    assertThat(profiles.validate(badTag).get(0).path())
        .isEqualTo("tagsById." + TAG_ID.toHexString() + ".label");
  }

  @Test
  void finderOfAnOptionalUniqueFieldTakesTheValueType() throws NoSuchMethodException {
    assertThat(
            loaded
                .type("types.ProfileModel")
                .getMethod("findByEmail", String.class)
                .getReturnType())
        .isEqualTo(Optional.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void roundTripsThroughTheDriverAndServerAndQueriesByPath(MongoServer server) {
    try (MongoClient client =
        MongoClients.create(
            MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(server.uri()))
                .codecRegistry(
                    CodecRegistries.fromRegistries(
                        CodecRegistries.fromCodecs(profiles.codec()),
                        MongoClientSettings.getDefaultCodecRegistry()))
                .build())) {
      MongoDatabase db = client.getDatabase(server.databaseName());
      MongoCollection<Object> collection = db.getCollection("profiles", profiles.type());
      collection.drop();
      Object other = Loaded.with(empty(), "id", new ObjectId());
      collection.insertMany(List.of(full(), other));

      assertThat(collection.find(new BsonDocument("_id", new org.bson.BsonObjectId(ID))).first())
          .isNotNull();
      StringPath<?> nick = (StringPath<?>) loaded.staticField("types.ProfileSchema", "NICK");
      assertThat(collection.countDocuments(nick.eq("ada"))).isEqualTo(1);
      assertThat(collection.countDocuments(nick.exists(false))).isEqualTo(1);
      FieldPath<?, OffsetDateTime> seen =
          (FieldPath<?, OffsetDateTime>) loaded.staticField("types.ProfileSchema", "SEEN_AT");
      assertThat(collection.countDocuments(seen.gt(SEEN.minusSeconds(1)))).isEqualTo(1);
      assertThat(collection.countDocuments(seen.gt(SEEN))).isEqualTo(0);
      Object back = collection.find(nick.eq("ada")).first();
      assertThat(Loaded.encode(profiles, back)).isEqualTo(Loaded.encode(profiles, full()));
      assertThat(collection.find(nick.exists(false)).first()).isEqualTo(other);
      BsonDocument stored =
          db.getCollection("profiles", BsonDocument.class)
              .find(new BsonDocument("_id", new org.bson.BsonObjectId(ID)))
              .first();
      assertThat(stored.get("seenAt"))
          .isEqualTo(new BsonDateTime(Instant.parse("2024-05-06T08:15:30.123Z").toEpochMilli()));
    }
  }

  @Test
  void inheritedFieldsAreStoredFromEverySuperclass() {
    Schema<Object> notes = loaded.schema("types.NoteSchema");
    assertThat(notes.fields().stream().map(f -> f.name()).toList())
        .containsExactly("revision", "author", "id", "text", "title")
        .inOrder();
    BsonDocument doc =
        BsonDocument.parse(
            "{_id: {$oid: '65a000000000000000000009'}, revision: 3, author: 'ann', text: 'hi', title: 'T'}");
    Object note = Loaded.decodeRaw(notes, doc);
    assertThat(Loaded.invoke(note, "getRevision")).isEqualTo(3);
    BsonDocument again = Loaded.encode(notes, note);
    assertThat(again.get("revision")).isEqualTo(new BsonInt32(3));
    assertThat(again.get("author")).isEqualTo(new BsonString("ann"));
    assertThat(again.containsKey("cache")).isFalse();
    assertThat(Loaded.encode(notes, Loaded.decode(notes, doc))).isEqualTo(again);
  }
}
