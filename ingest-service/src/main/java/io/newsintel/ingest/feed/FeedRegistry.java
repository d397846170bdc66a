package io.newsintel.ingest.feed;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The feeds this service knows: those from configuration (fixed for the life of the process), then
 * those registered through the API (in the {@link FeedStore}).
 */
class FeedRegistry {

  private final Map<String, Feed> configured = new LinkedHashMap<>();
  private final FeedStore store;
  private final Duration defaultInterval;

  FeedRegistry(IngestProperties properties, FeedStore store) {
    this.store = store;
    this.defaultInterval = properties.pollInterval();
    for (String url : properties.feeds()) {
      URI uri = FeedUrls.parse(url);
      Feed feed =
          Feed.of(uri, uri.getHost(), properties.pollInterval(), FeedOriginKind.CONFIGURED)
              .withFullText(properties.fullTextFor(uri.getHost()));
      configured.putIfAbsent(feed.id(), feed);
    }
  }

  List<Feed> allFeeds() {
    List<Feed> all = new ArrayList<>(configured.values());
    store.registered().stream()
        .filter(f -> !configured.containsKey(f.id()))
        .sorted(java.util.Comparator.comparing(Feed::url))
        .forEach(all::add);
    return all;
  }

  /**
   * The feeds this instance polls, in no particular order. The scheduler asks on every tick (one
   * per finished poll); sorting every registered feed each time took a third of ingest-service's
   * CPU with 5,000 feeds (JFR, ./run.sh bench).
   */
  List<Feed> ownedFeeds() {
    List<Feed> owned = new ArrayList<>();
    for (Feed feed : configured.values()) {
      if (store.owns(feed.id())) {
        owned.add(feed);
      }
    }
    for (Feed feed : store.registered()) {
      if (!configured.containsKey(feed.id()) && store.owns(feed.id())) {
        owned.add(feed);
      }
    }
    return owned;
  }

  boolean owns(Feed feed) {
    return store.owns(feed.id());
  }

  Optional<Feed> find(String id) {
    Feed feed = configured.get(id);
    if (feed != null) {
      return Optional.of(feed);
    }
    return store.registered().stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /**
   * @throws IllegalArgumentException when the request is invalid (answered 400)
   * @throws FeedConflictException when the feed is already registered (answered 409)
   */
  Feed register(String url, String name, String pollInterval, boolean fullText) {
    URI uri = FeedUrls.parse(url);
    Duration interval = FeedIntervals.parse(pollInterval, defaultInterval);
    if (name != null && name.length() > 200) {
      throw new IllegalArgumentException("name longer than 200 characters");
    }
    String shownName = name == null || name.isBlank() ? uri.getHost() : name.strip();
    Feed feed = Feed.of(uri, shownName, interval, FeedOriginKind.REGISTERED).withFullText(fullText);
    if (find(feed.id()).isPresent()) {
      throw new FeedConflictException(
          "a feed with this URL is already registered: id " + feed.id());
    }
    store.save(feed);
    return feed;
  }

  /**
   * @throws FeedConflictException for a configured feed, which the API cannot remove
   */
  boolean remove(String id) {
    if (configured.containsKey(id)) {
      throw new FeedConflictException(
          "feed " + id + " comes from the configuration (INGEST_FEEDS); remove it there");
    }
    if (find(id).isEmpty()) {
      return false;
    }
    store.delete(id);
    return true;
  }
}
