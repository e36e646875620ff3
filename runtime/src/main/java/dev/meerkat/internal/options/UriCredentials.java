package dev.meerkat.internal.options;

import com.mongodb.AuthenticationMechanism;
import com.mongodb.ConnectionString;
import com.mongodb.MongoCredential;
import dev.meerkat.ConfigurationException;
import dev.meerkat.ConnectionOptions;

/**
 * Mongoose's {@code user}/{@code pass}/{@code authSource}: the object's credentials win over the
 * URI's; the URI's are used when the object sets none.
 */
final class UriCredentials {
  private UriCredentials() {}

  /**
   * The credential to use, or {@code null} for none.
   *
   * @param explicitAuthSource the URI's {@code authSource} query value, or {@code null}
   */
  static MongoCredential resolve(
      ConnectionString uri, String explicitAuthSource, ConnectionOptions options) {
    MongoCredential fromUri = uri.getCredential();
    AuthenticationMechanism mechanism =
        fromUri == null ? null : fromUri.getAuthenticationMechanism();
    if (options.user() != null) {
      char[] password = passwordFor(options, fromUri);
      String source =
          firstSet(options.authSource(), explicitAuthSource, uri.getDatabase(), "admin");
      return create(mechanism, options.user(), source, password);
    }
    if (fromUri != null && options.authSource() != null) {
      if (fromUri.getPassword() == null) {
        throw new ConfigurationException(
            "authSource ("
                + options.authSource()
                + ") cannot be applied to the "
                + mechanism
                + " credential in the URI; set authSource in the URI instead");
      }
      return create(mechanism, fromUri.getUserName(), options.authSource(), fromUri.getPassword());
    }
    return fromUri;
  }

  private static char[] passwordFor(ConnectionOptions options, MongoCredential fromUri) {
    if (options.pass() != null) {
      return options.pass().toCharArray();
    }
    if (fromUri != null
        && options.user().equals(fromUri.getUserName())
        && fromUri.getPassword() != null) {
      return fromUri.getPassword();
    }
    throw new ConfigurationException(
        "user ("
            + options.user()
            + ") is set without pass: set pass too, "
            + "or put both in the URI");
  }

  private static MongoCredential create(
      AuthenticationMechanism mechanism, String user, String source, char[] password) {
    if (mechanism == null) {
      return MongoCredential.createCredential(user, source, password);
    }
    switch (mechanism) {
      case SCRAM_SHA_1:
        return MongoCredential.createScramSha1Credential(user, source, password);
      case SCRAM_SHA_256:
        return MongoCredential.createScramSha256Credential(user, source, password);
      case PLAIN:
        return MongoCredential.createPlainCredential(user, source, password);
      default:
        throw new ConfigurationException(
            "authMechanism "
                + mechanism.getMechanismName()
                + " in the URI does not use a password: remove user/pass from the options, or the authMechanism from the URI");
    }
  }

  static String firstSet(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
