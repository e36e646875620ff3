package dev.meerkat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.meerkat.processor.AnnotationValueErrorTest.assertError;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Errors about the options of a type's annotations ({@code @Schema}, {@code @Capped},
 * {@code @Index}, {@code @Model}) point at the value as written; each source puts it on a line of
 * its own.
 */
class SchemaOptionErrorTest {

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
}
