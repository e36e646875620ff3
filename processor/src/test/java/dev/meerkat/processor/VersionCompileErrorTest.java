package dev.meerkat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per {@code @Version} message id: the exact text and the line it points at; and the valid
 * forms.
 */
class VersionCompileErrorTest {

  private static JavaFileObject file(String body) {
    return JavaFileObjects.forSourceString(
        "test.T",
        """
        package test;

        import dev.meerkat.annotations.*;
        import org.bson.types.ObjectId;

        """
            + body);
  }

  private static void assertError(String body, String message, String line) {
    JavaFileObject file = file(body);
    Compilation compilation = Compilations.compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  @Test
  void versionType() {
    assertError(
        """
        @Schema
        record T(@Id ObjectId id,
                 @Version String revision) {}
        """,
        "[MeerkatVersionType] @Version holds the version key, a count stored as __v; field revision of T has"
            + " type java.lang.String. Declare it as int or long.",
        "@Version String revision");
    assertError(
        """
        @Schema
        record T(@Id ObjectId id,
                 @Version Long revision) {}
        """,
        "[MeerkatVersionType] @Version holds the version key, a count stored as __v; field revision of T has"
            + " type java.lang.Long. Declare it as int or long.",
        "@Version Long revision");
  }

  @Test
  void versionCount() {
    assertError(
        """
        @Schema
        record T(@Id ObjectId id,
                 @Version long version,
                 @Version int revision) {}
        """,
        "[MeerkatVersionCount] A schema has one version key; T declares 2 @Version fields (version, revision)."
            + " Keep exactly one.",
        "@Version int revision");
  }

  @Test
  void versionKeyOff() {
    assertError(
        """
        @Schema(versionKey = false)
        record T(@Id ObjectId id,
                 @Version long version) {}
        """,
        "[MeerkatVersionKeyOff] @Version stores field version of T as the version key __v, but T has"
            + " @Schema(versionKey = false). Remove versionKey = false, or remove @Version.",
        "@Version long version");
  }

  @Test
  void versionPlacement() {
    assertError(
        """
        @Schema
        record T(@Id ObjectId id,
                 @Version @Field("rev") long version) {}
        """,
        "[MeerkatVersionPlacement] A @Version field is stored under the version key __v only; field version"
            + " of T also has @Field. Remove @Field.",
        "@Field(\"rev\") long version");
    assertError(
        """
        @Schema
        record T(@Id @Version long id) {}
        """,
        "[MeerkatVersionPlacement] A @Version field is stored under the version key __v only; field id of T"
            + " also has @Id. Remove @Id.",
        "record T(@Id @Version long id)");
  }

  @Test
  void intAndLongVersionsOfRecordsAndClassesCompileCleanly() {
    assertThat(
            Compilations.compile(
                file(
                    """
        @Schema
        record T(@Id ObjectId id, @Version int version) {}
        """),
                JavaFileObjects.forSourceString(
                    "test.C",
                    """
        package test;

        @dev.meerkat.annotations.Schema
        class C {
          @dev.meerkat.annotations.Id org.bson.types.ObjectId id;
          @dev.meerkat.annotations.Version long version;
        }
        """)))
        .succeededWithoutWarnings();
  }
}
