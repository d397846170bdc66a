package io.newsintel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.benchmarks.matching.AnalystSubscriptions;
import io.newsintel.benchmarks.matching.MatchingFigure;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.infra.bench.BenchStories;
import io.newsintel.search.alert.matching.SubscriptionMonitor;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchCorpusTest {

  @Test
  void theTaggerFindsTheActorOfEveryAttributionStoryAndNoneElsewhere() {
    List<StoryEnriched> stories = MatchingFigure.taggedStories(400);
    for (int n = 0; n < stories.size(); n++) {
      BenchStories.Story written = BenchStories.story("https://x.test/", n);
      assertThat(stories.get(n).tags().actors())
          .as(written.title())
          .isEqualTo(written.cyberAttribution() ? List.of(written.actor()) : List.of());
    }
  }

  @Test
  void everyGeneratedSubscriptionIsAcceptedByTheMonitorAndSomeMatch() throws Exception {
    List<StoryEnriched> stories = MatchingFigure.taggedStories(200);
    try (SubscriptionMonitor monitor = new SubscriptionMonitor()) {
      monitor.loaded(AnalystSubscriptions.generate(500, Path.of("no-such-galaxy.json"), 1L));
      assertThat(monitor.size()).isEqualTo(500);
      long matches = monitor.match(stories.subList(0, 100)).stream().mapToLong(Set::size).sum();
      assertThat(matches).isPositive();
    }
  }
}
