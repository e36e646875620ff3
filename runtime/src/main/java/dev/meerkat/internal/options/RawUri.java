package dev.meerkat.internal.options;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A connection string as the user typed it, read without trusting it to be well formed: where the
 * password is (so it can be hidden from every message) and the query options (so Meerkat's own can
 * be taken out before the driver sees them).
 */
public final class RawUri {
  static final String HIDDEN = "<hidden>";

  /** One {@code key=value} of the query string, as written. */
  record QueryOption(String key, String value) {
    String lowerKey() {
      return key.toLowerCase(Locale.ROOT);
    }
  }

  private final String text;
  private final int passwordStart;
  private final int passwordEnd;
  private final int queryStart;

  /** Where the text after the scheme starts. */
  private final int authorityStart;

  /**
   * Whether the user information cannot be told apart for sure: then everything after the scheme is
   * secret.
   */
  private final boolean ambiguous;

  private RawUri(String text, int passwordStart, int passwordEnd, int queryStart) {
    this.text = text;
    this.passwordStart = passwordStart;
    this.passwordEnd = passwordEnd;
    this.queryStart = queryStart;
    int schemeEnd = text.indexOf("://");
    this.authorityStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
    this.ambiguous = ambiguous(text, authorityStart);
  }

  /**
   * Whether a password may hide where this reading cannot find it: an '@' somewhere, but not
   * exactly one in the authority followed by what looks like hosts. A valid URI escapes '@', '/',
   * '?' and ':' in its user information, so only malformed URIs (and the rare valid one with an '@'
   * in a query value) are ambiguous; their messages show no more than the scheme.
   */
  private static boolean ambiguous(String text, int authorityStart) {
    if (text.indexOf('@', authorityStart) < 0) {
      return false;
    }
    int end = text.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int i = text.indexOf(c, authorityStart);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    String authority = text.substring(authorityStart, end);
    int at = authority.indexOf('@');
    return at < 0
        || at != authority.lastIndexOf('@')
        || !plausibleHosts(authority.substring(at + 1))
        || text.indexOf('@', end) >= 0;
  }

