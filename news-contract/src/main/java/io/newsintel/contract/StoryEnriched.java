package io.newsintel.contract;

import java.time.Instant;
import java.util.List;

/**
 * A story with its tags and the evidence for each: the {@code news.enriched} event. It carries
 * every field of {@link StoryIngested} at the top level (flat on the wire) plus {@code tags} and
 * {@code evidence}. Keyed by {@link #id()}.
 */
public record StoryEnriched(
    String id,
    String guid,
    String url,
    String canonicalUrl,
    String title,
    String summary,
    String content,
    Instant published,
    Instant fetchedAt,
    String language,
    StorySource source,
    List<String> authors,
    List<String> categories,
    int schemaVersion,
    StoryTags tags,
    List<Evidence> evidence) {

  public static final int SCHEMA_VERSION = 1;

  public StoryEnriched {
    authors = authors == null ? List.of() : List.copyOf(authors);
    categories = categories == null ? List.of() : List.copyOf(categories);
    tags = tags == null ? StoryTags.NONE : tags;
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  public static StoryEnriched of(StoryIngested story, StoryTags tags, List<Evidence> evidence) {
    return new StoryEnriched(
        story.id(),
        story.guid(),
        story.url(),
        story.canonicalUrl(),
        story.title(),
        story.summary(),
        story.content(),
        story.published(),
        story.fetchedAt(),
        story.language(),
        story.source(),
        story.authors(),
        story.categories(),
        SCHEMA_VERSION,
        tags,
        evidence);
  }

  /**
   * The revision of the story: a re-fetched, changed item carries a later {@code fetchedAt}, so a
   * stale event can never overwrite a newer one in a store that orders writes by it.
   */
  public long revision() {
    return fetchedAt == null ? 0L : fetchedAt.toEpochMilli();
  }
}
