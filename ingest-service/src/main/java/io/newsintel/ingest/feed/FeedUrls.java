package io.newsintel.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Validation of feed URLs given in configuration or through the API. */
final class FeedUrls {

  static final int MAX_LENGTH = 2048;

  private FeedUrls() {}

  /**
   * @throws IllegalArgumentException with a message fit for a 400 answer or a start-up error
   */
  static URI parse(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("feed url is required");
    }
    String trimmed = url.strip();
    if (trimmed.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("feed url longer than " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "not a valid URL: " + trimmed + " (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("feed url must be http or https: " + trimmed);
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new IllegalArgumentException("feed url has no host: " + trimmed);
    }
    return uri;
  }
}
