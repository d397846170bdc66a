package io.newsintel.enrich.bench;

import io.newsintel.contract.StoryIngested;
import io.newsintel.contract.StorySource;
import io.newsintel.enrich.catalog.ActorCatalog;
import io.newsintel.enrich.catalog.SoftwareCatalog;
import io.newsintel.enrich.tagging.StoryTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stories per second per core: one thread tags ~2 KB stories (the labelled set's stories padded
 * with ordinary news prose, en/uk/ru) against the full catalogs; and the catalog load time.
 *
 * <p>Run: see the enrich-service README ("Speed").
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgs = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class TaggingBenchmark {

  private static final String FILLER =
      " The ministry said talks would continue next week. Officials met in the capital to "
          + "discuss the budget, energy prices and the reconstruction of damaged schools. "
          + "Міністерство заявило, що переговори триватимуть наступного тижня. "
          + "Министерство сообщило, что переговоры продолжатся на следующей неделе.";

  private StoryTagger tagger;
  private List<StoryIngested> stories;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    tagger = new StoryTagger(ActorCatalog.load(), SoftwareCatalog.load());
    stories = twoKilobyteStories();
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Object tagStory() {
    StoryIngested story = stories.get(next);
    next = (next + 1) % stories.size();
    return tagger.enrich(story);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 5)
  @Fork(value = 5)
  public Object loadCatalogs() {
    return new StoryTagger(ActorCatalog.load(), SoftwareCatalog.load());
  }

  static List<StoryIngested> twoKilobyteStories() throws IOException {
    List<StoryIngested> stories = new ArrayList<>();
    try (InputStream in =
            TaggingBenchmark.class.getResourceAsStream("/evaluation/labelled-stories.jsonl");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        Map<?, ?> labelled = JsonMapper.shared().readValue(line, Map.class);
        StringBuilder content = new StringBuilder((String) labelled.get("content"));
        while (content.length() < 1900) {
          content.append(FILLER);
        }
        String id = (String) labelled.get("id");
        stories.add(
            new StoryIngested(
                id,
                id,
                "https://news.example.org/" + id,
                "https://news.example.org/" + id,
                (String) labelled.get("title"),
                null,
                content.substring(
                    0,
                    Math.min(content.length(), 2048 - ((String) labelled.get("title")).length())),
                Instant.EPOCH,
                Instant.EPOCH,
                (String) labelled.get("language"),
                new StorySource("bench", "bench"),
                List.of(),
                List.of(),
                1));
      }
    }
    return stories;
  }

  public static void main(String[] args) throws RunnerException {
    new Runner(new OptionsBuilder().include(TaggingBenchmark.class.getSimpleName()).build()).run();
  }
}
