package dev.meerkat.spring.boot;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Meerkat's Spring Boot properties, under {@code meerkat.}:
 *
 * <pre>
 * meerkat.uri=mongodb://127.0.0.1:27017/shop
 * meerkat.options.maxPoolSize=20
 * meerkat.options.bufferTimeoutMS=5000
 * </pre>
 *
 * <p>{@code meerkat.options.*} are read by {@code ConnectionOptions.fromMap}, so they take the
 * names of {@code ConnectionOptions} and Mongoose; kebab-case and upper-case forms of a name
 * ({@code max-pool-size}, {@code MAXPOOLSIZE} from an environment variable) are accepted too.
 * Mutable, as Spring binds it; not thread-safe while binding.
 */
@ConfigurationProperties("meerkat")
public class MeerkatProperties {
  /**
   * The MongoDB connection string of the application's Connection bean, e.g.
   * mongodb://127.0.0.1:27017/shop. Without it, no Connection bean is created (@ConnectionConfig
   * interfaces still become beans).
   */
  private String uri;

  /**
   * Connection options by their ConnectionOptions (Mongoose) name, such as maxPoolSize,
   * serverSelectionTimeoutMS, bufferCommands or bufferTimeoutMS. They win over options in the URI.
   */
  private Map<String, String> options = new LinkedHashMap<>();

  private final Health health = new Health();

  /** The connection string, or {@code null}. */
  public String getUri() {
    return uri;
  }

  /** Sets the connection string. */
  public void setUri(String uri) {
    this.uri = uri;
  }

  /** The options, by name. */
  public Map<String, String> getOptions() {
    return options;
  }

  /** Sets the options. */
  public void setOptions(Map<String, String> options) {
    this.options = options;
  }

  /** The health indicator's settings. */
  public Health getHealth() {
    return health;
  }

  /** Settings of the {@code meerkat} health indicator. */
  public static class Health {
    /** How long the health check's ping may take before the connection is reported down. */
    private Duration pingTimeout = Duration.ofSeconds(2);

    /** The ping's time limit; default 2 seconds. */
    public Duration getPingTimeout() {
      return pingTimeout;
    }

    /** Sets the ping's time limit. */
    public void setPingTimeout(Duration pingTimeout) {
      this.pingTimeout = pingTimeout;
    }
  }
}
