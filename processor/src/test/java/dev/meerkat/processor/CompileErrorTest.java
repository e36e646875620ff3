package dev.meerkat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per message id: the exact text, and the line the error points at. */
class CompileErrorTest {

  private static final String IMPORTS =
      """
      package test;

      import dev.meerkat.annotations.*;
      import java.time.Instant;
      import java.util.*;
      import org.bson.types.ObjectId;

      """;

  private static Compilation compile(String body) {
    return Compilations.compile(file(body));
  }

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
  void typeKind() {
    assertError(
        """
        @Schema
        interface T {}
        """,
        "[MeerkatTypeKind] @Schema applies to records, concrete classes, and sealed interfaces or abstract"
            + " classes (a hierarchy stored in one collection); test.T is an interface. Declare it as a record or as a"
            + " class with a no-arg constructor, or make it sealed.",
        "interface T");
    assertError(
        """
        @Schema
        enum T { A }
        """,
        "[MeerkatTypeKind] @Schema applies to records, concrete classes, and sealed interfaces or abstract"
            + " classes (a hierarchy stored in one collection); test.T is an enum.",
        "enum T");
    assertError(
        """
        @Schema
        abstract class T {}
        """,
        "[MeerkatTypeKind] @Schema applies to records, concrete classes, and sealed interfaces or abstract"
            + " classes (a hierarchy stored in one collection); test.T is an abstract class.",
        "abstract class T");
  }

  @Test
  void innerClass() {
    assertError(
        """
        class T {
          @Schema
          class Inner { String id; }
        }
        """,
        "[MeerkatInnerClass] @Schema types must be top-level or static; test.T.Inner is an inner (non-static)"
            + " class. Add the static modifier.",
        "class Inner");
  }

  @Test
  void privateType() {
    assertError(
        """
        class T {
          @Schema
          private static class Hidden { String id; }
        }
        """,
        "[MeerkatPrivateType] @Schema types must be visible to the generated schema in the same package;"
            + " test.T.Hidden is private. Make it package-private or public.",
        "class Hidden");
  }

  @Test
  void genericType() {
    assertError(
        """
        @Schema
        record T<V>(String id, V value) {}
        """,
        "[MeerkatGenericType] @Schema types cannot have type parameters; test.T declares <V>. Map a concrete"
            + " type instead.",
        "record T<V>");
  }

  @Test
  void noConstructor() {
    assertError(
        """
        @Schema
        class T {
          String id;
          T(String id) { this.id = id; }
        }
        """,
        "[MeerkatNoConstructor] @Schema classes need a non-private no-arg constructor so documents can be"
            + " decoded; test.T has none. Add one, or make T a record.",
        "class T");
  }

  @Test
  void inheritedFieldWithoutAccessor() {
    assertError(
        """
        class Base {
          private String createdBy;
          transient String cache;
        }

        @Schema
        class T extends Base {
          public String id;
        }
        """,
        "[MeerkatNoAccessor] Generated code must read and write every mapped field; field createdBy of T has no"
            + " getter. Add public java.lang.String getCreatedBy(), make the field non-private, or mark it @Transient.",
        "private String createdBy;");
  }

  @Test
  void superclassWithoutFieldsIsFine() {
    assertThat(
            compile(
                """
        abstract class Base {
          public String describe() { return "T"; }
        }

        @Schema
        class T extends Base {
          public String id;
        }
        """))
        .succeededWithoutWarnings();
  }

  @Test
  void noAccessor() {
    assertError(
        """
        @Schema
        class T {
          private String id;
          private String name;
          public String getId() { return id; }
          public void setId(String id) { this.id = id; }
          public String getName() { return name; }
        }
        """,
        "[MeerkatNoAccessor] Generated code must read and write every mapped field; field name of T has no"
            + " setter. Add public void setName(java.lang.String name), make the field non-private and non-final, or"
            + " mark it @Transient.",
        "private String name;");
  }

  @Test
  void unsupportedType() {
    assertError(
        """
        @Schema
        record T(String id, Thread worker) {}
        """,
        "[MeerkatUnsupportedType] Meerkat cannot store field worker of T: type java.lang.Thread is not"
            + " supported. Supported types: primitives and their wrappers, String, ObjectId, Instant, Date, LocalDate,"
            + " LocalDateTime, OffsetDateTime, ZonedDateTime, BigDecimal, Decimal128, UUID, byte[], enums,"
            + " org.bson.Document, List/Set/Collection<T>, Map<K, V> with String, enum, UUID or ObjectId keys,"
            + " Optional<T> (fields only) and @Schema types. Use a supported type or mark the field @Transient.",
        "record T");
    assertError(
        """
        @Schema
        record T(String id,
            Map<Integer, String> byNumber) {}
        """,
        "[MeerkatUnsupportedType] Meerkat cannot store field byNumber of T: type"
            + " java.util.Map<java.lang.Integer,java.lang.String> is not supported. Maps are stored as subdocuments"
            + " and need String, enum, UUID or ObjectId keys: Map<String, V>.",
        "Map<Integer, String> byNumber");
  }

