package dev.meerkat.internal;

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
final class RawUri {
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

  private RawUri(String text, int passwordStart, int passwordEnd, int queryStart) {
    this.text = text;
    this.passwordStart = passwordStart;
    this.passwordEnd = passwordEnd;
    this.queryStart = queryStart;
  }

  static RawUri of(String text) {
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
      options.add(eq < 0 ? new QueryOption(pair, null) : new QueryOption(pair.substring(0, eq), pair.substring(eq + 1)));
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

  /** The URI with the password, and any secret-carrying query value, shown as {@code <hidden>}. */
  String redacted() {
    return scrub(text);
  }

  /**
   * {@code message} with every secret of this URI replaced by {@code <hidden>}: the password as
   * written and decoded, its fragments (a malformed URI may be split inside the password), and the
   * values of secret query options.
   */
  String scrub(String message) {
    if (message == null) {
      return null;
    }
    String result = message;
    if (hasPassword()) {
      String raw = text.substring(passwordStart, passwordEnd);
      String prefix = text.substring(0, passwordStart);
      String suffix = text.substring(passwordEnd);
      result = result.replace(prefix + raw + suffix, prefix + HIDDEN + suffix);
    }
    for (String secret : secrets()) {
      result = result.replace(secret, HIDDEN);
    }
    return result;
  }

  private Set<String> secrets() {
    Set<String> secrets = new LinkedHashSet<>();
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

  private static void addSecret(Set<String> secrets, String raw) {
    if (raw.isEmpty()) {
      return;
    }
    secrets.add(raw);
    secrets.add(decode(raw));
    for (String fragment : raw.split("[/?@:#&=]")) {
      if (fragment.length() >= 3) {
        secrets.add(fragment);
        secrets.add(decode(fragment));
      }
    }
    secrets.remove("");
  }

  static boolean isSecretOption(String lowerKey) {
    return lowerKey.equals("pass") || lowerKey.equals("password") || lowerKey.equals("proxypassword")
        || lowerKey.equals("authmechanismproperties");
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return raw;
    }
  }
}
