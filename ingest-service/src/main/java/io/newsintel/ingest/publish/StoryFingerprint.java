package io.newsintel.ingest.publish;

import io.newsintel.contract.StoryIngested;
import io.newsintel.ingest.parse.StoryIds;

/**
 * What makes a story "changed": its text, links, authors and categories. Not the fetch time, and
 * not the published date: for an undated item it is the fetch time standing in, which would make
 * the item look new on every poll, and a date alone moving is no news to re-tag or re-alert.
 */
final class StoryFingerprint {

  private StoryFingerprint() {}

  static String of(StoryIngested story) {
    String joined =
        String.join(
            "\u001f",
            String.valueOf(story.url()),
            String.valueOf(story.guid()),
            String.valueOf(story.title()),
            String.valueOf(story.summary()),
            String.valueOf(story.content()),
            String.join("\u001e", story.authors()),
            String.join("\u001e", story.categories()));
    return StoryIds.sha256Hex(joined).substring(0, 32);
  }
}
