package dev.meerkat.internal.options;

import com.mongodb.MongoClientSettings;
import dev.meerkat.ConnectionOptions;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What {@link ClientSettingsFactory#resolve} made of a URI and {@link ConnectionOptions}.
 *
 * @param settings the driver's settings with every option applied except listeners; add the
 *     connection's listeners, then call {@link #applyDriverSettings()} last
 * @param databaseName the {@code dbName} option, else the URI's path, else {@code test}
 * @param hosts {@code host:port} of every host in the URI (port 27017 by default); an SRV host as
 *     given
 * @param redactedUri the URI with the password shown as {@code <hidden>}, for messages and logs
 * @param effective the object's options over what the URI said, for {@code Connection.options()}
 * @param warnings every warning (each also logged at WARN)
 */
public record ResolvedSettings(
    MongoClientSettings.Builder settings,
    String databaseName,
    List<String> hosts,
    String redactedUri,
    ConnectionOptions effective,
    List<String> warnings) {

  /** Copies the lists; rejects nulls. */
  public ResolvedSettings {
    Objects.requireNonNull(settings, "settings == null");
    Objects.requireNonNull(databaseName, "databaseName == null");
    hosts = List.copyOf(hosts);
    Objects.requireNonNull(redactedUri, "redactedUri == null");
    Objects.requireNonNull(effective, "effective == null");
    warnings = List.copyOf(warnings);
  }

  /**
   * Runs the user's {@code driverSettings(...)} (if any) on {@link #settings()} and returns it.
   * Call it after adding listeners, so the user has the last say.
   */
  public MongoClientSettings.Builder applyDriverSettings() {
    Consumer<MongoClientSettings.Builder> custom = effective.driverSettings();
    if (custom != null) {
      custom.accept(settings);
    }
    return settings;
  }

  /** Shows the redacted URI only: the settings may hold a credential. */
  @Override
  public String toString() {
    return "ResolvedSettings{uri="
        + redactedUri
        + ", databaseName="
        + databaseName
        + ", hosts="
        + hosts
        + ", effective="
        + effective
        + ", warnings="
        + warnings
        + "}";
  }
}
