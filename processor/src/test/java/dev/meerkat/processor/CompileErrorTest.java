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
  void modelWithoutSchema() {
    assertError(
        """
        @Model
        record T(String id) {}
        """,
        "[MeerkatModelWithoutSchema] @Model needs @Schema on the same type; test.T has @Model only. Add"
            + " @Schema.",
        "@Model");
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
