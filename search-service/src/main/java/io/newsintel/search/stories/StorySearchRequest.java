package io.newsintel.search.stories;

import java.time.Instant;
import java.util.List;

/**
 * A validated search: what {@code GET /api/stories} was asked, in typed form.
 *
 * @param query simple_query_string text, or null for every story
 * @param from earliest publication time, inclusive, or null
 * @param to latest publication time, exclusive, or null
 * @param cursor where the previous page ended, or null for the first page
 */
public record StorySearchRequest(
    String query,
    List<String> actors,
    List<String> sponsorStates,
    List<String> targets,
    List<String> sources,
    List<String> languages,
    Instant from,
    Instant to,
    SortOrder sort,
    int size,
    SearchCursor cursor) {

  public StorySearchRequest {
    actors = List.copyOf(actors);
    sponsorStates = List.copyOf(sponsorStates);
    targets = List.copyOf(targets);
    sources = List.copyOf(sources);
    languages = List.copyOf(languages);
  }

  /**
   * Identifies the result set, not the page: a cursor is only valid for the search that made it,
   * and the page size may change between pages.
   */
  String fingerprint() {
    String text =
        String.join(
            "\u0001",
            String.valueOf(query),
            String.join("\u0002", actors),
            String.join("\u0002", sponsorStates),
            String.join("\u0002", targets),
            String.join("\u0002", sources),
            String.join("\u0002", languages),
            String.valueOf(from),
            String.valueOf(to),
            sort.name());
    return Integer.toHexString(text.hashCode());
  }
}
