package dev.meerkat.processor.factory;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.meerkat.processor.factory.FactoryCompilations.compile;
import static dev.meerkat.processor.factory.FactoryCompilations.modelRecord;
import static dev.meerkat.processor.factory.FactoryCompilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per {@code @ConnectionConfig} message id: the exact text, on the line at fault. */
class ConnectionConfigErrorsTest {
  private static final JavaFileObject USER = modelRecord("shop", "User");

  private static JavaFileObject config(String... body) {
    String[] lines = new String[body.length + 3];
    lines[0] = "package shop;";
    lines[1] = "import dev.meerkat.Connection;";
    lines[2] = "import dev.meerkat.annotations.ConnectionConfig;";
    System.arraycopy(body, 0, lines, 3, body.length);
    return source("shop.Db", lines);
  }

  private static void assertError(
      Compilation compilation, JavaFileObject file, String text, String line) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(text).inFile(file).onLineContaining(line);
  }

  @Test
  void notAnInterface() {
    JavaFileObject db =
        config(
            "@ConnectionConfig",
            "public abstract class Db {",
            "  abstract UserModel users();",
            "}");
    assertError(
        compile(USER, db),
        db,
        "[MeerkatConfigKind] @ConnectionConfig applies to interfaces,"
            + " whose methods the generated factory implements; Db is a class. Declare it as an interface.",
        "public abstract class Db");
  }

  @Test
  void privateInterface() {
    JavaFileObject db =
        config(
            "public class Db {",
            "  @ConnectionConfig",
            "  private interface Inner {",
            "    UserModel users();",
            "  }",
            "}");
    assertError(
        compile(USER, db),
        db,
        "[MeerkatConfigPrivate] @ConnectionConfig interfaces must be"
            + " visible to the generated factory in the same package; Inner is private. Make it package-private or"
            + " public.",
        "private interface Inner");
  }

  @Test
  void genericInterface() {
    JavaFileObject db =
        config("@ConnectionConfig", "public interface Db<T, U> {", "  UserModel users();", "}");
    assertError(
        compile(USER, db),
        db,
        "[MeerkatConfigGenericType] @ConnectionConfig interfaces cannot"
            + " have type parameters, since the factory implements one concrete interface; Db declares <T, U>. Remove"
            + " them.",
        "public interface Db<T, U>");
  }

  @Test
  void returningTheEntityInsteadOfItsModel() {
    JavaFileObject db =
        config("@ConnectionConfig", "public interface Db {", "  User users();", "}");
    assertError(
        compile(USER, db),
        db,
        "[MeerkatConfigReturn] @ConnectionConfig methods return a"
            + " generated model (XModel, generated for a @Model type X) or dev.meerkat.Connection; Db.users() returns"
            + " shop.User. Return UserModel, the model generated for @Model User.",
        "User users();");
  }

  @Test
  void returningASchemaWithoutModel() {
    JavaFileObject tag =
        source(
            "shop.Tag",
            "package shop;",
            "import dev.meerkat.annotations.Schema;",
            "@Schema public record Tag(String id) {}");
    JavaFileObject db = config("@ConnectionConfig", "public interface Db {", "  Tag tags();", "}");
    assertError(
        compile(tag, db),
        db,
        "Db.tags() returns shop.Tag. Add @Model to Tag and return" + " TagModel.",
        "Tag tags();");
  }

  @Test
  void returningAnythingElseIncludingVoid() {
    JavaFileObject db =
        config(
            "@ConnectionConfig",
            "public interface Db {",
            "  String name();",
            "  void reset();",
            "  dev.meerkat.Model<User> raw();",
            "}");
    Compilation compilation = compile(USER, db);
    String fix = "Return a generated model or Connection, or make it a default method.";
    assertError(compilation, db, "Db.name() returns java.lang.String. " + fix, "String name();");
    assertThat(compilation)
        .hadErrorContaining("Db.reset() returns void. " + fix)
        .inFile(db)
        .onLineContaining("void reset();");
    assertThat(compilation)
        .hadErrorContaining("Db.raw() returns dev.meerkat.Model<shop.User>. " + fix)
        .inFile(db)
        .onLineContaining("raw();");
  }

  @Test
  void methodWithParameters() {
    JavaFileObject db =
        config(
            "@ConnectionConfig",
            "public interface Db {",
            "  UserModel users(String tenant, int n);",
            "}");
    assertError(
        compile(USER, db),
        db,
        "[MeerkatConfigParameters] @ConnectionConfig methods take no"
            + " parameters, since the generated implementation has nothing to pass; Db.users declares parameters"
            + " java.lang.String tenant, int n. Remove the parameters, or make it a default method.",
        "UserModel users(");
  }

  @Test
  void genericMethod() {
    JavaFileObject db =
        config(
            "@ConnectionConfig",
            "public interface Db {",
            "  <M extends UserModel> M users();",
            "}");
    assertError(
        compile(USER, db),
        db,
        "[MeerkatConfigGenericMethod] @ConnectionConfig methods cannot"
            + " have type parameters; Db.users declares <M>. Remove them and return a generated model.",
        "M users();");
  }

  @Test
  void returnTypeThatNeverExists() {
    JavaFileObject db =
        config(
            "@ConnectionConfig",
            "public interface Db {",
            "  UserModel users();",
            "  OrderModel orders();",
            "}");
    assertError(
        compile(USER, db),
        db,
        "[MeerkatConfigMissingType] Db.orders() returns OrderModel,"
            + " which does not exist, even after every annotation processor ran. Fix the type name or its import; a"
            + " model is generated only for a @Schema @Model type without errors.",
        "OrderModel orders();");
  }

  @Test
  void literalUriWithAnotherScheme() {
    JavaFileObject db =
        config(
            "@ConnectionConfig(",
            "    maxPoolSize = 5,",
            "    uri = \"http://admin:s3cret@db.example/shop\")",
            "public interface Db {",
            "  UserModel users();",
            "}");
    Compilation compilation = compile(USER, db);
    assertError(
        compilation,
        db,
        "[MeerkatConfigUri] @ConnectionConfig(uri) must start with mongodb://"
            + " or mongodb+srv:// (or with a ${NAME} placeholder that supplies it at run time); Db declares a URI with"
            + " scheme \"http\". Fix the scheme, e.g. mongodb://127.0.0.1:27017/app.",
        "uri = \"http://");
    assertThat(compilation).hadErrorCount(1);
    org.junit.jupiter.api.Assertions.assertTrue(
        compilation.diagnostics().stream().noneMatch(d -> d.getMessage(null).contains("s3cret")),
        "the password is never shown");
  }

  @Test
  void uriWhosePlaceholderDefaultHasNoSchemeIsCheckedToo() {
    JavaFileObject db =
        config(
            "@ConnectionConfig(uri = \"${MONGODB_URI:localhost:27017}\")",
            "public interface Db {",
            "  UserModel users();",
            "}");
    assertError(
        compile(USER, db), db, "Db declares a URI without a scheme.", "@ConnectionConfig(uri");
  }

  @Test
  void brokenPlaceholders() {
    JavaFileObject db =
        config(
            "@ConnectionConfig(uri = \"mongodb://h/${DB\")",
            "public interface Db {",
            "  UserModel users();",
            "}");
    assertError(
        compile(USER, db),
        db,
        "[MeerkatConfigPlaceholder] @ConnectionConfig(uri) placeholders"
            + " are written ${NAME} or ${NAME:default}; Db declares a URI with an unclosed \"${\" at index 12. Fix the"
            + " placeholder.",
        "@ConnectionConfig(uri");
    JavaFileObject nameless =
        config(
            "@ConnectionConfig(uri = \"${:mongodb://h}\")",
            "public interface Db {",
            "  UserModel users();",
            "}");
    assertError(
        compile(USER, nameless),
        nameless,
        "Db declares a URI with a placeholder without a name at index 0.",
        "@ConnectionConfig(uri");
  }

  @Test
  void optionsOutOfRange() {
    JavaFileObject db =
        config(
            "@ConnectionConfig(",
            "    maxPoolSize = -2,",
            "    maxConnecting = 0,",
            "    heartbeatFrequencyMS = 0,",
            "    serverSelectionTimeoutMS = -5)",
            "public interface Db {",
            "  UserModel users();",
            "}");
    Compilation compilation = compile(USER, db);
    assertError(
        compilation,
        db,
        "[MeerkatConfigOption] @ConnectionConfig(maxPoolSize) must be -1 (not"
            + " set) or at least 0; Db declares -2. Set it to 0 or more, or to -1 to leave it to the URI and the"
            + " driver's default.",
        "maxPoolSize = -2");
    assertThat(compilation)
        .hadErrorContaining(
            "@ConnectionConfig(maxConnecting) must be -1 (not set) or at least 1;"
                + " Db declares 0.")
        .inFile(db)
        .onLineContaining("maxConnecting = 0");
    assertThat(compilation)
        .hadErrorContaining(
            "@ConnectionConfig(heartbeatFrequencyMS) must be -1 (not set) or at"
                + " least 1; Db declares 0.")
        .inFile(db)
        .onLineContaining("heartbeatFrequencyMS = 0");
    assertThat(compilation)
        .hadErrorContaining(
            "@ConnectionConfig(serverSelectionTimeoutMS) must be -1 (not set) or"
                + " at least 0; Db declares -5.")
        .inFile(db)
        .onLineContaining("serverSelectionTimeoutMS = -5");
    assertThat(compilation).hadErrorCount(4);
  }

  @Test
  void minPoolSizeOverMaxPoolSize() {
    JavaFileObject db =
        config(
            "@ConnectionConfig(",
            "    maxPoolSize = 10,",
            "    minPoolSize = 20)",
            "public interface Db {",
            "  UserModel users();",
            "}");
    assertError(
        compile(USER, db),
        db,
        "[MeerkatConfigPoolSizes] @ConnectionConfig(minPoolSize) must not"
            + " exceed maxPoolSize; Db declares minPoolSize = 20 and maxPoolSize = 10. Lower minPoolSize or raise"
            + " maxPoolSize.",
        "minPoolSize = 20");
  }

  @Test
  void invalidDatabaseName() {
    JavaFileObject db =
        config(
            "@ConnectionConfig(",
            "    dbName = \"shop.eu\")",
            "public interface Db {",
            "  UserModel users();",
            "}");
    assertError(
        compile(USER, db),
        db,
        "[MeerkatConfigDbName] @ConnectionConfig(dbName) must be a"
            + " MongoDB database name: at most 63 bytes, without /\\. \"$*<>:|? or NUL; Db declares \"shop.eu\"."
            + " Choose another name, or leave it empty for the URI's database.",
        "dbName = \"shop.eu\"");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    JavaFileObject db =
        config(
            "@ConnectionConfig(",
            "    minPoolSize = -3,",
            "    uri = \"redis://h\")",
            "public interface Db {",
            "  UserModel users(int n);",
            "  String name();",
            "}");
    Compilation compilation = compile(USER, db);
    assertThat(compilation)
        .hadErrorContaining("[MeerkatConfigOption]")
        .inFile(db)
        .onLineContaining("minPoolSize = -3");
    assertThat(compilation)
        .hadErrorContaining("[MeerkatConfigUri]")
        .inFile(db)
        .onLineContaining("redis://h");
    assertThat(compilation)
        .hadErrorContaining("[MeerkatConfigParameters]")
        .inFile(db)
        .onLineContaining("users(int n)");
    assertThat(compilation)
        .hadErrorContaining("[MeerkatConfigReturn]")
        .inFile(db)
        .onLineContaining("String name()");
    assertThat(compilation).hadErrorCount(4);
  }

  @Test
  void inheritedMethodsAreCheckedAndReportedOnTheAnnotatedInterface() {
    JavaFileObject base =
        source("shop.Base", "package shop;", "public interface Base {", "  String label();", "}");
    JavaFileObject db =
        config(
            "@ConnectionConfig", "public interface Db extends Base {", "  UserModel users();", "}");
    assertError(
        compile(USER, base, db),
        db,
        "Base.label() returns java.lang.String.",
        "public interface Db extends Base");
  }

  @Test
  void defaultStaticAndPrivateMethodsAndObjectMethodsNeedNoImplementation() {
    JavaFileObject db =
        config(
            "@ConnectionConfig",
            "public interface Db {",
            "  UserModel users();",
            "  default long count() { return users().countDocuments(); }",
            "  static String label() { return helper(); }",
            "  private static String helper() { return \"db\"; }",
            "  @Override String toString();",
            "  @Override boolean equals(Object other);",
            "}");
    assertThat(compile(USER, db)).succeededWithoutWarnings();
  }
}
