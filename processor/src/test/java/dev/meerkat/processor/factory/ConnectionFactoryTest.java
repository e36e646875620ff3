package dev.meerkat.processor.factory;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.meerkat.processor.factory.FactoryCompilations.compile;
import static dev.meerkat.processor.factory.FactoryCompilations.compileAndLoad;
import static dev.meerkat.processor.factory.FactoryCompilations.modelRecord;
import static dev.meerkat.processor.factory.FactoryCompilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.meerkat.ConfigurationException;
import dev.meerkat.Connection;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.ReadyState;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Behaviour of generated factories: compiles a {@code @Schema @Model} record, a
 * {@code @ConnectionConfig} interface and code that uses them as a user would, then runs that code
 * against the test's real server.
 */
@MongoTest
class ConnectionFactoryTest {
  private static final String PROPERTY = "MEERKAT_FACTORY_TEST_URI";
  private static final JavaFileObject DB =
      source(
          "shop.Db",
          "package shop;",
          "import dev.meerkat.Connection;",
          "import dev.meerkat.annotations.ConnectionConfig;",
          "import dev.meerkat.annotations.Toggle;",
          "/** The shop's database. */",
          "@ConnectionConfig(uri = \"${" + PROPERTY + "}\", maxPoolSize = 7, minPoolSize = 1,",
          "    serverSelectionTimeoutMS = 5000, bufferCommands = Toggle.ON, autoIndex = Toggle.OFF)",
          "public interface Db extends AutoCloseable {",
          "  UserModel users();",
          "  Connection connection();",
          "  default long userCount() { return users().countDocuments(); }",
          "  @Override void close();",
          "}");

  /** Calls the generated API the way users write it, so its signatures are checked by javac. */
  private static final JavaFileObject USAGE =
      source(
          "shop.Usage",
          "package shop;",
          "import dev.meerkat.ConnectionOptions;",
          "import dev.meerkat.MeerkatInstance;",
          "import org.bson.types.ObjectId;",
          "public final class Usage {",
          "  private Usage() {}",
          "  public static Db create() { return DbFactory.create(); }",
          "  public static Db create(String uri) { return DbFactory.create(uri); }",
          "  public static Db create(String uri, ConnectionOptions o) { return DbFactory.create(uri, o); }",
          "  public static Db create(MeerkatInstance i, String uri, ConnectionOptions o) {",
          "    return DbFactory.create(i, uri, o);",
          "  }",
          "  public static ConnectionOptions declared() { return DbFactory.options(); }",
          "  public static String roundTrip(Db db, String name) {",
          "    ObjectId id = new ObjectId();",
          "    db.users().create(new User(id, name));",
          "    return db.users().findById(id).orElseThrow().name() + \"/\"",
          "        + db.users().countDocuments(UserSchema.NAME.eq(name));",
          "  }",
          "  public static long count(Db db) { return db.userCount(); }",
          "}");

  private static ClassLoader loader;
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  ConnectionFactoryTest(MongoServer server) {
    this.server = server;
  }

  @BeforeAll
  static void compileSources() {
    loader = compileAndLoad(modelRecord("shop", "User"), DB, USAGE);
  }

  @AfterEach
  void closeEverything() {
    meerkat.disconnect().join();
    System.clearProperty(PROPERTY);
  }

