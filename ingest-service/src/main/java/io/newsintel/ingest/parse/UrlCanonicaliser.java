package io.newsintel.ingest.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves item links and reduces them to one canonical form, so that the same article reached
 * through a newsletter link, a social share or a second feed gets the same story id.
 */
public final class UrlCanonicaliser {

  private static final Set<String> TRACKING_PARAMETERS =
      Set.of(
          "fbclid",
          "gclid",
          "dclid",
          "gbraid",
          "wbraid",
          "yclid",
          "msclkid",
          "mc_cid",
          "mc_eid",
          "igshid",
          "_ga",
          "_gl",
          "_hsenc",
          "_hsmi",
          "mkt_tok",
          "oly_anon_id",
          "oly_enc_id",
          "vero_id",
          "rb_clickid",
          "s_cid",
          "ncid",
          "cmpid",
          "ito",
          "guccounter",
          "guce_referrer",
          "guce_referrer_sig");

  private static final String ILLEGAL_IN_URI = " \"<>{}|\\^`";

  private UrlCanonicaliser() {}

  /**
   * The link as an absolute URI, resolved against {@code base} when it is relative.
   *
   * @return empty when the link is blank or cannot be made a URI at all
   */
  public static Optional<URI> resolve(String link, URI base) {
    if (link == null || link.isBlank()) {
      return Optional.empty();
    }
    Optional<URI> uri = parse(link.strip());
    if (uri.isEmpty()) {
      return Optional.empty();
    }
    URI parsed = uri.get();
    if (!parsed.isAbsolute() && base != null && base.isAbsolute() && !base.isOpaque()) {
      try {
        parsed = base.resolve(parsed);
      } catch (IllegalArgumentException e) {
        return Optional.of(parsed);
      }
    }
    return Optional.of(parsed);
  }

  /**
   * The canonical form: lower-case scheme and host, no default port, no fragment, no tracking
   * parameters, an empty path written as {@code /}. Other query parameters keep their order: some
   * sites route on them.
   */
  public static String canonical(URI uri) {
    if (uri.isOpaque() || uri.getScheme() == null || uri.getRawAuthority() == null) {
      return uri.toString();
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
    if (host == null) {
      return uri.toString();
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || ("http".equals(scheme) && port == 80)
            || ("https".equals(scheme) && port == 443);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = withoutTracking(uri.getRawQuery());
    StringBuilder out = new StringBuilder(scheme).append("://");
    if (uri.getRawUserInfo() != null) {
      out.append(uri.getRawUserInfo()).append('@');
    }
    out.append(host);
    if (!defaultPort) {
      out.append(':').append(port);
    }
    out.append(path);
    if (query != null) {
      out.append('?').append(query);
    }
    return out.toString();
  }

  private static String withoutTracking(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return null;
    }
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (!name.startsWith("utm_") && !TRACKING_PARAMETERS.contains(name)) {
        kept.add(pair);
      }
    }
    return kept.isEmpty() ? null : String.join("&", kept);
  }

  private static Optional<URI> parse(String link) {
    try {
      return Optional.of(new URI(link));
    } catch (URISyntaxException e) {
      try {
        // Feeds carry raw spaces and non-ASCII letters in links (Cyrillic paths on UNN); browsers
        // percent-encode them, so do we, leaving existing escapes alone.
        return Optional.of(new URI(percentEncodeIllegal(link)));
      } catch (URISyntaxException again) {
        return Optional.empty();
      }
    }
  }

  private static String percentEncodeIllegal(String link) {
    StringBuilder out = new StringBuilder(link.length() + 16);
    for (int i = 0; i < link.length(); i++) {
      char c = link.charAt(i);
      if (c > 127 || c < 32 || ILLEGAL_IN_URI.indexOf(c) >= 0) {
        int end = Character.isHighSurrogate(c) && i + 1 < link.length() ? i + 2 : i + 1;
        for (byte b : link.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xff));
        }
        i = end - 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
