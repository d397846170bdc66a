package io.newsintel.benchmarks.matching;

import io.newsintel.contract.StoryEnriched;
import io.newsintel.search.alert.matching.SubscriptionMonitor;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Stories matched per second by search-service's own matcher holding 10,000 analyst subscriptions,
 * in batches of {@value MatchingFigure#BATCH} as the alert consumer hands them over.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgs = {"-Xms768m", "-Xmx768m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class MatchingBenchmark {

  @Param("10000")
  public int subscriptions;

  private SubscriptionMonitor monitor;
  private List<StoryEnriched> stories;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    stories = MatchingFigure.taggedStories(2_000);
    monitor = new SubscriptionMonitor();
    monitor.loaded(
        AnalystSubscriptions.generate(subscriptions, MatchingFigure.defaultGalaxy(), 20261128L));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    monitor.close();
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(MatchingFigure.BATCH)
  public List<java.util.Set<String>> matchBatch() {
    int from = next;
    next = (next + MatchingFigure.BATCH) % stories.size();
    return monitor.match(stories.subList(from, from + MatchingFigure.BATCH));
  }
}
