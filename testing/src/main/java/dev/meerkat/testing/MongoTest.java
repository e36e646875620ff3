package dev.meerkat.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a JUnit 5 test class a running MongoDB and a fresh database name for it. Declare a {@link
 * MongoServer} parameter on a test method, lifecycle method or constructor to receive it.
 *
 * <p>The server is resolved in this order: {@code MONGODB_URI} (or the system property {@code
 * meerkat.test.mongodb.uri}); a Testcontainers MongoDB when a Docker engine answers; otherwise the
 * embedded mongo-java-server on a free port of 127.0.0.1. By default one server is shared by every
 * test class in the JVM and stopped when the test run ends.
 *
 * <pre>{@code
 * @MongoTest
 * class UserStoreTest {
 *     @Test
 *     void insertsUser(MongoServer server) {
 *         try (MongoClient client = MongoClients.create(server.uri())) {
 *             client.getDatabase(server.databaseName()).getCollection("users").insertOne(new Document("name", "Ann"));
 *         }
 *     }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(MongoExtension.class)
public @interface MongoTest {
  /**
   * Whether this class gets a server of its own instead of the one shared by the test run. A class
   * that calls {@link MongoServer#stop()} must be isolated so it cannot break other classes. An
   * external server ({@code MONGODB_URI}) is never started by us, so there it only gives the class
   * its own handle. Default {@code false}.
   */
  boolean isolated() default false;

  /**
   * Whether an embedded server keeps its data across {@link MongoServer#stop()} and {@link
   * MongoServer#start()}: it is then backed by an H2 MVStore file in a temporary directory instead
   * of memory. Implies {@link #isolated()}. Testcontainers and external servers keep their data
   * anyway. Default {@code false}.
   */
  boolean persistent() default false;
}