  @Test
  void nestedTypeWithoutSchemaIsUnsupportedWithAHint() {
    assertError(
        """
        @Schema
        record T(String id,
            List<Plain> items) {}
        record Plain(String name) {}
        """,
        "[MeerkatUnsupportedType] Meerkat cannot store field items of T: type java.util.List<test.Plain>"
            + " (test.Plain cannot be stored) is not supported. If it is a subdocument, annotate Plain with @Schema.",
        "List<Plain> items");
  }

  @Test
  void missingTypeIsReportedAfterTheLastRound() {
    assertError(
        """
        @Schema
        record T(String id,
            NotGeneratedByAnyone ghost) {}
        """,
        "[MeerkatMissingType] Field ghost of T has type NotGeneratedByAnyone, which does not exist, even after"
            + " every annotation processor ran. Fix the type name or its import.",
        "NotGeneratedByAnyone ghost");
  }

  @Test
  void idCount() {
    assertError(
        """
        @Schema
        record T(@Id ObjectId id,
            @Id String orderId) {}
        """,
        "[MeerkatIdCount] @Schema type T declares 2 @Id fields (id, orderId); keep exactly one.",
        "@Id String orderId");
  }

  @Test
  void duplicateKey() {
    assertError(
        """
        @Schema
        record T(String id, String name,
            @Field("name") String title) {}
        """,
        "[MeerkatDuplicateKey] Each field needs its own stored key; fields name and title of T are both"
            + " stored as \"name\". Give one of them another key with @Field(\"...\").",
        "@Field(\"name\") String title");
  }

  @Test
  void invalidKey() {
    assertError(
        """
        @Schema
        record T(String id,
            @Field("a.b") String dotted) {}
        """,
        "[MeerkatInvalidKey] Stored keys must be non-empty, contain no '.' and not start with '$'; field"
            + " dotted of T is stored as \"a.b\". Choose another key with @Field(\"...\").",
        "String dotted");
    assertError(
        """
        @Schema
        record T(String id,
            @Field("$set") String operator) {}
        """,
        "field operator of T is stored as \"$set\"",
        "String operator");
    assertError(
        """
        @Schema
        record T(String id,
            @Field("") String empty) {}
        """,
        "field empty of T is stored as \"\"",
        "String empty");
  }

  @Test
  void reservedKey() {
    assertError(
        """
        @Schema
        record T(String id,
            @Field("__v") int version) {}
        """,
        "[MeerkatReservedKey] Key \"__v\" is reserved for the version key (or set versionKey = false);"
            + " field version of T is stored under it.",
        "int version");
  }

  @Test
  void cappedSize() {
    assertError(
        """
        @Schema(capped = @Capped(size = 0, max = 100))
        record T(String id) {}
        """,
        "[MeerkatCappedSize] @Capped needs a size in bytes > 0 when capped, and no negative values; test.T"
            + " declares size = 0, max = 100. Set size to the collection's maximum size in bytes (or leave both 0 for"
            + " no cap).",
        "record T");
    assertError(
        """
        @Schema(capped = @Capped(size = -1))
        record T(String id) {}
        """,
        "test.T declares size = -1, max = 0.",
        "record T");
  }

  @Test
  void cappedBuffer() {
    assertError(
        """
        @Schema(capped = @Capped(size = 1024), bufferCommands = Toggle.OFF)
        record T(String id) {}
        """,
        "[MeerkatCappedBuffer] A capped schema with bufferCommands = OFF must also turn autoCreate off, or the"
            + " first operation can create the collection uncapped (see Mongoose's docs on capped collections); test.T"
            + " has autoCreate = INHERIT. Set autoCreate = Toggle.OFF and call createCollection() yourself before using"
            + " the model.",
        "record T");
  }

  @Test
  void cappedWithoutBufferingIsFineWhenAutoCreateIsOff() {
    assertThat(
            compile(
                """
        @Schema(capped = @Capped(size = 1024), bufferCommands = Toggle.OFF, autoCreate = Toggle.OFF)
        record T(String id) {}
        """))
        .succeededWithoutWarnings();
  }

