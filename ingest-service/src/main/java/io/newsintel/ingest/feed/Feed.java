package io.newsintel.ingest.feed;

import io.newsintel.ingest.parse.StoryIds;
import io.newsintel.ingest.parse.UrlCanonicaliser;
import java.net.URI;
import java.time.Duration;

/**
 * A feed to poll.
 *
 * @param id stable hash of the canonical URL, the same in every instance
 * @param name shown in the API; the feed's own title names the stories' source
 * @param pollInterval this feed's interval
 * @param fullText fetch each new item's article page for its full text (for feeds whose items carry
 *     only a summary)
 */
public record Feed(
    String id,
    URI url,
    String name,
    Duration pollInterval,
    FeedOriginKind origin,
    boolean fullText) {

  public static Feed of(URI url, String name, Duration pollInterval, FeedOriginKind origin) {
    return new Feed(idOf(url), url, name, pollInterval, origin, false);
  }

  public Feed withFullText(boolean fetchFullText) {
    return new Feed(id, url, name, pollInterval, origin, fetchFullText);
  }

  public static String idOf(URI url) {
    return StoryIds.of(UrlCanonicaliser.canonical(url)).substring(0, 16);
  }

  public String host() {
    return url.getHost() == null ? "" : url.getHost().toLowerCase(java.util.Locale.ROOT);
  }
}
