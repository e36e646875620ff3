package dev.meerkat.internal.options;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The option names Meerkat knows: its own (never read from a URI), the ones Mongoose removed (still
 * accepted, with advice), and the driver's URI options.
 */
final class OptionNames {
  /**
   * Meerkat's own options, which belong in {@code ConnectionOptions} or {@code @ConnectionConfig}
   * and are never read from a URI: those {@link OptionTable} marks {@link Option#meerkatOwn()}.
   */
  static final List<String> MEERKAT_OWN = names(true);

  /** Options Mongoose and its driver no longer use, with what to do instead. */
  static final Map<String, String> REMOVED =
      Map.ofEntries(
          Map.entry("keepAlive", "TCP keep-alive is always on; remove it"),
          Map.entry("keepAliveInitialDelay", "TCP keep-alive is always on; remove it"),
          Map.entry("useNewUrlParser", "the new URL parser is the only one; remove it"),
          Map.entry("useUnifiedTopology", "the unified topology is the only one; remove it"),
          Map.entry("useCreateIndex", "indexes are always built with createIndexes; remove it"),
          Map.entry("useFindAndModify", "findOneAndUpdate always uses findAndModify; remove it"),
          Map.entry("poolSize", "use maxPoolSize instead (applied as maxPoolSize now)"),
          Map.entry("autoReconnect", "the driver always reconnects; remove it"),
          Map.entry(
              "reconnectTries",
              "the driver retries until serverSelectionTimeoutMS; use that instead"),
          Map.entry(
              "reconnectInterval",
              "the driver retries until serverSelectionTimeoutMS; use that instead"),
          Map.entry("bufferMaxEntries", "use bufferCommands and bufferTimeoutMS instead"));

  /** The driver's URI options that {@link OptionTable} does not describe. */
  private static final List<String> URI_ONLY =
      List.of(
          "appName",
          "authMechanism",
          "authMechanismProperties",
          "compressors",
          "directConnection",
          "enableOverloadRetargeting",
          "gssapiServiceName",
          "j",
          "journal",
          "loadBalanced",
          "localThresholdMS",
          "maxAdaptiveRetries",
          "maxLifeTimeMS",
          "maxStalenessSeconds",
          "proxyHost",
          "proxyPassword",
          "proxyPort",
          "proxyUsername",
          "readConcernLevel",
          "readPreferenceTags",
          "retryReads",
          "retryWrites",
          "safe",
          "serverMonitoringMode",
          "srvMaxHosts",
          "srvServiceName",
          "ssl",
          "sslInvalidHostNameAllowed",
          "timeoutMS",
          "tls",
          "tlsAllowInvalidHostnames",
          "tlsInsecure",
          "uuidRepresentation",
          "w",
          "wtimeout",
          "wtimeoutMS",
          "zlibCompressionLevel");

  /**
   * The URI options of mongodb-driver 5.x (the driver compares them ignoring case): the options of
   * {@link OptionTable} that are not Meerkat's own, and those only a URI (or {@code
   * driverSettings}) sets.
   */
  static final List<String> DRIVER_URI = driverUri();

  private OptionNames() {}

  private static List<String> names(boolean meerkatOwn) {
    List<String> names = new ArrayList<>();
    for (Option<?> option : OptionTable.all()) {
      if (option.meerkatOwn() == meerkatOwn) {
        names.add(option.name());
      }
    }
    return List.copyOf(names);
  }

  private static List<String> driverUri() {
    List<String> names = new ArrayList<>(names(false));
    names.addAll(URI_ONLY);
    return List.copyOf(names);
  }

  /** {@code name} as spelled in {@code names}, compared ignoring case; {@code null} when absent. */
  static String find(Collection<String> names, String name) {
    for (String candidate : names) {
      if (candidate.equalsIgnoreCase(name)) {
        return candidate;
      }
    }
    return null;
  }

  /** The name in {@code names} closest to {@code typed}, for "did you mean" hints. */
  static String closest(Collection<String> names, String typed) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : new TreeSet<>(names)) {
      int d = distance(typed.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * Whether {@code typed} is a known option name or a typo of one (at most two edits away): only
   * such names are shown in messages, as anything else in a query string may be part of a secret.
   */
  static boolean showable(String typed) {
    if (find(DRIVER_URI, typed) != null
        || find(MEERKAT_OWN, typed) != null
        || find(REMOVED.keySet(), typed) != null) {
      return true;
    }
    String lower = typed.toLowerCase(Locale.ROOT);
    for (Collection<String> names : List.of(DRIVER_URI, MEERKAT_OWN, REMOVED.keySet())) {
      for (String name : names) {
        if (distance(lower, name.toLowerCase(Locale.ROOT)) <= 2) {
          return true;
        }
      }
    }
    return false;
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
