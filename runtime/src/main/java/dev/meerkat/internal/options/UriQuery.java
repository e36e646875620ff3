package dev.meerkat.internal.options;

import dev.meerkat.ConfigurationException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The URI's query string, screened before the driver sees it: Meerkat's own options are taken out
 * (with a warning saying where they belong), removed Mongoose options are taken out (with a
 * deprecation warning; {@code poolSize} becomes {@code maxPoolSize}), and an unknown option is an
 * error, as in Mongoose.
 *
 * @param driverUri the URI to hand the driver
 * @param authSource the {@code authSource} the URI names explicitly, decoded; {@code null} when
 *     none
 */
record UriQuery(String driverUri, String authSource) {

  static UriQuery screen(RawUri raw, List<String> warnings) {
    if (raw.ambiguous()) {
      // The driver and Meerkat could read such a URI differently (a password taken for a host name,
      // an option for part of the password), so it is refused before anything else reads it.
      throw new ConfigurationException(
          "Invalid MongoDB URI "
              + raw.redacted()
              + ": it has an '@' that does not"
              + " separate the user information from the hosts; percent-encode '@', '/', '?' and ':' in the user name"
              + " and password, and '@' in option values (e.g. '@' as %40). The URI is shown without what follows the"
              + " scheme, as it may hold a password there.");
    }
    List<RawUri.QueryOption> all = raw.queryOptions();
    boolean hasMaxPoolSize = all.stream().anyMatch(o -> o.lowerKey().equals("maxpoolsize"));
    List<RawUri.QueryOption> kept = new ArrayList<>();
    String authSource = null;
    for (RawUri.QueryOption option : all) {
      String own = OptionNames.find(OptionNames.MEERKAT_OWN, option.key());
      String removed = OptionNames.find(OptionNames.REMOVED.keySet(), option.key());
      if (own != null) {
        warnings.add(
            "Option "
                + own
                + " in the URI query string is ignored: Meerkat never reads its own options "
                + "from the URI. Set it with ConnectionOptions.builder()."
                + own
                + "(...) or on @ConnectionConfig instead.");
      } else if (removed != null) {
        warnings.add(
            "Option "
                + removed
                + " in the URI is deprecated and ignored: "
                + OptionNames.REMOVED.get(removed));
        if (removed.equals("poolSize") && !hasMaxPoolSize && option.value() != null) {
          kept.add(new RawUri.QueryOption("maxPoolSize", option.value()));
        }
      } else if (OptionNames.find(OptionNames.DRIVER_URI, option.key()) != null) {
        kept.add(option);
        if (option.lowerKey().equals("authsource") && option.value() != null) {
          authSource = decode(option.value());
        }
      } else {
        List<String> known = new ArrayList<>(OptionNames.DRIVER_URI);
        if (!RawUri.isNameLike(option.key())
            || option.value() == null
            || !OptionNames.showable(option.key())) {
          throw new ConfigurationException(
              "Malformed option in the query string of the URI "
                  + raw.redacted()
                  + " (shown as "
                  + RawUri.HIDDEN
                  + "): each option must be name=value with a known name, separated by &; escape"
                  + " '&', ';' and '=' inside values as %26, %3B and %3D");
        }
        throw new ConfigurationException(
            raw.scrub(
                "Unknown option "
                    + option.key()
                    + " in the URI "
                    + raw.redacted()
                    + "; did you mean "
                    + OptionNames.closest(known, option.key())
                    + "?"));
      }
    }
    return new UriQuery(raw.withQuery(kept), authSource);
  }

  /** A malformed escape is left as written: the driver reports it with the URI. */
  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }
}
