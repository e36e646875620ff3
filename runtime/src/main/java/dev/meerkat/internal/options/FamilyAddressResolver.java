package dev.meerkat.internal.options;

import com.mongodb.spi.dns.InetAddressResolver;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Mongoose's {@code family} option: host names resolve to IPv4 ({@code 4}) or IPv6 ({@code 6})
 * addresses only. Installed as the driver's {@link InetAddressResolver}. Thread-safe (stateless).
 */
final class FamilyAddressResolver implements InetAddressResolver {
  private final int family;

  FamilyAddressResolver(int family) {
    if (family != 4 && family != 6) {
      throw new IllegalArgumentException("family must be 4 or 6: " + family);
    }
    this.family = family;
  }

  @Override
  public List<InetAddress> lookupByName(String host) throws UnknownHostException {
    Class<? extends InetAddress> wanted = family == 4 ? Inet4Address.class : Inet6Address.class;
    List<InetAddress> all = Arrays.asList(InetAddress.getAllByName(host));
    List<InetAddress> matching = new ArrayList<>();
    for (InetAddress address : all) {
      if (wanted.isInstance(address)) {
        matching.add(address);
      }
    }
    if (matching.isEmpty()) {
      throw new UnknownHostException(
          "Host '"
              + host
              + "' has no IPv"
              + family
              + " address (family "
              + family
              + " is set; it resolves only to "
              + all
              + "). Remove the family option or use a host with an IPv"
              + family
              + " address.");
    }
    return List.copyOf(matching);
  }

  @Override
  public String toString() {
    return "FamilyAddressResolver{family=" + family + "}";
  }
}
