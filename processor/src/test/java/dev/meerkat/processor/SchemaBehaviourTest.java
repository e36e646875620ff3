package dev.meerkat.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.meerkat.CollectionPath;
import dev.meerkat.FieldPath;
import dev.meerkat.IndexSpec;
import dev.meerkat.NumberPath;
import dev.meerkat.Schema;
import dev.meerkat.SchemaField;
import dev.meerkat.SchemaOptions;
import dev.meerkat.StringPath;
import dev.meerkat.ValidationError;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.BsonDocument;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Typed paths, metadata, options, validation and insert preparation of generated schemas. */
class SchemaBehaviourTest {
  private static Loaded loaded;
  private static Schema<Object> everything;

  @BeforeAll
  static void compile() {
    loaded = Fixtures.shop();
    everything = loaded.schema("shop.EverythingSchema");
  }

  private static Object sample() {
    return loaded.call("shop.Everything", "sample");
  }

  private static Object path(String schema, String constant) {
    return loaded.staticField(schema, constant);
  }

  @Test
  void pathsBuildFiltersOnStoredKeys() {
    StringPath<?> name = (StringPath<?>) path("shop.EverythingSchema", "NAME");
    @SuppressWarnings("unchecked")
    NumberPath<Object, Integer> age =
        (NumberPath<Object, Integer>) path("shop.EverythingSchema", "AGE");
    assertThat(Loaded.render(name.eq("Ada"))).isEqualTo(BsonDocument.parse("{name: 'Ada'}"));
    assertThat(Loaded.render(age.gt(3))).isEqualTo(BsonDocument.parse("{a: {$gt: 3}}"));
    assertThat(Loaded.render(age.inc(1))).isEqualTo(BsonDocument.parse("{$inc: {a: 1}}"));
    assertThat(Loaded.render(name.asc())).isEqualTo(BsonDocument.parse("{name: 1}"));
    @SuppressWarnings("unchecked")
    FieldPath<Object, ObjectId> id =
        (FieldPath<Object, ObjectId>) path("shop.EverythingSchema", "ID");
    ObjectId oid = new ObjectId("65a000000000000000000009");
    assertThat(Loaded.render(id.eq(oid)))
        .isEqualTo(new BsonDocument("_id", new org.bson.BsonObjectId(oid)));
  }

