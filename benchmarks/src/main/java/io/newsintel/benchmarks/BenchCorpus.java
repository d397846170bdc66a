package io.newsintel.benchmarks;

import io.newsintel.contract.StoryIngested;
import io.newsintel.contract.StorySource;
import io.newsintel.infra.bench.BenchStories;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The stories of {@code ./run.sh bench} as {@code news.raw} events, for in-process figures. */
public final class BenchCorpus {

  private static final String PREFIX = "https://bench.news-intel.test/corpus/";

  private BenchCorpus() {}

  public static List<StoryIngested> rawStories(int count) {
    List<StoryIngested> stories = new ArrayList<>(count);
    Instant at = Instant.parse("2026-11-28T12:00:00Z");
    for (int n = 0; n < count; n++) {
      BenchStories.Story story = BenchStories.story(PREFIX, n);
      stories.add(
          new StoryIngested(
              "bench-" + n,
              story.url(),
              story.url(),
              story.url(),
              story.title(),
              // As the end-to-end run's feeds carry it: the whole text in the item's description.
              story.body(),
              null,
              at.plusSeconds(n),
              at.plusSeconds(n),
              "en",
              new StorySource("https://bench.news-intel.test/s/" + (n % 200) + ".xml", "Bench"),
              List.of(),
              List.of(),
              StoryIngested.SCHEMA_VERSION));
    }
    return stories;
  }
}
