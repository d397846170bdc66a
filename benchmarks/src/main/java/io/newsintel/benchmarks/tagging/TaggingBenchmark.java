package io.newsintel.benchmarks.tagging;

import io.newsintel.benchmarks.BenchCorpus;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.StoryIngested;
import io.newsintel.enrich.catalog.ActorCatalog;
import io.newsintel.enrich.catalog.SoftwareCatalog;
import io.newsintel.enrich.tagging.StoryTagger;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Stories tagged per second by one thread with enrich-service's own tagger and full catalogs, over
 * the benchmark's ~2 KB stories (one in twenty a cyber-attribution story). One thread: the figure
 * per core (wall clock; {@code Figures tagging} gives it in CPU time).
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgs = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class TaggingBenchmark {

  private StoryTagger tagger;
  private List<StoryIngested> stories;
  private int next;

  @Setup
  public void setUp() {
    tagger = new StoryTagger(ActorCatalog.load(), SoftwareCatalog.load());
    stories = BenchCorpus.rawStories(2_000);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public StoryEnriched tagStory() {
    StoryIngested story = stories.get(next);
    next = (next + 1) % stories.size();
    return tagger.enrich(story);
  }
}
