package dev.meerkat.internal.options;

/**
 * A connection string safe to print: the password and secret query values replaced by {@code
 * <hidden>}.
 */
public final class RedactedUri {
  private RedactedUri() {}

  /** {@code uri} with its secrets hidden; {@code null} stays {@code null}. */
  public static String of(String uri) {
    return uri == null ? null : RawUri.of(uri).redacted();
  }
}
