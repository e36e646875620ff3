package dev.meerkat.testing.internal;

import dev.meerkat.testing.Capability;
import dev.meerkat.testing.ServerKind;
import java.util.Set;

/**
 * A server named by {@code MONGODB_URI}: somebody else runs it, so it can be neither stopped nor
 * started here, and closing only forgets it. Immutable, so thread-safe.
 */
public final class ExternalProcess implements ServerProcess {

  private final String uri;
  private final ConnectionStrings.Parts parts;
  private final Set<Capability> capabilities;

  private ExternalProcess(String uri, Set<Capability> capabilities) {
    this.uri = uri;
    this.parts = ConnectionStrings.parse(uri);
    this.capabilities = Set.copyOf(capabilities);
  }

  /**
   * Connects to {@code uri} once to learn what the server supports.
   *
   * @throws IllegalArgumentException if {@code uri} is not a MongoDB connection string
   * @throws IllegalStateException if the server does not answer within a few seconds
   */
  public static ExternalProcess connect(String uri) {
    ConnectionStrings.parse(uri);
    return new ExternalProcess(uri, ServerProbe.capabilities(uri));
  }

  @Override
  public ServerKind kind() {
    return ServerKind.EXTERNAL;
  }

  @Override
  public String baseUri() {
    return uri;
  }

  @Override
  public String host() {
    return parts.firstHost();
  }

  @Override
  public int port() {
    return parts.firstPort();
  }

  @Override
  public void stop() {
    throw cannotControl("stop");
  }

  @Override
  public void start() {
    throw cannotControl("start");
  }

  private UnsupportedOperationException cannotControl(String what) {
    return new UnsupportedOperationException(
        "cannot "
            + what
            + " the external MongoDB at "
            + ConnectionStrings.redact(uri)
            + ": it is not run by the test; annotate the test"
            + " @RequiresCapability(Capability.STOP_START) so it is skipped there");
  }

  @Override
  public boolean isRunning() {
    return true;
  }

  @Override
  public boolean supports(Capability capability) {
    return capabilities.contains(capability);
  }

  @Override
  public void close() {
    // Not ours to stop.
  }

  @Override
  public String toString() {
    return "external MongoDB at " + ConnectionStrings.redact(uri);
  }
}
