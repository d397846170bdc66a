package io.newsintel.contract;

import java.time.Instant;
import java.util.List;

/**
 * A story with its tags and the evidence for each: the {@code news.enriched} event. It carries
 * every field of {@link StoryIngested} at the top level (flat on the wire) plus {@code tags},
 * {@code evidence}, the attribution {@code claims} found sentence by sentence, and the version of
 * the actor catalog that tagged it ({@code catalogVersion}, so a re-enrichment with a newer catalog
 * can be told apart). Keyed by {@link #id()}.
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
    List<Evidence> evidence,
    List<AttributionClaim> claims,
    String catalogVersion) {

  public static final int SCHEMA_VERSION = 1;

  public StoryEnriched {
    authors = authors == null ? List.of() : List.copyOf(authors);
    categories = categories == null ? List.of() : List.copyOf(categories);
    tags = tags == null ? StoryTags.NONE : tags;
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    claims = claims == null ? List.of() : List.copyOf(claims);
  }

  /** A story without claims or catalog version, as the first version of the contract had it. */
  public StoryEnriched(
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
    this(
        id,
        guid,
        url,
        canonicalUrl,
        title,
        summary,
        content,
        published,
        fetchedAt,
        language,
        source,
        authors,
        categories,
        schemaVersion,
        tags,
        evidence,
        null,
        null);
  }

  public static StoryEnriched of(StoryIngested story, StoryTags tags, List<Evidence> evidence) {
    return of(story, tags, evidence, null, null);
  }

  public static StoryEnriched of(
      StoryIngested story,
      StoryTags tags,
      List<Evidence> evidence,
      List<AttributionClaim> claims,
      String catalogVersion) {
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
        evidence,
        claims,
        catalogVersion);
  }

  /**
   * The revision of the story: a re-fetched, changed item carries a later {@code fetchedAt}, so a
   * stale event can never overwrite a newer one in a store that orders writes by it.
   */
  public long revision() {
    return fetchedAt == null ? 0L : fetchedAt.toEpochMilli();
  }
}
