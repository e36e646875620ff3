package dev.meerkat.internal.options;

/**
 * Splits the {@code host:port} strings of {@code Connection.hosts()}, IPv6 literals ({@code
 * [::1]:27017}) included.
 */
public final class HostAndPort {
  private static final int DEFAULT_PORT = 27017;

  private HostAndPort() {}

  public static String host(String hostAndPort) {
    int colon = portSeparator(hostAndPort);
    return colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
  }

  public static int port(String hostAndPort) {
    int colon = portSeparator(hostAndPort);
    if (colon < 0) {
      return DEFAULT_PORT;
    }
    try {
      return Integer.parseInt(hostAndPort.substring(colon + 1));
    } catch (NumberFormatException e) {
      return DEFAULT_PORT;
    }
  }

  private static int portSeparator(String hostAndPort) {
    int colon = hostAndPort.lastIndexOf(':');
    int bracket = hostAndPort.lastIndexOf(']');
    if (hostAndPort.startsWith("[")) {
      return colon > bracket ? colon : -1;
    }
    return colon == hostAndPort.indexOf(':') ? colon : -1; // a bare IPv6 literal has several colons
  }
}
