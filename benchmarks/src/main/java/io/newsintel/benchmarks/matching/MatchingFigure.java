package io.newsintel.benchmarks.matching;

import io.newsintel.benchmarks.BenchCorpus;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.enrich.catalog.ActorCatalog;
import io.newsintel.enrich.catalog.SoftwareCatalog;
import io.newsintel.enrich.tagging.StoryTagger;
import io.newsintel.search.alert.matching.SubscriptionMonitor;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stories per second through search-service's own matcher ({@link SubscriptionMonitor}, Lucene's
 * monitor) holding {@code subscriptions} analyst subscriptions, in batches as the alert consumer
 * gives them; the stories are the benchmark's, tagged by enrich-service's own tagger.
 */
public final class MatchingFigure {

  static final int BATCH = 100;

  private MatchingFigure() {}

  public static List<StoryEnriched> taggedStories(int count) {
    StoryTagger tagger = new StoryTagger(ActorCatalog.load(), SoftwareCatalog.load());
    return BenchCorpus.rawStories(count).stream().map(tagger::enrich).toList();
  }

  public static String measure(int subscriptionCount, int storyCount, Path galaxy)
      throws Exception {
    List<StoryEnriched> stories = taggedStories(2_000);
    try (SubscriptionMonitor monitor = new SubscriptionMonitor()) {
      long loadStart = System.nanoTime();
      monitor.loaded(AnalystSubscriptions.generate(subscriptionCount, galaxy, 20261128L));
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      run(monitor, stories, Math.min(storyCount, 2_000)); // warm-up
      var threads = ManagementFactory.getThreadMXBean();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      long matches = run(monitor, stories, storyCount);
      double wall = (System.nanoTime() - wallStart) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      return String.format(
          Locale.ROOT,
          "{\"subscriptions\":%d,\"stories\":%d,\"batch\":%d,\"matchesPerStory\":%.2f,"
              + "\"loadSeconds\":%.1f,\"storiesPerSec\":%.0f,\"storiesPerCpuSec\":%.0f}",
          monitor.size(),
          storyCount,
          BATCH,
          (double) matches / storyCount,
          loadSeconds,
          storyCount / wall,
          storyCount / cpu);
    }
  }

  static long run(SubscriptionMonitor monitor, List<StoryEnriched> stories, int count) {
    long matches = 0;
    for (int done = 0; done < count; done += BATCH) {
      List<StoryEnriched> batch = new ArrayList<>(BATCH);
      for (int i = done; i < Math.min(count, done + BATCH); i++) {
        batch.add(stories.get(i % stories.size()));
      }
      for (Set<String> matched : monitor.match(batch)) {
        matches += matched.size();
      }
    }
    return matches;
  }

  /** The default place of the MISP galaxy's threat actors, next to the checkout. */
  public static Path defaultGalaxy() {
    return Path.of("..", "shared", "data", "misp-galaxy", "threat-actor.json");
  }
}
