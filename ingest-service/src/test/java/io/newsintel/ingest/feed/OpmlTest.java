package io.newsintel.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlTest {

  @Test
  void readsTheFeedsOfNestedOutlines() {
    String opml =
        "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>My feeds</title></head><body>"
            + "<outline text=\"News\"><outline type=\"rss\" text=\"UNN world\" xmlUrl=\"https://unn.ua/en/rss/world_en.xml\"/>"
            + "<outline type=\"rss\" title=\"Krebs &amp; co\" text=\"ignored\" xmlUrl=\" https://krebsonsecurity.com/feed/ \"/></outline>"
            + "<outline text=\"folder without feed\"/></body></opml>";

    assertThat(Opml.read(opml))
        .containsExactly(
            new Opml.Outline("https://unn.ua/en/rss/world_en.xml", "UNN world"),
            new Opml.Outline("https://krebsonsecurity.com/feed/", "Krebs & co"));
  }

  @Test
  void writesWhatItReads() {
    Feed feed =
        Feed.of(
            URI.create("https://e.example/rss?a=1&b=2"),
            "Q&A \"feed\"",
            Duration.ofMinutes(5),
            FeedOriginKind.REGISTERED);

    assertThat(Opml.read(Opml.write(List.of(feed))))
        .containsExactly(new Opml.Outline("https://e.example/rss?a=1&b=2", "Q&A \"feed\""));
  }

  @Test
  void neverExpandsEntitiesDeclaredInTheUpload() {
    String opml =
        "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<opml version=\"2.0\"><body><outline text=\"&xxe;\" xmlUrl=\"https://e.example/feed\"/></body></opml>";

    assertThat(Opml.read(opml))
        .singleElement()
        .satisfies(o -> assertThat(String.valueOf(o.title())).doesNotContain("root:"));
  }

  @Test
  void refusesSomethingThatIsNotOpml() {
    assertThatThrownBy(() -> Opml.read("<rss/>")).isInstanceOf(IllegalArgumentException.class);
  }
}
