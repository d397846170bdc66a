package io.newsintel.search.alert.subscription;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The SSRF guard of webhooks: a URL someone registered must not make this service POST into its own
 * network. Checked when a subscription is created and again before every delivery (DNS may have
 * changed since). Every address the host resolves to must be public.
 */
public class WebhookAddressGuard {

  /** A host made only of digits, dots and hex markers: an IPv4 address in some notation. */
  private static final Pattern NUMERIC_HOST = Pattern.compile("(?i)[0-9a-fx.]+");

  private static final Pattern DOTTED_QUAD =
      Pattern.compile(
          "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

  private final boolean allowPrivateAddresses;

  public WebhookAddressGuard(boolean allowPrivateAddresses) {
    this.allowPrivateAddresses = allowPrivateAddresses;
  }

  /**
   * @throws BlockedWebhookException when the URL is not an absolute http(s) URL, carries
   *     credentials, its host does not resolve, or resolves to a loopback, private, link-local,
   *     unique-local, multicast or otherwise non-public address
   */
  public void check(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new BlockedWebhookException("webhookUrl must be an http or https URL");
    }
    String host = url.getHost();
    if (host == null || host.isBlank()) {
      throw new BlockedWebhookException("webhookUrl has no host");
    }
    if (url.getRawUserInfo() != null) {
      throw new BlockedWebhookException(
          "webhookUrl must not carry credentials; the signature authenticates deliveries");
    }
    if (allowPrivateAddresses) {
      return;
    }
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (NUMERIC_HOST.matcher(bare).matches() && !DOTTED_QUAD.matcher(bare).matches()) {
      // 2130706433, 0x7f.1, 0177.0.0.1, 127.1: resolvers disagree on what these mean, so no
      // check of ours can be sure which address a client would reach.
      throw new BlockedWebhookException(
          "webhookUrl host '"
              + host
              + "' is an IP address in an ambiguous notation; write a name"
              + " or a dotted-decimal address");
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(bare);
    } catch (UnknownHostException e) {
      throw new BlockedWebhookException("webhookUrl host '" + host + "' does not resolve");
    }
    for (InetAddress address : addresses) {
      if (isNonPublic(address)) {
        throw new BlockedWebhookException(
            "webhookUrl host '"
                + host
                + "' resolves to the non-public address "
                + address.getHostAddress()
                + " (set ALERTS_WEBHOOK_ALLOW_PRIVATE_ADDRESSES=true to allow)");
      }
    }
  }

  static boolean isNonPublic(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return isNonPublicIpv4(b);
    }
    if (address instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) {
        return true; // unique-local fc00::/7
      }
      if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
        return true; // site-local fec0::/10, deprecated but still routed internally
      }
      if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) {
        return true; // documentation 2001:db8::/32
      }
      boolean zeroPrefix = true;
      for (int i = 0; i < 10; i++) {
        zeroPrefix &= b[i] == 0;
      }
      // IPv4-mapped ::ffff:a.b.c.d and IPv4-compatible ::a.b.c.d carry an IPv4 address.
      if (zeroPrefix
          && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
        return isNonPublicIpv4(new byte[] {b[12], b[13], b[14], b[15]});
      }
      // NAT64 64:ff9b::/96 embeds one as well.
      if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b) {
        return isNonPublicIpv4(new byte[] {b[12], b[13], b[14], b[15]});
      }
    }
    return false;
  }

  private static boolean isNonPublicIpv4(byte[] b) {
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first == 0 // "this network"
        || first == 10
        || first == 127
        || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT 100.64/10
        || (first == 169 && second == 254)
        || (first == 172 && second >= 16 && second <= 31)
        || (first == 192 && second == 168)
        || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
        || (first == 198 && (second == 18 || second == 19)) // benchmarking
        || first >= 224; // multicast, reserved, broadcast
  }
}
