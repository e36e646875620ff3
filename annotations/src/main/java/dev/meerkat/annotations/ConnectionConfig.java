package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a connection and the models registered on it: Mongoose's recommended "connection
 * factory" pattern, generated at build time. Put it on an interface whose methods return generated
 * typed models (and optionally {@code dev.meerkat.Connection}); the processor generates {@code
 * IFactory} with {@code create()}, {@code create(String uri)} and {@code create(String uri,
 * ConnectionOptions overrides)}, each returning an {@code I} whose models are all registered on one
 * new connection. Extend {@link AutoCloseable} to close it with try-with-resources or let a DI
 * container close it.
 *
 * <pre>{@code
 * @ConnectionConfig(uri = "${MONGODB_URI:mongodb://127.0.0.1:27017/web}", maxPoolSize = 10)
 * public interface WebDb extends AutoCloseable {
 *   UserModel users();
 *   Connection connection();
 *   @Override void close(); // without "throws Exception": no catch needed, no -Xlint:try warning
 * }
 * try (WebDb db = WebDbFactory.create()) { db.users().create(...); }
 * }</pre>
 *
 * <p>Numeric options use {@code -1} for "not set" (the URI's value, else the driver's default);
 * {@link Toggle#INHERIT} leaves Meerkat's own options to the global settings.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ConnectionConfig {
  /**
   * The connection string; {@code ${NAME:default}} placeholders are resolved at run time from
   * environment variables, then system properties, else the default.
   */
  String uri() default "${MONGODB_URI:mongodb://127.0.0.1:27017/test}";

  /** The database, overriding the URI's path; empty for the URI's. */
  String dbName() default "";

  /** Mongoose's {@code bufferCommands}. */
  Toggle bufferCommands() default Toggle.INHERIT;

  /** Mongoose's {@code bufferTimeoutMS}; {@code -1}: the global setting (10000). */
  long bufferTimeoutMS() default -1;

  /** Mongoose's {@code autoIndex}. */
  Toggle autoIndex() default Toggle.INHERIT;

  /** Mongoose's {@code autoCreate}. */
  Toggle autoCreate() default Toggle.INHERIT;

  /** The pool's {@code maxPoolSize}; {@code -1}: not set (100). */
  int maxPoolSize() default -1;

  /** The pool's {@code minPoolSize}; {@code -1}: not set (0). */
  int minPoolSize() default -1;

  /** The pool's {@code maxConnecting}; {@code -1}: not set (2). */
  int maxConnecting() default -1;

  /** The pool's {@code maxIdleTimeMS}; {@code -1}: not set. */
  long maxIdleTimeMS() default -1;

  /** The pool's {@code waitQueueTimeoutMS}; {@code -1}: not set. */
  long waitQueueTimeoutMS() default -1;

  /** {@code socketTimeoutMS}; {@code -1}: not set. */
  long socketTimeoutMS() default -1;

  /** {@code connectTimeoutMS}; {@code -1}: not set. */
  long connectTimeoutMS() default -1;

  /** {@code serverSelectionTimeoutMS}; {@code -1}: not set (30000). */
  long serverSelectionTimeoutMS() default -1;

  /** {@code heartbeatFrequencyMS}; {@code -1}: not set. */
  long heartbeatFrequencyMS() default -1;
}
