package dev.meerkat;

/**
 * Options of {@link Connection#useDb(String, UseDbOptions)}. Immutable.
 *
 * <pre>{@code Connection tenant = conn.useDb("tenant_acme", UseDbOptions.cached());}</pre>
 *
 * @param useCache return the same connection for the same database name
 * @param noListener do not forward the parent's events to the new connection
 */
public record UseDbOptions(boolean useCache, boolean noListener) {

  /** Mongoose's defaults: a new connection each call, events forwarded. */
  public static UseDbOptions defaults() {
    return new UseDbOptions(false, false);
  }

  /** One connection per database name, reused by later calls. */
  public static UseDbOptions cached() {
    return new UseDbOptions(true, false);
  }
}
