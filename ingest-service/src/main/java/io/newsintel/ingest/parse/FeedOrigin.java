package io.newsintel.ingest.parse;

import java.net.URI;

/**
 * Where a feed document came from.
 *
 * @param feedUrl written to {@code source.feedUrl}: the URL polled, or a file path as given
 * @param baseUri what relative links resolve against; null for a local file (the feed's own link is
 *     used then)
 * @param fallbackName the source name when the feed has no title
 */
public record FeedOrigin(String feedUrl, URI baseUri, String fallbackName) {

  public static FeedOrigin ofUrl(URI url, String name) {
    return new FeedOrigin(url.toString(), url, name == null ? url.getHost() : name);
  }

  public static FeedOrigin ofFile(String pathAsGiven) {
    return new FeedOrigin(pathAsGiven, null, pathAsGiven);
  }
}
