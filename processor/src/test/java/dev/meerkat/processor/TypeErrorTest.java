package dev.meerkat.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The messages for the types added with issue 9: the text and the line each points at. */
class TypeErrorTest {
  private static final String IMPORTS =
      """
      package test;

      import dev.meerkat.annotations.*;
      import java.time.*;
      import java.util.*;
      import org.bson.types.ObjectId;

      """;

  private static final String SUPPORTED =
      " Supported types: primitives and their wrappers, String, ObjectId, Instant,"
          + " Date, LocalDate, LocalDateTime, OffsetDateTime, ZonedDateTime, BigDecimal, Decimal128, UUID, byte[], enums,"
          + " org.bson.Document, List/Set/Collection<T>, Map<K, V> with String, enum, UUID or ObjectId keys,"
          + " Optional<T> (fields only) and @Schema types.";

  private static JavaFileObject file(String body) {
    return JavaFileObjects.forSourceString("test.T", IMPORTS + body);
  }

  private static void assertError(String body, String message, String line) {
    JavaFileObject file = file(body);
    Compilation compilation = Compilations.compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  @Test
  void permittedTypeThatIsNotASchema() {
    assertError(
        """
        @Schema
        sealed interface T permits A, B {}

        @Schema
        record A(ObjectId id) implements T {}

        record B(ObjectId id) implements T {}
        """,
        "[MeerkatDiscriminatorSubtype] Every type a sealed @Schema type permits is stored in its collection and"
            + " needs its own @Schema; test.T permits test.B, which is not a @Schema record or class. Annotate B with"
            + " @Schema, or remove it from the permits clause.",
        "sealed interface T");
  }

  @Test
  void twoSubtypesWithOneDiscriminatorValue() {
    assertError(
        """
        @Schema
        @DiscriminatorKey("kind")
        sealed interface T permits A, B {}

        @Schema
        @DiscriminatorValue("x")
        record A(ObjectId id) implements T {}

        @Schema
        @DiscriminatorValue(
            "x" /* B */)
        record B(ObjectId id) implements T {}
        """,
        "[MeerkatDuplicateDiscriminator] Each subtype of a sealed @Schema type needs its own discriminator"
            + " value; A and B of T both store kind = \"x\". Give one of them another value with"
            + " @DiscriminatorValue(\"...\").",
        "\"x\" /* B */");
  }

  @Test
  void defaultValuesAreTheModelNamesSoTheyClashOnlyWhenTheNamesDo() {
    assertError(
        """
        @Schema
        sealed interface T permits A, B {}

        @Schema
        @Model("Same")
        record A(ObjectId id) implements T {}

        @Schema
        @DiscriminatorValue(
            "Same" /* B */)
        record B(ObjectId id) implements T {}
        """,
        "[MeerkatDuplicateDiscriminator] Each subtype of a sealed @Schema type needs its own discriminator"
            + " value; A and B of T both store __t = \"Same\".",
        "\"Same\" /* B */");
    assertThat(
            Compilations.compile(
                JavaFileObjects.forSourceString(
                    "test.T", IMPORTS + "@Schema public sealed interface T permits A, B {}"),
                JavaFileObjects.forSourceString(
                    "test.A", IMPORTS + "@Schema public record A(ObjectId id) implements T {}"),
                JavaFileObjects.forSourceString(
                    "test.B",
                    IMPORTS
                        + "@Schema @DiscriminatorValue(\"a\") public record B(ObjectId id) implements T {}")))
        .succeededWithoutWarnings();
  }

  @Test
  void subtypeFieldStoredUnderTheDiscriminatorKey() {
    assertError(
        """
        @Schema
        sealed interface T permits A {}

        @Schema
        record A(ObjectId id,
            @Field(
                "__t")
            String type) implements T {}
        """,
        "[MeerkatReservedKey] Key \"__t\" is reserved for the discriminator key of T; field type of A is stored"
            + " under it. Choose another key with @Field(\"...\").",
        "\"__t\")");
  }

  @Test
  void discriminatorKeyMustBeAStoredKey() {
    assertError(
        """
        @Schema
        @DiscriminatorKey(
            "_id")
        sealed interface T permits A {}

        @Schema
        record A(ObjectId id) implements T {}
        """,
        "[MeerkatDiscriminatorKey] @DiscriminatorKey must be a stored key: non-empty, without '.', not starting"
            + " with '$', and not _id or __v; test.T declares \"_id\". Choose another key, or remove the annotation to"
            + " use __t.",
        "\"_id\")");
  }

  @Test
  void discriminatorValueMustNotBeEmpty() {
    assertError(
        """
        @Schema
        sealed interface T permits A {}

        @Schema
        @DiscriminatorValue(
            "")
        record A(ObjectId id) implements T {}
        """,
        "[MeerkatDiscriminatorValue] @DiscriminatorValue must not be empty; test.A declares \"\". Give it a"
            + " value, or remove the annotation to store the model name.",
        "\"\")");
  }

  @Test
  void discriminatorAnnotationsOutsideAHierarchy() {
    assertError(
        """
        @Schema
        @DiscriminatorValue("t")
        record T(ObjectId id) {}
        """,
        "[MeerkatDiscriminatorPlacement] @DiscriminatorValue applies to the types a sealed @Schema interface or"
            + " abstract class permits; test.T is not one. Remove it, or make T implement or extend a sealed @Schema"
            + " type.",
        "@DiscriminatorValue(\"t\")");
    assertError(
        """
        @Schema
        @DiscriminatorKey("kind")
        record T(ObjectId id) {}
        """,
        "[MeerkatDiscriminatorPlacement] @DiscriminatorKey applies to sealed @Schema interfaces and abstract"
            + " classes; test.T is not one. Put it on the sealed type the subtypes share, or remove it.",
        "@DiscriminatorKey(\"kind\")");
  }

  @Test
  void subtypesLiveInTheBasesCollection() {
    assertError(
        """
        @Schema(collection = "things")
        sealed interface T permits A {}

        @Schema(
            collection = "as")
        record A(ObjectId id) implements T {}
        """,
        "[MeerkatSubtypeCollection] A subtype of a sealed @Schema type is stored in its base's collection;"
            + " test.A declares collection = \"as\", but T is stored in \"things\". Remove the collection from A, or set"
            + " it on T.",
        "collection = \"as\"");
  }

  @Test
  void aGenericBaseIsReportedAsAnyGenericSchema() {
    assertError(
        """
        @Schema
        sealed interface T<X> permits A {}

        @Schema
        record A(ObjectId id) implements T<String> {}
        """,
        "[MeerkatGenericType] @Schema types cannot have type parameters; test.T declares <X>.",
        "sealed interface T<X>");
  }

  @Test
  void jdkTypesListTheSupportedTypesInsteadOfTheSchemaHint() {
    assertError(
        """
        @Schema
        record T(ObjectId id,
            Duration timeout) {}
        """,
        "[MeerkatUnsupportedType] Meerkat cannot store field timeout of T: type java.time.Duration is not"
            + " supported."
            + SUPPORTED
            + " Use a supported type or mark the field @Transient.",
        "Duration timeout");
    assertError(
        """
        @Schema
        record T(ObjectId id,
            List<OptionalInt> counts) {}
        """,
        "type java.util.List<java.util.OptionalInt> (java.util.OptionalInt cannot be stored) is not supported."
            + SUPPORTED,
        "List<OptionalInt> counts");
  }

  @Test
  void optionalOnlyAsAFieldsOwnType() {
    assertError(
        """
        @Schema
        record T(ObjectId id,
            List<Optional<String>> names) {}
        """,
        "[MeerkatUnsupportedType] Meerkat cannot store field names of T: type"
            + " java.util.List<java.util.Optional<java.lang.String>> (java.util.Optional<java.lang.String> cannot be"
            + " stored) is not supported. Optional is for fields only: store the value itself (an absent element is"
            + " null).",
        "List<Optional<String>> names");
    assertError(
        """
        @Schema
        record T(@Id
            Optional<ObjectId> id) {}
        """,
        "[MeerkatUnsupportedType] Meerkat cannot store field id of T: type java.util.Optional<org.bson.types.ObjectId>"
            + " is not supported. An id is always present: declare it as the value type, e.g. ObjectId.",
        "Optional<ObjectId> id");
  }

  @Test
  void optionalStringIsSupported() {
    assertThat(
            Compilations.compile(
                file(
                    """
        @Schema
        record T(ObjectId id, Optional<String> nick, OffsetDateTime at, ZonedDateTime zoned,
            Map<UUID, String> byDevice) {}
        """)))
        .succeededWithoutWarnings();
  }
}