  @Test
  void ttlType() {
    assertError(
        """
        @Schema
        record T(String id,
            @Indexed(expireAfterSeconds = 60) String session) {}
        """,
        "[MeerkatTtlType] @Indexed(expireAfterSeconds) only works on date fields (Instant, Date, LocalDate,"
            + " LocalDateTime); field session of T has type java.lang.String. Put the TTL on a date field or remove"
            + " expireAfterSeconds.",
        "String session");
  }

  @Test
  void indexOrder() {
    assertError(
        """
        @Schema
        record T(String id,
            @Indexed(order = 2) String name) {}
        """,
        "[MeerkatIndexOrder] @Indexed(order) must be 1 or -1; field name of T declares 2. Use 1 for ascending"
            + " or -1 for descending.",
        "String name");
  }

  @Test
  void indexKey() {
    assertError(
        """
        @Schema
        @Index(keys = {"name:1", "nope:-1"})
        record T(String id, String name) {}
        """,
        "[MeerkatIndexKey] @Index keys are \"field\" or \"field:direction\" with a mapped field and a"
            + " direction of 1, -1, text, hashed, 2d or 2dsphere; key \"nope:-1\" on T names no"
            + " mapped field `nope`. Fix the key.",
        "record T");
    assertError(
        """
        @Schema
        @Index(keys = "name:up")
        record T(String id, String name) {}
        """,
        "key \"name:up\" on T has an unknown direction `up`.",
        "record T");
    assertError(
        """
        @Schema
        @Index(keys = "address.street")
        record T(String id, Address address) {}

        @Schema
        record Address(String city) {}
        """,
        "key \"address.street\" on T names no mapped field `street` inside `address`.",
        "record T");
  }

  @Test
  void modelWithoutSchema() {
    assertError(
        """
        @Model
        record T(String id) {}
        """,
        "[MeerkatModelWithoutSchema] @Model needs @Schema on the same type; test.T has @Model only. Add"
            + " @Schema.",
        "record T");
  }

  @Test
  void modelWithoutId() {
    assertError(
        """
        @Schema
        @Model
        record T(String name) {}
        """,
        "[MeerkatModelWithoutId] @Model types need an id for findById, save and replaceOne; T has no @Id"
            + " field and no field named id. Add one, e.g. @Id ObjectId id.",
        "record T");
  }

  @Test
  void duplicateModelName() {
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
        @dev.meerkat.annotations.Model("User")
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
        .onLineContaining("record B");
  }

  @Test
  void validatorType() {
    assertError(
        """
        @Schema
        record T(String id,
            @Min(1) String name) {}
        """,
        "[MeerkatValidatorType] @Min applies to numeric fields; field name of T has type java.lang.String."
            + " Remove @Min or change the field's type.",
        "String name");
    assertError(
        """
        @Schema
        record T(String id,
            @MaxLength(3) int age) {}
        """,
        "[MeerkatValidatorType] @MaxLength applies to String fields; field age of T has type int.",
        "int age");
  }

  @Test
  void invalidRegex() {
    assertError(
        """
        @Schema
        record T(String id,
            @Match("[a-z") String code) {}
        """,
        "[MeerkatInvalidRegex] @Match needs a valid regular expression; field code of T has \"[a-z\", which"
            + " fails with: Unclosed character class. Fix the expression.",
        "String code");
  }

  @Test
  void timestampsFields() {
    assertError(
        """
        @Schema(timestamps = true)
        record T(String id, String createdAt) {}
        """,
        "[MeerkatTimestampsFields] @Schema(timestamps = true) needs fields createdAt and updatedAt of type"
            + " Instant or Date; T declares createdAt as java.lang.String and has no field updatedAt. Add them, e.g."
            + " Instant createdAt, Instant updatedAt.",
        "record T");
  }

  @Test
  void strictExtraFields() {
    assertError(
        """
        @Schema(strict = false)
        record T(String id) {}
        """,
        "[MeerkatStrictExtraFields] @Schema(strict = false) keeps unknown keys in an @ExtraFields field; T has"
            + " none. Add @ExtraFields Document extra (or Map<String, Object>), or set strict = true.",
        "record T");
  }

  @Test
  void extraFields() {
    assertError(
        """
        @Schema(strict = false)
        record T(String id,
            @ExtraFields Map<String, String> rest) {}
        """,
        "[MeerkatExtraFields] @ExtraFields goes on one field of type org.bson.Document or Map<String, Object>;"
            + " field rest of T has type java.util.Map<java.lang.String,java.lang.String>. Fix the field or remove the"
            + " annotation.",
        "Map<String, String> rest");
  }
}
