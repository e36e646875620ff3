package dev.meerkat.testing.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads and rewrites MongoDB connection strings without the driver: split into scheme, authority
 * (credentials and hosts), database path and options, as the connection string format defines.
 */
public final class ConnectionStrings {

  private static final Pattern FORBIDDEN_IN_DATABASE = Pattern.compile("[/\\\\. \"$?\\x00]");

  private ConnectionStrings() {}

  /** The parts of one connection string. {@code database} and {@code options} may be empty. */
  public record Parts(
      String scheme, String credentials, String hosts, String database, String options) {

    /** The first host, without a port; IPv6 literals keep their brackets. */
    public String firstHost() {
      String first = hosts.split(",", -1)[0];
      if (first.startsWith("[")) {
        return first.substring(0, first.indexOf(']') + 1);
      }
      int colon = first.indexOf(':');
      return colon < 0 ? first : first.substring(0, colon);
    }

    /** The first host's port; 27017 when not given (always so for {@code mongodb+srv}). */
    public int firstPort() {
      String first = hosts.split(",", -1)[0];
      int colon = first.lastIndexOf(':');
      if (colon < 0 || colon < first.lastIndexOf(']')) {
        return 27017;
      }
      return Integer.parseInt(first.substring(colon + 1));
    }
  }

  /**
   * Splits {@code uri}.
   *
   * @throws IllegalArgumentException if it does not start with {@code mongodb://} or {@code
   *     mongodb+srv://}, or names no host; the message shows the URI without its password
   */
  public static Parts parse(String uri) {
    Objects.requireNonNull(uri, "uri == null");
    int schemeEnd = uri.indexOf("://");
    String scheme = schemeEnd < 0 ? "" : uri.substring(0, schemeEnd);
    if (!scheme.equals("mongodb") && !scheme.equals("mongodb+srv")) {
      throw new IllegalArgumentException(
          "MongoDB URI '" + redact(uri) + "' must start with mongodb:// or mongodb+srv://");
    }
    String rest = uri.substring(schemeEnd + 3);
    int authorityEnd = indexOfAny(rest, "/?");
    String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
    String tail = authorityEnd < 0 ? "" : rest.substring(authorityEnd);
    // '@' inside a password must be percent-encoded, so the last '@' ends the credentials.
    int at = authority.lastIndexOf('@');
    String credentials = at < 0 ? "" : authority.substring(0, at);
    String hosts = authority.substring(at + 1);
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException("MongoDB URI '" + redact(uri) + "' names no host");
    }
    String path = tail.startsWith("/") ? tail.substring(1) : tail;
    int question = path.indexOf('?');
    String database = question < 0 ? path : path.substring(0, question);
    String options = question < 0 ? "" : path.substring(question + 1);
    return new Parts(scheme, credentials, hosts, database, options);
  }

  /**
   * {@code uri} with {@code database} as its path. When the URI has credentials but no {@code
   * authSource}, the database they authenticate against (the old path, or {@code admin}) is added
   * as {@code authSource} so changing the path does not break authentication.
   */
  public static String withDatabase(String uri, String database) {
    checkDatabaseName(database);
    Parts parts = parse(uri);
    String options = parts.options();
    if (!parts.credentials().isEmpty() && !hasOption(options, "authSource")) {
      String authSource = parts.database().isEmpty() ? "admin" : parts.database();
      options =
          options.isEmpty() ? "authSource=" + authSource : options + "&authSource=" + authSource;
    }
    StringBuilder out = new StringBuilder(parts.scheme()).append("://");
    if (!parts.credentials().isEmpty()) {
      out.append(parts.credentials()).append('@');
    }
    out.append(parts.hosts()).append('/').append(database);
    if (!options.isEmpty()) {
      out.append('?').append(options);
    }
    return out.toString();
  }

  /** {@code uri} with the password, if any, replaced by {@code *****}. Never fails. */
  public static String redact(String uri) {
    if (uri == null) {
      return "null";
    }
    int schemeEnd = uri.indexOf("://");
    int start = schemeEnd < 0 ? 0 : schemeEnd + 3;
    int authorityEnd = indexOfAny(uri.substring(start), "/?");
    int end = authorityEnd < 0 ? uri.length() : start + authorityEnd;
    int at = uri.lastIndexOf('@', end - 1);
    if (at < start) {
      return uri;
    }
    int colon = uri.indexOf(':', start);
    if (colon < 0 || colon > at) {
      return uri;
    }
    return uri.substring(0, colon + 1) + "*****" + uri.substring(at);
  }

  /** Rejects names MongoDB refuses as database names, saying which character is at fault. */
  public static void checkDatabaseName(String database) {
    Objects.requireNonNull(database, "database == null");
    if (database.isBlank()) {
      throw new IllegalArgumentException("database name must not be blank");
    }
    var matcher = FORBIDDEN_IN_DATABASE.matcher(database);
    if (matcher.find()) {
      throw new IllegalArgumentException(
          "database name '"
              + database
              + "' contains '"
              + matcher.group()
              + "', which MongoDB does not allow in database names");
    }
    if (database.length() > 63) {
      throw new IllegalArgumentException(
          "database name '"
              + database
              + "' is "
              + database.length()
              + " characters long; MongoDB allows at most 63");
    }
  }

  private static boolean hasOption(String options, String name) {
    for (String option : options.split("&")) {
      int equals = option.indexOf('=');
      String key = equals < 0 ? option : option.substring(0, equals);
      if (key.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static int indexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
