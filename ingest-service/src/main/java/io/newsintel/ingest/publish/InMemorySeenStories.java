package io.newsintel.ingest.publish;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Seen stories in memory only: for tests and the parse command, which need no broker. */
public class InMemorySeenStories implements SeenStories {

  private final Map<String, SeenStory> seen = new ConcurrentHashMap<>();

  @Override
  public Optional<SeenStory> get(String storyId) {
    return Optional.ofNullable(seen.get(storyId));
  }

  @Override
  public void remember(String storyId, SeenStory story) {
    seen.put(storyId, story);
  }

  @Override
  public int size() {
    return seen.size();
  }
}