  /** Whether {@code hosts} reads as {@code host[:port][,host[:port]...]}. */
  private static boolean plausibleHosts(String hosts) {
    if (hosts.isEmpty()) {
      return false;
    }
    for (String host : hosts.split(",", -1)) {
      String name = host;
      int colon = host.startsWith("[") ? host.indexOf("]:") + 1 : host.lastIndexOf(':');
      if (colon > 0) {
        String port = host.substring(colon + 1);
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)) {
          return false;
        }
        name = host.substring(0, colon);
      }
      if (name.isEmpty()
          || !name.chars()
              .allMatch(c -> Character.isLetterOrDigit(c) || ".-_%~[]:".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  public static RawUri of(String text) {
    int schemeEnd = text.indexOf("://");
    int authorityStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
    int at = credentialsEnd(text, authorityStart);
    int passwordStart = -1;
    int passwordEnd = -1;
    if (at >= 0) {
      int colon = text.indexOf(':', authorityStart);
      if (colon >= 0 && colon < at) {
        passwordStart = colon + 1;
        passwordEnd = at;
      }
    }
    int question = text.indexOf('?', Math.max(authorityStart, at + 1));
    return new RawUri(text, passwordStart, passwordEnd, question);
  }

  /**
   * The '@' ending the user information. Passwords with an unescaped '?' or '@' are malformed but
   * still secret, so when in doubt this errs towards hiding more.
   */
  private static int credentialsEnd(String text, int authorityStart) {
    int question = text.indexOf('?', authorityStart);
    if (question >= 0) {
      int beforeQuery = text.lastIndexOf('@', question);
      if (beforeQuery >= authorityStart) {
        return beforeQuery;
      }
    }
    int last = text.lastIndexOf('@');
    return last >= authorityStart ? last : -1;
  }

  /**
   * The hosts as written, in order (the driver sorts them). Only meaningful once the driver has
   * accepted the URI.
   */
  List<String> hosts() {
    int schemeEnd = text.indexOf("://");
    int start = schemeEnd < 0 ? 0 : schemeEnd + 3;
    int at = credentialsEnd(text, start);
    if (at >= 0) {
      start = at + 1;
    }
    int end = text.length();
    for (char c : new char[] {'/', '?'}) {
      int i = text.indexOf(c, start);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    List<String> hosts = new ArrayList<>();
    for (String host : text.substring(start, end).split(",")) {
      if (!host.isEmpty()) {
        hosts.add(host);
      }
    }
    return hosts;
  }

  /**
   * Whether the URI has an '@' that cannot be read for sure; see {@link #ambiguous(String, int)}.
   */
  boolean ambiguous() {
    return ambiguous;
  }

  boolean hasPassword() {
    return passwordStart >= 0;
  }

  /** The query options in order; empty when there is no query string. */
  List<QueryOption> queryOptions() {
    List<QueryOption> options = new ArrayList<>();
    if (queryStart < 0) {
      return options;
    }
    for (String pair : text.substring(queryStart + 1).split("[&;]")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      options.add(
          eq < 0
              ? new QueryOption(pair, null)
              : new QueryOption(pair.substring(0, eq), pair.substring(eq + 1)));
    }
    return options;
  }

  /** This URI with its query string replaced by {@code kept}. */
  String withQuery(List<QueryOption> kept) {
    String base = queryStart < 0 ? text : text.substring(0, queryStart);
    if (kept.isEmpty()) {
      return base;
    }
    StringBuilder s = new StringBuilder(base).append('?');
    for (QueryOption option : kept) {
      s.append(option.key());
      if (option.value() != null) {
        s.append('=').append(option.value());
      }
      s.append('&');
    }
    s.setLength(s.length() - 1);
    return s.toString();
  }

  /**
   * The URI with the password, and any query value that is not a known non-secret option's, shown
   * as {@code <hidden>} (an ambiguous URI, see {@link #ambiguous}, shows only its scheme): secret
   * options ({@code password}, {@code proxyPassword}, {@code tlsCertificateKeyFilePassword}, {@code
   * authMechanismProperties}, ...), unknown and misspelled ones (a typo of a secret option is still
   * a secret), and malformed pairs ({@code ??proxyPassword=}).
   */
  public String redacted() {
    if (ambiguous) {
      return text.substring(0, authorityStart) + HIDDEN;
    }
    StringBuilder s = new StringBuilder();
    int end = queryStart < 0 ? text.length() : queryStart;
    if (hasPassword()) {
      s.append(text, 0, passwordStart).append(HIDDEN).append(text, passwordEnd, end);
    } else {
      s.append(text, 0, end);
    }
    if (queryStart >= 0) {
      s.append('?');
      String query = text.substring(queryStart + 1);
      int from = 0;
      for (int i = 0; i <= query.length(); i++) {
        if (i == query.length() || query.charAt(i) == '&' || query.charAt(i) == ';') {
          s.append(redactedPair(query.substring(from, i)));
          if (i < query.length()) {
            s.append(query.charAt(i));
          }
          from = i + 1;
        }
      }
    }
    return s.toString();
  }

  private static String redactedPair(String pair) {
    int eq = pair.indexOf('=');
    String key = eq < 0 ? pair : pair.substring(0, eq);
    if (!isNameLike(key) || !OptionNames.showable(key) || (eq < 0 && !showsValue(key))) {
      // Not an option name, or an unknown name without a value: perhaps part of a secret split at
      // '&'.
      return pair.isEmpty() ? pair : HIDDEN;
    }
    if (eq < 0 || showsValue(key)) {
      return pair;
    }
    return key + "=" + HIDDEN;
  }

  /**
   * Whether {@code key} looks like an option name, so it can be shown (a malformed one may hold a
   * secret).
   */
  static boolean isNameLike(String key) {
    if (key.isEmpty() || key.length() > 64) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(c >= 'a' && c <= 'z')
          && !(c >= 'A' && c <= 'Z')
          && !(c >= '0' && c <= '9')
          && c != '_') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the value of option {@code key} may be shown: only a known option that carries no
   * secret.
   */
  static boolean showsValue(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    boolean known =
        OptionNames.find(OptionNames.DRIVER_URI, key) != null
            || OptionNames.find(OptionNames.MEERKAT_OWN, key) != null
            || OptionNames.find(OptionNames.REMOVED.keySet(), key) != null;
    return known && !isSecretOption(lower);
  }

  /**
   * {@code message} with every secret of this URI replaced by {@code <hidden>}: the URI as written
   * becomes {@link #redacted()}; the password (as written and decoded, and its fragments, since a
   * malformed URI may be split inside it) and the values of secret options are replaced where they
   * stand as a whole word, never inside another word ("Unknown option" stays whole for the password
   * {@code p}).
   */
  public String scrub(String message) {
    if (message == null) {
      return null;
    }
    String result = message.replace(text, redacted());
    for (String secret : secrets()) {
      result = replaceWord(result, secret);
    }
    return result;
  }

  /**
   * {@code message} with each occurrence of {@code secret} not flanked by a letter or digit hidden.
   */
  private static String replaceWord(String message, String secret) {
    StringBuilder s = new StringBuilder(message.length());
    int from = 0;
    int at;
    while ((at = message.indexOf(secret, from)) >= 0) {
      int after = at + secret.length();
      boolean whole =
          (at == 0 || !isWordChar(message.charAt(at - 1), secret.charAt(0)))
              && (after == message.length()
                  || !isWordChar(message.charAt(after), secret.charAt(secret.length() - 1)));
      s.append(message, from, at).append(whole ? HIDDEN : secret);
      from = after;
    }
    return s.append(message, from, message.length()).toString();
  }

  /** A letter or digit next to a secret's own letter or digit joins it into a longer word. */
  private static boolean isWordChar(char neighbour, char edge) {
    return Character.isLetterOrDigit(neighbour) && Character.isLetterOrDigit(edge);
  }

  private Set<String> secrets() {
    Set<String> secrets = new LinkedHashSet<>();
    if (ambiguous) {
      addSecret(secrets, text.substring(authorityStart));
    }
    if (hasPassword()) {
      addSecret(secrets, text.substring(passwordStart, passwordEnd));
    }
    for (QueryOption option : queryOptions()) {
      if (option.value() != null && isSecretOption(option.lowerKey())) {
        addSecret(secrets, option.value());
      }
    }
    return secrets;
  }

  /**
   * {@code raw}, decoded, and their fragments (a malformed URI may be split, or quoted, inside a
   * secret).
   */
  private static void addSecret(Set<String> secrets, String raw) {
    for (String form : new String[] {raw, decode(raw)}) {
      if (form.isEmpty()) {
        continue;
      }
      secrets.add(form);
      for (String fragment : form.split("[/?@:#&=;,%\\[\\] ]")) {
        if (fragment.length() >= 3) {
          secrets.add(fragment);
        }
      }
    }
  }

  /**
   * Whether an option carries a secret: any name holding "pass" ({@code password}, {@code
   * proxyPassword}, {@code tlsCertificateKeyFilePassword}, {@code sslPEMKeyPassword}, ...),
   * "secret", "token" or "credential", and {@code authMechanismProperties} (it may hold an AWS
   * session token). Names that are not option names at all (a malformed query) count as secret too.
   */
  static boolean isSecretOption(String lowerKey) {
    String key = lowerKey.toLowerCase(Locale.ROOT);
    return !isNameLike(key)
        || key.contains("pass")
        || key.contains("secret")
        || key.contains("token")
        || key.contains("credential")
        || key.equals("authmechanismproperties");
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return raw;
    }
  }
}
