package dev.meerkat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Errors caused by an annotation's attribute point at the value as written, not at the field or
 * type: each source puts the annotation (or the value) on a line of its own, so a test fails when
 * the error underlines the declaration instead.
 */
class AnnotationValueErrorTest {
  private static final String IMPORTS =
      """
      package test;

      import dev.meerkat.annotations.*;
      import java.time.Instant;
      import java.util.*;
      import org.bson.types.ObjectId;

      """;

  private static JavaFileObject file(String body) {
    return JavaFileObjects.forSourceString("test.T", IMPORTS + body);
  }

  static void assertError(String body, String message, String line) {
    JavaFileObject file = file(body);
    Compilation compilation = Compilations.compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  @Test
  void indexOrderPointsAtOrder() {
    assertError(
        """
        @Schema
        record T(String id,
            @Indexed(unique = true,
                order = 2)
            String name) {}
        """,
        "[MeerkatIndexOrder] @Indexed(order) must be 1 or -1; field name of T declares 2. Use 1 for ascending"
            + " or -1 for descending.",
        "order = 2");
  }

  @Test
  void ttlTypePointsAtExpireAfterSeconds() {
    assertError(
        """
        @Schema
        record T(String id,
            @Indexed(
                expireAfterSeconds = 60)
            String session) {}
        """,
        "[MeerkatTtlType] @Indexed(expireAfterSeconds) only works on date fields (Instant, Date, LocalDate,"
            + " LocalDateTime); field session of T has type java.lang.String. Put the TTL on a date field or remove"
            + " expireAfterSeconds.",
        "expireAfterSeconds = 60");
  }

  @Test
  void invalidRegexPointsAtTheExpression() {
    assertError(
        """
        @Schema
        record T(String id,
            @Match(
                "[a-z")
            String code) {}
        """,
        "[MeerkatInvalidRegex] @Match needs a valid regular expression; field code of T has \"[a-z\", which"
            + " fails with: Unclosed character class. Fix the expression.",
        "\"[a-z\"");
  }

  @Test
  void validatorTypePointsAtTheAnnotation() {
    assertError(
        """
        @Schema
        record T(String id,
            @Min(1)
            String name) {}
        """,
        "[MeerkatValidatorType] @Min applies to numeric fields; field name of T has type java.lang.String."
            + " Remove @Min or change the field's type.",
        "@Min(1)");
    assertError(
        """
        @Schema
        record T(String id,
            @MaxLength(3)
            int age) {}
        """,
        "[MeerkatValidatorType] @MaxLength applies to String fields; field age of T has type int.",
        "@MaxLength(3)");
  }

  @Test
  void cappedSizePointsAtTheValueAtFault() {
    assertError(
        """
        @Schema(capped = @Capped(
            size = 0,
            max = 100))
        record T(String id) {}
        """,
        "[MeerkatCappedSize] @Capped needs a size in bytes > 0 when capped, and no negative values; test.T"
            + " declares size = 0, max = 100. Set size to the collection's maximum size in bytes (or leave both 0 for"
            + " no cap).",
        "size = 0");
    assertError(
        """
        @Schema(capped = @Capped(
            size = -1))
        record T(String id) {}
        """,
        "test.T declares size = -1, max = 0.",
        "size = -1");
    assertError(
        """
        @Schema(capped = @Capped(
            size = 1024,
            max = -5))
        record T(String id) {}
        """,
        "test.T declares size = 1024, max = -5.",
        "max = -5");
    // size left to its default: the @Capped annotation is at fault.
    assertError(
        """
        @Schema(
            capped = @Capped(max = 100))
        record T(String id) {}
        """,
        "test.T declares size = 0, max = 100.",
        "@Capped(max = 100)");
  }

  @Test
  void cappedBufferPointsAtTheToggle() {
    assertError(
        """
        @Schema(capped = @Capped(size = 1024),
            bufferCommands = Toggle.OFF)
        record T(String id) {}
        """,
        "[MeerkatCappedBuffer] A capped schema with bufferCommands = OFF must also turn autoCreate off, or the"
            + " first operation can create the collection uncapped (see Mongoose's docs on capped collections); test.T"
            + " has autoCreate = INHERIT. Set autoCreate = Toggle.OFF and call createCollection() yourself before using"
            + " the model.",
        "bufferCommands = Toggle.OFF");
    assertError(
        """
        @Schema(capped = @Capped(size = 1024), bufferCommands = Toggle.OFF,
            autoCreate = Toggle.ON)
        record T(String id) {}
        """,
        "test.T has autoCreate = ON.",
        "autoCreate = Toggle.ON");
  }

  @Test
  void indexKeyPointsAtTheKey() {
    assertError(
        """
        @Schema
        @Index(keys = {"name:1",
            "nope:-1"})
        record T(String id, String name) {}
        """,
        "[MeerkatIndexKey] @Index keys are \"field\" or \"field:direction\" with a mapped field and a"
            + " direction of 1, -1, text, hashed, 2d or 2dsphere; key \"nope:-1\" on T names no"
            + " mapped field `nope`. Fix the key.",
        "\"nope:-1\"");
    assertError(
        """
        @Schema
        @Index(
            keys = "name:up")
        record T(String id, String name) {}
        """,
        "key \"name:up\" on T has an unknown direction `up`.",
        "keys = \"name:up\"");
    assertError(
        """
        @Schema
        @Index(
            keys = "address.street")
        record T(String id, Address address) {}

        @Schema
        record Address(String city) {}
        """,
        "key \"address.street\" on T names no mapped field `street` inside `address`.",
        "keys = \"address.street\"");
    assertError(
        """
        @Schema
        @Index(unique = true,
            keys = {})
        record T(String id, String name) {}
        """,
        "key \"\" on T is missing: keys is empty.",
        "keys = {}");
  }

  @Test
  void repeatedIndexKeyIsReportedWithItsText() {
    // javac cannot place a diagnostic inside a repeated annotation (it sees their container), so
    // the
    // error points at the type; the message still quotes the key.
    assertError(
        """
        @Schema
        @Index(keys = "name")
        @Index(keys = "nope")
        record T(String id, String name) {}
        """,
        "key \"nope\" on T names no mapped field `nope`.",
        "record T");
  }

  @Test
  void invalidKeyPointsAtFieldValue() {
    assertError(
        """
        @Schema
        record T(String id,
            @Field(
                "a.b")
            String dotted) {}
        """,
        "[MeerkatInvalidKey] Stored keys must be non-empty, contain no '.' and not start with '$'; field"
            + " dotted of T is stored as \"a.b\". Choose another key with @Field(\"...\").",
        "\"a.b\"");
    assertError(
        """
        @Schema
        record T(String id,
            @Field(
                "$set")
            String operator) {}
        """,
        "field operator of T is stored as \"$set\"",
        "\"$set\"");
    assertError(
        """
        @Schema
        record T(String id,
            @Field(
                "")
            String empty) {}
        """,
        "field empty of T is stored as \"\"",
        "\"\")");
  }

  @Test
  void keyFromTheFieldNameStillPointsAtTheField() {
    assertError(
        """
        @Schema
        class T {
          public String id;
          public String
              $price;
        }
        """,
        "field $price of T is stored as \"$price\"",
        "$price;");
  }

  @Test
  void reservedAndDuplicateKeysPointAtFieldValue() {
    assertError(
        """
        @Schema
        record T(String id,
            @Field(
                "__v")
            int version) {}
        """,
        "[MeerkatReservedKey] Key \"__v\" is reserved for the version key (or set versionKey = false);"
            + " field version of T is stored under it.",
        "\"__v\"");
    assertError(
        """
        @Schema
        record T(String id, String name,
            @Field(
                "name")
            String title) {}
        """,
        "[MeerkatDuplicateKey] Each field needs its own stored key; fields name and title of T are both"
            + " stored as \"name\". Give one of them another key with @Field(\"...\").",
        "\"name\")");
  }

  @Test
  void timestampsAndStrictPointAtTheirOption() {
    assertError(
        """
        @Schema(collection = "t",
            timestamps = true)
        record T(String id, String createdAt) {}
        """,
        "[MeerkatTimestampsFields] @Schema(timestamps = true) needs fields createdAt and updatedAt of type"
            + " Instant or Date; T declares createdAt as java.lang.String and has no field updatedAt. Add them, e.g."
            + " Instant createdAt, Instant updatedAt.",
        "timestamps = true");
    assertError(
        """
        @Schema(collection = "t",
            strict = false)
        record T(String id) {}
        """,
        "[MeerkatStrictExtraFields] @Schema(strict = false) keeps unknown keys in an @ExtraFields field; T has"
            + " none. Add @ExtraFields Document extra (or Map<String, Object>), or set strict = true.",
        "strict = false");
  }

  @Test
  void duplicateModelNamePointsAtTheName() {
    JavaFileObject a =
        JavaFileObjects.forSourceString(
            "test.A",
            """
            package test;
            @dev.meerkat.annotations.Schema
            @dev.meerkat.annotations.Model("User")
            record A(String id) {}
            """);
    JavaFileObject b =
        JavaFileObjects.forSourceString(
            "test.B",
            """
            package test;
            @dev.meerkat.annotations.Schema
            @dev.meerkat.annotations.Model(
                "User")
            record B(String id) {}
            """);
    Compilation compilation = Compilations.compile(a, b);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[MeerkatDuplicateModelName] Model names must be unique in one"
                + " build; test.A and test.B are both named \"User\". Give one of them another name with"
                + " @Model(\"...\").")
        .inFile(b)
        .onLineContaining("\"User\")");
  }

  @Test
  void versionAnnotationsPointAtTheAnnotation() {
    assertError(
        """
        @Schema(versionKey = false)
        record T(String id,
            @Version
            int version) {}
        """,
        "[MeerkatVersionKeyOff] @Version stores field version of T as the version key __v, but T has"
            + " @Schema(versionKey = false).",
        "@Version");
    assertError(
        """
        @Schema
        record T(String id,
            @Version
            @Field("rev")
            int version) {}
        """,
        "[MeerkatVersionPlacement] A @Version field is stored under the version key __v only; field version of"
            + " T also has @Field. Remove @Field.",
        "@Field(\"rev\")");
  }
}
