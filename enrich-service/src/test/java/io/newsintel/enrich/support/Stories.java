package io.newsintel.enrich.support;

import io.newsintel.contract.StoryIngested;
import io.newsintel.contract.StorySource;
import java.time.Instant;
import java.util.List;

/** Builds news.raw stories for tests. */
public final class Stories {

  private Stories() {}

  public static StoryIngested story(String id, String title, String summary, String content) {
    return new StoryIngested(
        id,
        "guid-" + id,
        "https://news.example.org/" + id,
        "https://news.example.org/" + id,
        title,
        summary,
        content,
        Instant.parse("2026-05-04T10:15:30Z"),
        Instant.parse("2026-05-04T10:16:00Z"),
        "en",
        new StorySource("https://news.example.org/rss", "Example News"),
        List.of("Desk"),
        List.of("World"),
        StoryIngested.SCHEMA_VERSION);
  }

  public static StoryIngested story(String title, String summary) {
    return story("s-" + Integer.toHexString((title + summary).hashCode()), title, summary, null);
  }
}
