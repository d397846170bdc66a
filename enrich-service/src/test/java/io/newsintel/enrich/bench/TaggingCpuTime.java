package io.newsintel.enrich.bench;

import io.newsintel.contract.StoryIngested;
import io.newsintel.enrich.catalog.ActorCatalog;
import io.newsintel.enrich.catalog.SoftwareCatalog;
import io.newsintel.enrich.tagging.StoryTagger;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Stories per CPU-second of one thread: the per-core figure, measured in thread CPU time so that
 * other processes competing for the machine do not distort it (JMH's throughput is wall-clock).
 * Also the catalog load time. Run: see the enrich-service README ("Speed").
 */
public final class TaggingCpuTime {

  private TaggingCpuTime() {}

  public static void main(String[] args) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long loadStart = threads.getCurrentThreadCpuTime();
    long wallStart = System.nanoTime();
    StoryTagger tagger = new StoryTagger(ActorCatalog.load(), SoftwareCatalog.load());
    System.out.printf(
        "catalog load: %.0f ms CPU, %.0f ms wall (first load in a fresh JVM)%n",
        (threads.getCurrentThreadCpuTime() - loadStart) / 1e6,
        (System.nanoTime() - wallStart) / 1e6);

    List<StoryIngested> stories = TaggingBenchmark.twoKilobyteStories();
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    for (int warm = 0; warm < rounds / 3; warm++) {
      stories.forEach(tagger::enrich);
    }
    long bytes = stories.stream().mapToLong(s -> s.title().length() + s.content().length()).sum();
    long cpuStart = threads.getCurrentThreadCpuTime();
    int tagged = 0;
    for (int round = 0; round < rounds; round++) {
      for (StoryIngested story : stories) {
        tagger.enrich(story);
        tagged++;
      }
    }
    double seconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(
        "tagged %d stories of %d chars on average in %.2f s CPU: %.0f stories per CPU-second%n",
        tagged, bytes / stories.size(), seconds, tagged / seconds);
  }
}
