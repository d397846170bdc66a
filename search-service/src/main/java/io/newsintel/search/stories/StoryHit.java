package io.newsintel.search.stories;

import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.StorySource;
import io.newsintel.contract.StoryTags;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One story in a result list.
 *
 * @param highlight per field ({@code title}, {@code summary}, {@code content}), the matching
 *     fragments with the matched words in {@code <em>}; the rest of the text is HTML-escaped
 */
public record StoryHit(
    String id,
    String title,
    String url,
    String summary,
    StorySource source,
    Instant published,
    String language,
    StoryTags tags,
    Map<String, List<String>> highlight) {

  static StoryHit of(StoryEnriched story, Map<String, List<String>> highlight) {
    return new StoryHit(
        story.id(),
        story.title(),
        story.url(),
        story.summary(),
        story.source(),
        story.published(),
        story.language(),
        story.tags(),
        highlight == null ? Map.of() : highlight);
  }
}
