package io.newsintel.contract;

import java.time.Instant;
import java.util.List;

/**
 * A story read from a feed, normalised: the {@code news.raw} event. Keyed by {@link #id()}.
 *
 * @param id stable hash of the canonical URL (of the GUID when the item has no link)
 * @param guid the item's own id, when it has one
 * @param url the item's link, absolute
 * @param canonicalUrl the link with tracking parameters, fragments and default ports removed
 * @param title plain text
 * @param summary plain text
 * @param content plain text, may be null
 * @param published when the source says it was published
 * @param fetchedAt when ingest-service read it; also the story's revision
 * @param language ISO 639-1 code, may be null when unknown
 */
public record StoryIngested(
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
    int schemaVersion) {

  public static final int SCHEMA_VERSION = 1;

  public StoryIngested {
    authors = authors == null ? List.of() : List.copyOf(authors);
    categories = categories == null ? List.of() : List.copyOf(categories);
  }
}
