package io.newsintel.benchmarks.tagging;

import io.newsintel.benchmarks.BenchCorpus;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.StoryIngested;
import io.newsintel.enrich.catalog.ActorCatalog;
import io.newsintel.enrich.catalog.SoftwareCatalog;
import io.newsintel.enrich.tagging.StoryTagger;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Stories tagged per CPU-second of one thread, with enrich-service's own tagger and catalogs: the
 * per-core figure. Thread CPU time, not wall time, so that the other processes sharing the machine
 * do not distort it.
 */
public final class TaggingFigure {

  private TaggingFigure() {}

  /** Prints a line of JSON: storiesPerSecPerCore, stories, cyberAttributionTagged, ... */
  public static String measure(int count) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long loadStart = System.nanoTime();
    StoryTagger tagger = new StoryTagger(ActorCatalog.load(), SoftwareCatalog.load());
    double loadMs = (System.nanoTime() - loadStart) / 1e6;
    List<StoryIngested> stories = BenchCorpus.rawStories(2_000);
    for (int i = 0; i < Math.max(4_000, count / 4); i++) {
      tagger.enrich(stories.get(i % stories.size()));
    }
    long withActor = 0;
    long cpuStart = threads.getCurrentThreadCpuTime();
    long wallStart = System.nanoTime();
    for (int i = 0; i < count; i++) {
      StoryEnriched enriched = tagger.enrich(stories.get(i % stories.size()));
      if (!enriched.tags().actors().isEmpty()) {
        withActor++;
      }
    }
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double wall = (System.nanoTime() - wallStart) / 1e9;
    double averageChars =
        stories.stream()
            .mapToInt(s -> s.title().length() + s.summary().length())
            .average()
            .orElse(0);
    return String.format(
        Locale.ROOT,
        "{\"stories\":%d,\"averageChars\":%.0f,\"taggedWithActor\":%d,\"cpuSeconds\":%.3f,"
            + "\"wallSeconds\":%.3f,\"storiesPerSecPerCore\":%.0f,\"storiesPerSecWall\":%.0f,"
            + "\"catalogLoadMs\":%.0f}",
        count,
        averageChars,
        withActor,
        cpu,
        wall,
        count / cpu,
        count / wall,
        loadMs);
  }
}
