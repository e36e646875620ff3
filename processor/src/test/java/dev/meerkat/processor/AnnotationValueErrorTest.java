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

  @Test
  void aSecondOfAOneOnlyAnnotationPointsAtIt() {
    assertError(
        """
        @Schema
        record T(@Id ObjectId id,
            @Id // the second
            String orderId) {}
        """,
        "[MeerkatIdCount] @Schema type T declares 2 @Id fields (id, orderId); keep exactly one.",
        "@Id // the second");
    assertError(
        """
        @Schema
        record T(String id, @Version int version,
            @Version // the second
            long revision) {}
        """,
        "[MeerkatVersionCount] A schema has one version key; T declares 2 @Version fields (version, revision).",
        "@Version // the second");
    assertError(
        """
        @Schema(strict = false)
        record T(String id, @ExtraFields org.bson.Document extra,
            @ExtraFields // the second
            org.bson.Document more) {}
        """,
        "[MeerkatExtraFields] @ExtraFields goes on one field of type org.bson.Document or Map<String, Object>;"
            + " T has 2 (extra, more).",
        "@ExtraFields // the second");
  }
}
