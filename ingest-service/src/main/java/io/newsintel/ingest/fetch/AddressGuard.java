package io.newsintel.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The SSRF guard: a feed URL someone registered must not make us reach into our own network. Every
 * address the host resolves to is checked, on every hop of a redirect chain.
 */
public class AddressGuard {

  /** A host made only of digits, dots and hex markers: an IPv4 address in some notation. */
  private static final Pattern NUMERIC_HOST = Pattern.compile("(?i)[0-9a-fx.]+");

  private static final Pattern DOTTED_QUAD =
      Pattern.compile(
          "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

  private final boolean allowPrivateAddresses;

  public AddressGuard(boolean allowPrivateAddresses) {
    this.allowPrivateAddresses = allowPrivateAddresses;
  }

  /**
   * @throws BlockedAddressException when the URL is not http(s) or its host resolves to a private,
   *     loopback, link-local, multicast, unspecified, CGNAT or unique-local address
   * @throws FetchException when the host does not resolve
   */
  public void check(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new BlockedAddressException("only http and https URLs are fetched, not " + uri);
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw new BlockedAddressException("URL has no host: " + uri);
    }
    if (allowPrivateAddresses) {
      return;
    }
    if (NUMERIC_HOST.matcher(host).matches() && !DOTTED_QUAD.matcher(host).matches()) {
      // 2130706433, 0177.0.0.1, 0x7f000001: resolvers disagree on what these mean (Java reads
      // 0177.0.0.1 as 177.0.0.1, inet_aton as 127.0.0.1), so no check can be sure where they lead.
      throw new BlockedAddressException(
          "refused to fetch "
              + host
              + ": an IP address in an ambiguous notation; write a name or a dotted-decimal"
              + " address");
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new FetchException("unknown host " + host, e);
    }
    for (InetAddress address : addresses) {
      if (isInternal(address)) {
        throw new BlockedAddressException(
            "refused to fetch "
                + host
                + ": it resolves to the non-public address "
                + address.getHostAddress()
                + " (set INGEST_FETCH_ALLOW_PRIVATE_ADDRESSES=true to allow)");
      }
    }
  }

  static boolean isInternal(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return isInternalIpv4(b);
    }
    if (address instanceof Inet6Address) {
      // Unique-local fc00::/7
      if ((b[0] & 0xfe) == 0xfc) {
        return true;
      }
      // Site-local fec0::/10 (deprecated, still routed internally by some)
      if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
        return true;
      }
      // IPv4-mapped ::ffff:a.b.c.d and IPv4-compatible ::a.b.c.d carry an IPv4 address
      boolean zeroPrefix = true;
      for (int i = 0; i < 10; i++) {
        zeroPrefix &= b[i] == 0;
      }
      if (zeroPrefix
          && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
        byte[] v4 = {b[12], b[13], b[14], b[15]};
        return isInternalIpv4(v4);
      }
      // NAT64 64:ff9b::/96 embeds an IPv4 address as well
      if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b) {
        byte[] v4 = {b[12], b[13], b[14], b[15]};
        return isInternalIpv4(v4);
      }
    }
    return false;
  }

  private static boolean isInternalIpv4(byte[] b) {
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first == 0 // "this network" and 0.0.0.0
        || first == 10
        || first == 127
        || (first == 100 && second >= 64 && second <= 127) // CGNAT 100.64/10
        || (first == 169 && second == 254)
        || (first == 172 && second >= 16 && second <= 31)
        || (first == 192 && second == 168)
        || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
        || (first == 198 && (second == 18 || second == 19)) // benchmarking
        || first >= 224; // multicast, reserved and broadcast
  }
}
