package dev.meerkat.internal.options;

import dev.meerkat.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * MongoDB's rules for database names (the server manual's "Naming Restrictions"), checked before
 * any I/O: not empty, fewer than 64 bytes, none of {@code / \ . " $ * < > : | ?}, a space or NUL
 * (the Windows set, the strictest, so a name valid here is valid on every server), nor an unpaired
 * surrogate (no UTF-8 form). The server's own databases {@code admin}, {@code local} and {@code
 * config} (compared ignoring case, as the server refuses names that differ only by case) are
 * refused unless the caller opts in. Stateless.
 */
public final class DatabaseNames {
  /** The longest database name MongoDB accepts, in UTF-8 bytes. */
  public static final int MAX_BYTES = 63;

  private static final Set<String> RESERVED = Set.of("admin", "local", "config");
  private static final String FORBIDDEN = "/\\. \"$*<>:|?\0";

  private DatabaseNames() {}

  /**
   * Checks {@code name} as a database name.
   *
   * @param what how the message names the value, e.g. {@code "useDb name"} or {@code "tenant id"}
   * @param allowReserved whether {@code admin}, {@code local} and {@code config} are allowed
   * @param optIn how to opt in to a reserved name, for the message
   * @throws ConfigurationException naming the value and the rule it breaks
   */
  public static void check(String name, String what, boolean allowReserved, String optIn) {
    if (name == null || name.isEmpty()) {
      throw new ConfigurationException(what + " must not be empty");
    }
    if (!allowReserved && RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
      throw new ConfigurationException(
          what
              + " \""
              + name
              + "\" names a database MongoDB reserves for itself"
              + " (admin, local, config); choose another name, or "
              + optIn
              + " if you really mean it");
    }
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      throw new ConfigurationException(
          what
              + " \""
              + shorten(name)
              + "\" is "
              + bytes
              + " bytes long; MongoDB"
              + " database names must be at most "
              + MAX_BYTES
              + " bytes (UTF-8)");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < name.length()
            && Character.isLowSurrogate(name.charAt(i + 1))) {
          i++; // a whole supplementary character
          continue;
        }
        throw new ConfigurationException(
            what
                + " has an unpaired surrogate (U+"
                + Integer.toHexString(c).toUpperCase(Locale.ROOT)
                + ") at index "
                + i
                + ": it is not Unicode text and has no UTF-8 form, so the database MongoDB"
                + " gets would not be the one named; pass the name as whole characters");
      }
      if (FORBIDDEN.indexOf(c) >= 0) {
        String shown = c == '\0' ? "NUL" : "'" + c + "'";
        throw new ConfigurationException(
            what
                + " \""
                + name.replace('\0', '?')
                + "\" contains "
                + shown
                + ", which MongoDB database names must not contain (/\\. \"$*<>:|?, a space or NUL)");
      }
    }
  }

  /**
   * {@code text} percent-encoded for a URI path: letters, digits, {@code -}, {@code _} and {@code
   * ~} are kept, every other UTF-8 byte becomes {@code %XX}. The driver decodes the path, so the
   * database name it uses is exactly {@code text}, and two different ids never decode to one name.
   */
  public static String encodeForUriPath(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '~') {
        s.append((char) c);
      } else {
        s.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return s.toString();
  }

  /**
   * A name over {@link #MAX_BYTES} has at least 16 code points (4 bytes each at most): its first
   * 16, whole.
   */
  private static String shorten(String name) {
    return name.substring(0, name.offsetByCodePoints(0, 16)) + "...";
  }
}