  @Test
  void enumUuidAndCollectionPathsEncodeValuesLikeTheCodec() {
    @SuppressWarnings("unchecked")
    FieldPath<Object, Object> color =
        (FieldPath<Object, Object>) path("shop.EverythingSchema", "COLOR");
    Object green = Loaded.component(sample(), "color");
    assertThat(Loaded.render(color.eq(green))).isEqualTo(BsonDocument.parse("{color: 'GREEN'}"));

    @SuppressWarnings("unchecked")
    FieldPath<Object, UUID> uuid = (FieldPath<Object, UUID>) path("shop.EverythingSchema", "UUID");
    BsonDocument rendered =
        Loaded.render(uuid.eq(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")));
    assertThat(rendered.getBinary("uuid").getType()).isEqualTo((byte) 4);

    @SuppressWarnings("unchecked")
    CollectionPath<Object, Object, ?> colors =
        (CollectionPath<Object, Object, ?>) path("shop.EverythingSchema", "COLORS");
    assertThat(Loaded.render(colors.push(green)))
        .isEqualTo(BsonDocument.parse("{$push: {colors: 'GREEN'}}"));
    @SuppressWarnings("unchecked")
    CollectionPath<Object, String, ?> tags =
        (CollectionPath<Object, String, ?>) path("shop.EverythingSchema", "TAGS");
    assertThat(Loaded.render(tags.contains("a"))).isEqualTo(BsonDocument.parse("{tags: 'a'}"));
  }

  @Test
  void nestedPathsUseDottedStoredKeysAndNestArbitrarily() {
    Object address = path("shop.EverythingSchema", "ADDRESS");
    StringPath<?> city = (StringPath<?>) Loaded.invoke(address, "city");
    assertThat(Loaded.render(city.eq("Paris")))
        .isEqualTo(BsonDocument.parse("{'address.city': 'Paris'}"));
    StringPath<?> zip = (StringPath<?>) Loaded.invoke(Loaded.invoke(address, "parent"), "zip");
    assertThat(zip.path()).isEqualTo("address.parent.postcode");

    Object parent = path("shop.CategorySchema", "PARENT");
    Object grandParent = Loaded.invoke(parent, "parent");
    assertThat(((FieldPath<?, ?>) Loaded.invoke(grandParent, "slug")).path())
        .isEqualTo("parent.parent.slug");
  }

  @Test
  void subdocumentPathEqualityEncodesTheWholeSubdocument() {
    @SuppressWarnings("unchecked")
    FieldPath<Object, Object> address =
        (FieldPath<Object, Object>) path("shop.EverythingSchema", "ADDRESS");
    Object paris = Loaded.component(sample(), "address");
    assertThat(Loaded.render(address.eq(paris)))
        .isEqualTo(
            BsonDocument.parse(
                "{address: {city: 'Paris', postcode: '75001', parent: {city: 'France'}}}"));
  }

  @Test
  void fieldIndexAndOptionMetadata() {
    assertThat(everything.modelName()).isEqualTo("Everything");
    assertThat(everything.collectionName()).isEqualTo("everythings");
    assertThat(loaded.schema("shop.CategorySchema").collectionName()).isEqualTo("categories");
    assertThat(loaded.schema("shop.PersonSchema").modelName()).isEqualTo("Member");
    assertThat(loaded.schema("shop.PersonSchema").collectionName()).isEqualTo("members");
    assertThat(everything.type().getName()).isEqualTo("shop.Everything");

    assertThat(everything.fields().get(0))
        .isEqualTo(new SchemaField("id", "_id", "org.bson.types.ObjectId", true, false));
    assertThat(everything.fields().get(2))
        .isEqualTo(new SchemaField("age", "a", "int", false, true));
    assertThat(everything.fields().stream().map(SchemaField::name)).doesNotContain("ignored");

    assertThat(everything.indexes())
        .containsExactly(
            new IndexSpec(List.of(new IndexSpec.Key("email", 1)), true, false, -1, null),
            new IndexSpec(List.of(new IndexSpec.Key("createdAt", 1)), false, false, 3600, null),
            new IndexSpec(
                List.of(new IndexSpec.Key("name", 1), new IndexSpec.Key("a", -1)),
                true,
                false,
                -1,
                "name_age"),
            new IndexSpec(List.of(new IndexSpec.Key("bio", "text")), false, false, -1, null),
            new IndexSpec(
                List.of(
                    new IndexSpec.Key("address.postcode", 1),
                    new IndexSpec.Key("history.city", -1),
                    new IndexSpec.Key("addresses.home.postcode", 1),
                    new IndexSpec.Key("raw.k", 1)),
                false,
                false,
                -1,
                null))
        .inOrder();

    assertThat(everything.options())
        .isEqualTo(
            new SchemaOptions(
                null,
                null,
                false,
                4096,
                10,
                new SchemaOptions.CollationSpec("en_US", 2, false, false),
                true,
                true,
                true));
    assertThat(loaded.schema("shop.PersonSchema").options())
        .isEqualTo(new SchemaOptions(null, null, null, 0, 0, null, true, false, false));
  }

  @Test
  void validSampleHasNoErrors() {
    assertThat(everything.validate(sample())).isEmpty();
  }

  @Test
  void validateReportsMongooseMessagesForEveryFailingPath() {
    Object bad = sample();
    bad = Loaded.with(bad, "age", -1);
    bad = Loaded.with(bad, "email", "x");
    bad = Loaded.with(bad, "role", "root");
    Object paris = Loaded.component(bad, "address");
    Object nameless = Loaded.with(paris, "city", null);
    bad = Loaded.with(bad, "address", nameless);
    bad = Loaded.with(bad, "history", List.of(paris, nameless));
    List<ValidationError> errors = everything.validate(bad);
    assertThat(errors)
        .containsExactly(
            new ValidationError("age", "Path `age` (-1) is less than minimum allowed value (0)."),
            new ValidationError("email", "Path `email` is invalid (x)."),
            new ValidationError("role", "`root` is not a valid enum value for path `role`."),
            new ValidationError("address.city", "Path `address.city` is required."),
            new ValidationError("history.1.city", "Path `history.1.city` is required."))
        .inOrder();
  }

  @Test
  void validateLengthMaxAndRequiredEmptyString() {
    assertThat(everything.validate(Loaded.with(Loaded.with(sample(), "name", "a"), "age", 200)))
        .containsExactly(
            new ValidationError(
                "name",
                "Path `name` (`a`, length 1) is shorter than the minimum allowed length (2)."),
            new ValidationError(
                "age", "Path `age` (200) is more than maximum allowed value (150)."));
    assertThat(everything.validate(Loaded.with(sample(), "name", "abcdefghijk")))
        .containsExactly(
            new ValidationError(
                "name",
                "Path `name` (`abcdefghijk`, length 11) is longer than the maximum allowed length (10)."));
    assertThat(everything.validate(Loaded.with(sample(), "name", "")))
        .containsExactly(new ValidationError("name", "Path `name` is required."));
    assertThat(everything.validate(Loaded.with(sample(), "price", new java.math.BigDecimal("0.5"))))
        .containsExactly(
            new ValidationError(
                "price", "Path `price` (0.5) is less than minimum allowed value (1)."));
  }

  @Test
  void prepareInsertAssignsIdsAndTimestampsOnRecords() {
    Instant now = Instant.parse("2025-01-01T00:00:00Z");
    Object withoutId = Loaded.with(Loaded.with(sample(), "id", null), "createdAt", null);
    Object prepared = everything.prepareInsert(withoutId, now);
    assertThat(Loaded.component(prepared, "id")).isInstanceOf(ObjectId.class);
    assertThat(everything.idOf(prepared)).isEqualTo(Loaded.component(prepared, "id"));
    assertThat(Loaded.component(prepared, "createdAt")).isEqualTo(now);
    assertThat(Loaded.component(prepared, "updatedAt")).isEqualTo(now);
    assertThat(Loaded.component(prepared, "ignored")).isEqualTo("not stored");

    Object kept = everything.prepareInsert(sample(), now);
    assertThat(Loaded.component(kept, "id")).isEqualTo(new ObjectId("65a000000000000000000001"));
    assertThat(Loaded.component(kept, "createdAt")).isEqualTo(Instant.ofEpochMilli(1000));
    assertThat(Loaded.component(kept, "updatedAt")).isEqualTo(now);
  }

  @Test
  void prepareInsertAssignsHexStringIdsAndDateTimestampsOnClasses() throws Exception {
    Schema<Object> category = loaded.schema("shop.CategorySchema");
    Object root =
        Loaded.with(Loaded.decode(category, BsonDocument.parse("{slug: 'root'}")), "slug", "root");
    Object prepared = category.prepareInsert(root, Instant.now());
    assertThat(ObjectId.isValid((String) category.idOf(prepared))).isTrue();
    // A record with subdocuments is rebuilt, as they are prepared too (their ids and timestamps).
    assertThat(category.prepareInsert(prepared, Instant.now())).isEqualTo(prepared);

    Schema<Object> person = loaded.schema("shop.PersonSchema");
    Object member = loaded.type("shop.Person").getConstructor().newInstance();
    Instant now = Instant.parse("2025-01-01T00:00:00Z");
    assertThat(person.prepareInsert(member, now)).isSameInstanceAs(member);
    assertThat(Loaded.invoke(member, "getId")).isInstanceOf(ObjectId.class);
    assertThat(Loaded.invoke(member, "getCreatedAt")).isEqualTo(Date.from(now));
    assertThat(Loaded.invoke(member, "getUpdatedAt")).isEqualTo(Date.from(now));
  }

  @Test
  void typedModelsHaveOnAndFindersForUniqueIndexedFields() throws Exception {
    Class<?> model = loaded.type("shop.EverythingModel");
    assertThat(model.getSuperclass().getName()).isEqualTo("dev.meerkat.TypedModel");
    Method on = model.getMethod("on", dev.meerkat.Connection.class);
    assertThat(Modifier.isStatic(on.getModifiers())).isTrue();
    assertThat(on.getReturnType()).isEqualTo(model);
    Method findByEmail = model.getMethod("findByEmail", String.class);
    assertThat(findByEmail.getReturnType()).isEqualTo(Optional.class);
    assertThat(model.getConstructors()).isEmpty();
    assertThat(loaded.type("shop.CategoryModel").getMethod("findBySlug", String.class)).isNotNull();
    assertThat(loaded.type("shop.PersonModel").getMethods()).asList().isNotEmpty();
  }
}
