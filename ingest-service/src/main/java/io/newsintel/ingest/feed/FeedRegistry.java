package io.newsintel.ingest.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The feeds this service knows: those from configuration, then those registered through the API.
 */
class FeedRegistry {

  private final Map<String, Feed> configured = new LinkedHashMap<>();

  FeedRegistry(IngestProperties properties) {
    for (String url : properties.feeds()) {
      URI uri = FeedUrls.parse(url);
      Feed feed = Feed.of(uri, uri.getHost(), properties.pollInterval(), FeedOriginKind.CONFIGURED);
      configured.putIfAbsent(feed.id(), feed);
    }
  }

  List<Feed> allFeeds() {
    return new ArrayList<>(configured.values());
  }

  /** The feeds this instance polls. */
  Collection<Feed> ownedFeeds() {
    return configured.values();
  }

  Optional<Feed> find(String id) {
    return Optional.ofNullable(configured.get(id));
  }
}
