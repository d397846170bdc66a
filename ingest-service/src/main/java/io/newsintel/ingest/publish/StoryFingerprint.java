package io.newsintel.ingest.publish;

import io.newsintel.contract.StoryIngested;
import io.newsintel.ingest.parse.StoryIds;
import java.util.Objects;

/**
 * What makes a story "changed": its text, links, authors, categories and its own date. Not the
 * fetch time, and not a published date that was only the fetch time standing in for a missing one
 * (else an undated item would look new on every poll).
 */
final class StoryFingerprint {

  private StoryFingerprint() {}

  static String of(StoryIngested story) {
    String published =
        Objects.equals(story.published(), story.fetchedAt())
            ? ""
            : String.valueOf(story.published());
    String joined =
        String.join(
            "\u001f",
            String.valueOf(story.url()),
            String.valueOf(story.guid()),
            String.valueOf(story.title()),
            String.valueOf(story.summary()),
            String.valueOf(story.content()),
            published,
            String.join("\u001e", story.authors()),
            String.join("\u001e", story.categories()));
    return StoryIds.sha256Hex(joined).substring(0, 32);
  }
}
