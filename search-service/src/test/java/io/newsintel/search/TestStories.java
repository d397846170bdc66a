package io.newsintel.search;

import io.newsintel.contract.Evidence;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.StorySource;
import io.newsintel.contract.StoryTags;
import java.time.Instant;
import java.util.List;

/** Hand-written stories in the shape enrich-service publishes them. */
public final class TestStories {

  private TestStories() {}

  /** A story like the one the system exists for: NATO condemning APT28's campaign. */
  public static StoryEnriched natoCondemnsApt28(String id, String sourceName, Instant fetchedAt) {
    String title =
        "NATO condemns APT28 cyber campaign against Germany's SPD and Czech institutions";
    String summary =
        "The North Atlantic Council said the Russian military intelligence group APT28, also"
            + " known as Fancy Bear, targeted the Social Democratic Party of Germany and state"
            + " institutions of the Czech Republic.";
    String content =
        "Germany and the Czech Republic attributed the intrusions to GRU unit 26165. Lithuania,"
            + " Poland, Slovakia and Sweden reported similar activity. Moscow denied involvement.";
    StoryTags tags =
        new StoryTags(
            List.of("APT28"),
            List.of("G0007"),
            List.of("Russia"),
            List.of("Germany", "Czech Republic", "NATO"),
            List.of("Germany", "Czech Republic", "Lithuania", "Poland", "Slovakia", "Sweden"),
            true,
            true,
            List.of(),
            List.of());
    return story(
        id,
        title,
        summary,
        content,
        sourceName,
        Instant.parse("2026-05-03T09:15:00Z"),
        fetchedAt,
        tags,
        List.of(new Evidence("actor:APT28", "title", 13, 18, "APT28")));
  }

  /** Ordinary news, no tags. */
  public static StoryEnriched ordinary(
      String id, String title, String sourceName, Instant published, Instant fetchedAt) {
    return story(
        id,
        title,
        "Local officials met on Tuesday to discuss the " + title.toLowerCase() + ".",
        "The meeting ended without a decision; a follow-up is planned next month.",
        sourceName,
        published,
        fetchedAt,
        StoryTags.NONE,
        List.of());
  }

  public static StoryEnriched story(
      String id,
      String title,
      String summary,
      String content,
      String sourceName,
      Instant published,
      Instant fetchedAt,
      StoryTags tags,
      List<Evidence> evidence) {
    return new StoryEnriched(
        id,
        "guid-" + id,
        "https://news.example.org/" + id,
        "https://news.example.org/" + id,
        title,
        summary,
        content,
        published,
        fetchedAt,
        "en",
        new StorySource("https://news.example.org/rss", sourceName),
        List.of("Newsroom"),
        List.of("World"),
        StoryEnriched.SCHEMA_VERSION,
        tags,
        evidence);
  }

  public static StoryTags actor(String actor, String sponsor, String target) {
    return new StoryTags(
        List.of(actor),
        List.of(),
        List.of(sponsor),
        List.of(),
        List.of(target),
        false,
        true,
        List.of(),
        List.of());
  }
}