  private static Object call(String method, Object... args) throws Exception {
    Class<?> usage = loader.loadClass("shop.Usage");
    Method target =
        Arrays.stream(usage.getMethods())
            .filter(m -> m.getName().equals(method) && m.getParameterCount() == args.length)
            .findFirst()
            .orElseThrow();
    try {
      return target.invoke(null, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static Connection connectionOf(Object db) throws Exception {
    return (Connection) loader.loadClass("shop.Db").getMethod("connection").invoke(db);
  }

  @Test
  void createRegistersEveryModelOnOneNewConnectionAndRoundTripsDocuments() throws Exception {
    Object db = call("create", meerkat, server.uri(), ConnectionOptions.builder().build());
    Connection connection = connectionOf(db);
    long before = (long) call("count", db);
    assertEquals("Ada/1", call("roundTrip", db, "Ada"));
    assertEquals(before + 1, (long) call("count", db), "default methods are inherited");
    assertEquals(List.of("User"), connection.modelNames());
    assertEquals(server.databaseName(), connection.name());
    assertTrue(meerkat.connections().contains(connection));
    Object other = call("create", meerkat, server.uri(), ConnectionOptions.builder().build());
    assertNotSame(connection, connectionOf(other), "every create opens its own connection");
    assertEquals("Grace/1", call("roundTrip", other, "Grace"));
  }

  @Test
  void declaredOptionsReachTheConnectionAndOverridesWin() throws Exception {
    ConnectionOptions declared = (ConnectionOptions) call("declared");
    assertEquals(
        ConnectionOptions.builder()
            .bufferCommands(true)
            .autoIndex(false)
            .maxPoolSize(7)
            .minPoolSize(1)
            .serverSelectionTimeoutMS(5000)
            .build(),
        declared);
    Connection plain =
        connectionOf(call("create", meerkat, server.uri(), ConnectionOptions.builder().build()));
    assertEquals(7, plain.options().maxPoolSize());
    assertEquals(1, plain.options().minPoolSize());
    assertEquals(5000L, plain.options().serverSelectionTimeoutMS());
    assertEquals(false, plain.options().autoIndex());
    assertEquals(null, plain.options().heartbeatFrequencyMS(), "unset options stay unset");
    Connection overridden =
        connectionOf(
            call(
                "create",
                meerkat,
                server.uri(),
                ConnectionOptions.builder().maxPoolSize(3).autoIndex(true).build()));
    assertEquals(3, overridden.options().maxPoolSize());
    assertEquals(true, overridden.options().autoIndex());
    assertEquals(
        1, overridden.options().minPoolSize(), "options not overridden keep the declared value");
  }

  @Test
  void placeholdersResolveFromSystemPropertiesAndDefaults() throws Exception {
    System.setProperty(PROPERTY, server.uri());
    Object fromProperty = call("create");
    try {
      assertEquals("Edsger/1", call("roundTrip", fromProperty, "Edsger"));
      assertEquals(server.databaseName(), connectionOf(fromProperty).name());
    } finally {
      ((AutoCloseable) fromProperty).close();
    }
    String withDefault =
        "${MEERKAT_FACTORY_TEST_UNSET_" + System.nanoTime() + ":" + server.uri() + "}";
    Connection fromDefault =
        connectionOf(call("create", meerkat, withDefault, ConnectionOptions.builder().build()));
    assertEquals(server.databaseName(), fromDefault.name());
  }

  @Test
  void placeholderWithoutValueFailsNamingIt() {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> call("create"));
    assertTrue(e.getMessage().contains("${" + PROPERTY + "} has no value"), e.getMessage());
  }

  @Test
  void closeClosesTheConnectionAndWaitsForIt() throws Exception {
    Object db = call("create", meerkat, server.uri(), ConnectionOptions.builder().build());
    Connection connection = connectionOf(db);
    assertEquals("Barbara/1", call("roundTrip", db, "Barbara"));
    assertEquals(ReadyState.CONNECTED, connection.readyState());
    ((AutoCloseable) db).close();
    assertEquals(ReadyState.DISCONNECTED, connection.readyState());
  }

  @Test
  void toStringShowsTheUriWithoutItsPassword() throws Exception {
    String uri =
        "mongodb://app:s3cret@"
            + server.host()
            + ":"
            + server.port()
            + "/"
            + server.databaseName()
            + "?serverSelectionTimeoutMS=200";
    Object db = call("create", meerkat, uri, ConnectionOptions.builder().build());
    String text = db.toString();
    assertTrue(
        text.startsWith("Db{uri=mongodb://app:<hidden>@" + server.host() + ":" + server.port()),
        text);
    assertTrue(text.contains("models=[users]"), text);
    assertFalse(text.contains("s3cret"), text);
  }

  @Test
  void nullArgumentsAreRejectedAtOnce() {
    NullPointerException uri =
        assertThrows(NullPointerException.class, () -> call("create", (Object) null));
    assertEquals("uri == null", uri.getMessage());
    NullPointerException overrides =
        assertThrows(NullPointerException.class, () -> call("create", server.uri(), null));
    assertEquals("overrides == null", overrides.getMessage());
  }

  @Test
  void interfacesMayInheritMethodsSkipCloseAndNest() throws Exception {
    JavaFileObject base =
        source(
            "shop.Base", "package shop;", "public interface Base {", "  UserModel users();", "}");
    JavaFileObject outer =
        source(
            "shop.Outer",
            "package shop;",
            "import dev.meerkat.annotations.ConnectionConfig;",
            "public final class Outer {",
            "  private Outer() {}",
            "  @ConnectionConfig(uri = \"mongodb://127.0.0.1:27017/x\")",
            "  public interface Reports extends Base, java.io.Closeable {",
            "    OrderModel orders();",
            "    OrderModel moreOrders();",
            "  }",
            "  @ConnectionConfig",
            "  interface Plain { UserModel users(); }",
            "}");
    ClassLoader classes =
        compileAndLoad(modelRecord("shop", "User"), modelRecord("shop", "Order"), base, outer);
    Class<?> factory = classes.loadClass("shop.Outer_ReportsFactory");
    Object reports =
        factory
            .getMethod("create", MeerkatInstance.class, String.class, ConnectionOptions.class)
            .invoke(null, meerkat, server.uri(), ConnectionOptions.builder().build());
    Class<?> reportsType = classes.loadClass("shop.Outer$Reports");
    Object orders = reportsType.getMethod("orders").invoke(reports);
    assertSame(
        orders, reportsType.getMethod("moreOrders").invoke(reports), "one model per connection");
    Connection connection = ((dev.meerkat.Model<?>) orders).connection();
    assertEquals(List.of("Order", "User"), connection.modelNames().stream().sorted().toList());
    ((java.io.Closeable) reports).close();
    assertEquals(ReadyState.DISCONNECTED, connection.readyState());
    Class<?> plain = classes.loadClass("shop.Outer_PlainFactory");
    assertFalse(
        AutoCloseable.class.isAssignableFrom(plain.getDeclaredClasses()[0]),
        "no close() unless the interface declares one");
  }

  @Test
  void noProviderWithoutAnInjectApiAndOutputIsStable() throws IOException {
    Compilation first = compile(modelRecord("shop", "User"), DB);
    Compilation second = compile(modelRecord("shop", "User"), DB);
    assertThat(first).succeededWithoutWarnings();
    assertFalse(
        first.generatedSourceFile("shop.DbProvider").isPresent(),
        "jakarta.inject is not on this path");
    String factory =
        first
            .generatedFile(StandardLocation.SOURCE_OUTPUT, "shop", "DbFactory.java")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertEquals(
        factory,
        second
            .generatedFile(StandardLocation.SOURCE_OUTPUT, "shop", "DbFactory.java")
            .orElseThrow()
            .getCharContent(true)
            .toString());
    assertTrue(factory.contains("@Generated(\"dev.meerkat.processor.MeerkatProcessor\")"), factory);
  }
}
