package io.newsintel.ingest.publish;

import java.util.Optional;

/** Which stories were already published, and in which version. */
public interface SeenStories {

  Optional<SeenStory> get(String storyId);

  /** Called only after the story is acknowledged on {@code news.raw}. */
  void remember(String storyId, SeenStory seen);

  int size();
}
