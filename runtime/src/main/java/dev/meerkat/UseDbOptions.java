package dev.meerkat;

/**
 * Options of {@link Connection#useDb(String, UseDbOptions)}. Immutable.
 *
 * <pre>{@code Connection tenant = conn.useDb("tenant_acme", UseDbOptions.cached());}</pre>
 *
 * <p>{@code useDb} checks the name against MongoDB's database-name rules before any I/O, and
 * refuses the server's own databases {@code admin}, {@code local} and {@code config} unless {@link
 * #allowReserved()} says the caller means it:
 *
 * <pre>{@code Connection admin = conn.useDb("admin", UseDbOptions.defaults().allowReserved());}
 * </pre>
 *
 * @param useCache return the same connection for the same database name
 * @param noListener do not forward the parent's events to the new connection
 * @param reservedAllowed allow {@code admin}, {@code local} and {@code config}
 */
public record UseDbOptions(boolean useCache, boolean noListener, boolean reservedAllowed) {

  /** Options that refuse the reserved databases. */
  public UseDbOptions(boolean useCache, boolean noListener) {
    this(useCache, noListener, false);
  }

  /** Mongoose's defaults: a new connection each call, events forwarded. */
  public static UseDbOptions defaults() {
    return new UseDbOptions(false, false);
  }

  /** One connection per database name, reused by later calls. */
  public static UseDbOptions cached() {
    return new UseDbOptions(true, false);
  }

  /**
   * These options, also allowing the server's own databases {@code admin}, {@code local} and {@code
   * config}.
   */
  public UseDbOptions allowReserved() {
    return new UseDbOptions(useCache, noListener, true);
  }
}
