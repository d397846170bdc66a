package io.newsintel.search.indexing;

import java.util.List;

/**
 * Elasticsearch holds these stories now (written, or already there at the same or a newer
 * revision): published by the indexing listener after a batch is acknowledged and before its
 * offsets are committed, so that whatever reacts to new stories (alert matching) never points at a
 * story that cannot be read yet, and sees a redelivered batch again.
 */
public record StoriesIndexed(List<IndexableStory> stories) {

  public StoriesIndexed {
    stories = List.copyOf(stories);
  }
}
