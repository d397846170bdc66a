package io.newsintel.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class FeedRegistryTest {

  private final InMemoryStore store = new InMemoryStore();
  private final FeedRegistry registry =
      new FeedRegistry(
          new IngestProperties(
              List.of("https://unn.ua/rss/news_uk.xml"),
              Duration.ofMinutes(5),
              0.1,
              2,
              2,
              Duration.ofHours(4),
              3,
              List.of("unn.ua")),
          store);

  @Test
  void registersAFeedWithItsInterval() {
    Feed feed = registry.register("https://e.example/rss", "E", "10m", false);

    assertThat(feed.pollInterval()).isEqualTo(Duration.ofMinutes(10));
    assertThat(registry.allFeeds())
        .extracting(Feed::url)
        .extracting(Object::toString)
        .containsExactly("https://unn.ua/rss/news_uk.xml", "https://e.example/rss");
    assertThat(store.saved).containsKey(feed.id());
  }

  @Test
  void refusesADuplicateUrlEvenWrittenDifferently() {
    registry.register("https://e.example/rss", null, null, false);

    assertThatThrownBy(() -> registry.register("HTTPS://E.example:443/rss#x", null, null, false))
        .isInstanceOf(FeedConflictException.class);
    assertThatThrownBy(() -> registry.register("https://unn.ua/rss/news_uk.xml", null, null, false))
        .isInstanceOf(FeedConflictException.class);
  }

  @Test
  void refusesInvalidFeeds() {
    assertThatThrownBy(() -> registry.register("ftp://e.example/rss", null, null, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http or https");
    assertThatThrownBy(() -> registry.register("not a url", null, null, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> registry.register("https://e.example/" + "a".repeat(3000), null, null, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer");
    assertThatThrownBy(() -> registry.register("https://e.example/rss", null, "30s", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1m");
    assertThatThrownBy(() -> registry.register("https://e.example/rss", null, "often", false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void removesRegisteredFeedsButNotConfiguredOnes() {
    Feed feed = registry.register("https://e.example/rss", null, null, false);
    String configured = registry.allFeeds().get(0).id();

    assertThat(registry.remove(feed.id())).isTrue();
    assertThat(registry.remove(feed.id())).isFalse();
    assertThatThrownBy(() -> registry.remove(configured)).isInstanceOf(FeedConflictException.class);
  }

  @Test
  void fetchesFullTextForConfiguredFeedsOnFullTextHostsOnly() {
    assertThat(registry.allFeeds().get(0).fullText()).isTrue();
    assertThat(registry.register("https://e.example/rss", null, null, false).fullText()).isFalse();
    assertThat(registry.register("https://f.example/rss", null, null, true).fullText()).isTrue();
  }

  @Test
  void pollsOnlyTheFeedsThisInstanceOwns() {
    Feed feed = registry.register("https://e.example/rss", null, null, false);
    store.notOwned.add(feed.id());

    assertThat(registry.ownedFeeds()).extracting(Feed::id).doesNotContain(feed.id()).hasSize(1);
  }

  private static final class InMemoryStore implements FeedStore {
    final Map<String, Feed> saved = new ConcurrentHashMap<>();
    final java.util.Set<String> notOwned = ConcurrentHashMap.newKeySet();

    @Override
    public Collection<Feed> registered() {
      return saved.values();
    }

    @Override
    public void save(Feed feed) {
      saved.put(feed.id(), feed);
    }

    @Override
    public void delete(String feedId) {
      saved.remove(feedId);
    }

    @Override
    public boolean owns(String feedId) {
      return !notOwned.contains(feedId);
    }
  }
}
