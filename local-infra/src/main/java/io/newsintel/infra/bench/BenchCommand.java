package io.newsintel.infra.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsintel.infra.Console;
import io.newsintel.infra.InfraSettings;
import io.newsintel.infra.InfrastructureException;
import io.newsintel.infra.LocalInfrastructure;
import io.newsintel.infra.stack.LocalStack;
import io.newsintel.infra.stack.ServiceName;
import io.newsintel.infra.stack.StackSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./run.sh bench [--quick]}: the three services as processes on the local real Kafka and
 * Elasticsearch, fed by a loopback site of ~2 KB stories. Measures end-to-end throughput (first
 * poll until all searchable), per-story latency from fetch to searchable at a fixed offered load, a
 * poll cycle over a farm of feeds (conditional GET), the direct BulkIngester baseline on the same
 * Elasticsearch, and tagging and alert matching in-process with the services' own code; CPU and
 * resident memory per process. Prints a table and, last, one JSON object; a full run also writes
 * the figures into docs/BENCHMARKS.md.
 */
public final class BenchCommand {

  private static final String API_KEY = "bench-run-api-key-0123456789abcdef";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final BenchPlan plan;
  private final Path root;
  private final Map<String, String> env;
  private LocalInfrastructure infra;
  private LocalStack stack;
  private StoryFeedServer feeds;
  private ScheduledExecutorService background;

  private BenchCommand(BenchPlan plan, Map<String, String> env) {
    this.plan = plan;
    this.env = env;
    this.root = Path.of(env.getOrDefault("NEWS_STACK_ROOT", ".")).toAbsolutePath().normalize();
  }

  public static void main(String[] args) {
    List<String> options = List.of(args);
    BenchPlan plan = options.contains("--quick") ? BenchPlan.quickRun() : BenchPlan.fullRun();
    BenchCommand command = new BenchCommand(plan, new HashMap<>(System.getenv()));
    int exit = 2;
    try {
      exit = command.run(options.contains("--write-docs") || !plan.quick());
    } catch (InfrastructureException e) {
      Console.error(e.getMessage());
    } catch (Exception e) {
      Console.error("the benchmark failed: " + e);
    } finally {
      command.stopAll(exit == 0);
    }
    System.exit(exit);
  }

  private int run(boolean writeDocs) throws Exception {
    long began = System.nanoTime();
    MachineDescription machine = MachineDescription.current();
    BenchReport report = new BenchReport(plan, machine);
    report.loadBefore = MachineDescription.loadAverage();
    Console.progress(
        String.format(
            "Benchmark%s on %d cores, load average %s",
            plan.quick() ? " (--quick)" : "", machine.cores(), report.loadBefore));
    env.putIfAbsent(InfraSettings.KAFKA_PORT_ENV, "0");
    env.putIfAbsent(InfraSettings.ELASTICSEARCH_PORT_ENV, "0");
    env.put("NEWS_INFRA_KEEP_DATA", "true");
    infra = LocalInfrastructure.start(InfraSettings.fromEnvironment(env), Console::progress);
    ComponentFigures figures = new ComponentFigures(root, infra.runDir().resolve("logs"));
    feeds = StoryFeedServer.start(plan.feeds(), plan.farmFeeds());
    stack = LocalStack.start(stackSettings(), Console::progress);
    ProcessSampler sampler = new ProcessSampler();
    sampler.follow("kafka", () -> infra.kafka().pid());
    sampler.follow("elasticsearch", () -> infra.elasticsearch().pid());
    for (ServiceName name : List.of(ServiceName.INGEST, ServiceName.ENRICH, ServiceName.SEARCH)) {
      sampler.follow(name.module(), () -> stack.service(name).pid());
    }
    background = Executors.newScheduledThreadPool(2);
    background.scheduleAtFixedRate(sampler::sample, 1, 1, TimeUnit.SECONDS);
    SearchableProbe probe = new SearchableProbe(infra.elasticsearch().url(), "stories");
    // The services polled the (still empty) feeds at start-up; let that settle.
    TimeUnit.SECONDS.sleep(3);

    throughput(probe, sampler, report);
    latency(probe, sampler, report);

    // What follows measures one thing at a time: the consumers are done with their work.
    stack.service(ServiceName.ENRICH).stop();
    stack.service(ServiceName.SEARCH).stop();
    pollCycle(report);
    stack.service(ServiceName.INGEST).stop();

    Console.progress("Direct BulkIngester load of the same enriched stories (the baseline) ...");
    sampler.mark();
    report.direct =
        figures.run(
            "direct-bulk",
            "512m",
            infra.elasticsearch().url(),
            infra.kafka().bootstrapServers(),
            "bench-direct");
    report.directUsage = sampler.sinceMark();
    Console.progress("Tagging, one thread, enrich-service's tagger ...");
    report.tagging = figures.run("tagging", "512m", String.valueOf(plan.taggingStories()));
    Console.progress(
        "Alert matching, search-service's matcher with "
            + plan.subscriptions()
            + " subscriptions ...");
    report.matching =
        figures.run(
            "matching",
            "1g",
            String.valueOf(plan.subscriptions()),
            String.valueOf(plan.matchingStories()),
            root.resolve("../shared/data/misp-galaxy/threat-actor.json").normalize().toString());
    report.loadAfter = MachineDescription.loadAverage();
    report.durationSeconds = (System.nanoTime() - began) / 1e9;

    report.printTable(System.out);
    ObjectNode json = report.json();
    if (writeDocs) {
      Path doc = root.resolve("docs/BENCHMARKS.md");
      BenchmarksDocument.write(doc, report.markdown(), json);
      Console.progress("Figures written to " + doc);
    }
    System.out.println(json);
    return report.complete() ? 0 : 1;
  }

  private StackSettings stackSettings() {
    Map<ServiceName, Integer> ports = new EnumMap<>(ServiceName.class);
    for (ServiceName name : ServiceName.values()) {
      ports.put(name, Integer.parseInt(env.getOrDefault(name.portEnv(), "0")));
    }
    Map<String, String> extra = new HashMap<>();
    // The loopback site stands for many publishers: one host here, hundreds in real life, so the
    // per-host politeness limit would measure itself rather than the poller.
    extra.put("INGEST_PERHOSTCONCURRENCY", env.getOrDefault("INGEST_PERHOSTCONCURRENCY", "8"));
    return new StackSettings(
        root,
        infra.kafka().bootstrapServers(),
        infra.elasticsearch().url(),
        API_KEY,
        ports,
        feeds.storyFeedUrls(),
        true,
        infra.runDir().resolve("logs"),
        env.getOrDefault("NEWS_SERVICE_JAVA_OPTS", "-Xms64m -Xmx512m -XX:+UseG1GC"),
        Duration.ofSeconds(240),
        extra);
  }

  /**
   * All stories released at once: stories per second from the first poll until all searchable. A
   * smaller batch first warms the services' JVMs up (not timed): the figure is the pipeline's, not
   * its JIT compiler's.
   */
  private void throughput(SearchableProbe probe, ProcessSampler sampler, BenchReport report)
      throws Exception {
    int warmUp = plan.warmUpStories();
    Console.progress("Warm-up: " + warmUp + " stories, not timed ...");
    releaseAtOnceAndAwait(probe, 0, warmUp);
    int stories = plan.throughputStories();
    Console.progress(
        "Throughput: "
            + stories
            + " stories in "
            + plan.feeds()
            + " feeds, released at once; timing from the first poll until all are searchable ...");
    sampler.mark();
    long[] searchableAndNanos = releaseAtOnceAndAwait(probe, warmUp, warmUp + stories);
    report.throughputStories = stories;
    report.throughputSearchable = searchableAndNanos[0];
    report.throughputSeconds = searchableAndNanos[1] / 1e9;
    report.throughputUsage = sampler.sinceMark();
    Console.progress(
        String.format(
            "  %d/%d searchable %.1f s after the first poll: %.0f stories/s",
            report.throughputSearchable,
            stories,
            report.throughputSeconds,
            report.e2eStoriesPerSec()));
  }

  /**
   * Releases stories {@code [from, to)} at once, has every feed polled, and waits until the index
   * holds them all (or the phase times out).
   *
   * @return how many of them are searchable, and the nanoseconds from the first feed response that
   *     carried one of them until then
   */
  private long[] releaseAtOnceAndAwait(SearchableProbe probe, int from, int to) throws Exception {
    feeds.release(from, to, Double.POSITIVE_INFINITY);
    long requested = System.nanoTime();
    background.execute(this::refreshFeeds);
    long deadline = requested + plan.phaseTimeout().toNanos();
    long searchable = 0;
    long lastReport = requested;
    // Only benchmark stories are in the index, and every earlier batch is there already.
    while (searchable < to && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(100);
      searchable = probe.count();
      if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(10)) {
        lastReport = System.nanoTime();
        Console.progress("  searchable " + (searchable - from) + "/" + (to - from));
      }
    }
    long done = System.nanoTime();
    return new long[] {searchable - from, done - Math.min(feeds.firstStoryServedNanos(), done)};
  }

  /** A steady stream at the offered rate: per-story latency from fetch to searchable. */
  private void latency(SearchableProbe probe, ProcessSampler sampler, BenchReport report)
      throws Exception {
    int from = plan.warmUpStories() + plan.throughputStories();
    int count = (int) (plan.offeredPerSecond() * plan.latencyDuration().toSeconds());
    Console.progress(
        String.format(
            "Latency: %.0f stories/s for %d s (%d stories); feeds polled every second ...",
            plan.offeredPerSecond(), plan.latencyDuration().toSeconds(), count));
    sampler.mark();
    feeds.release(from, from + count, plan.offeredPerSecond());
    AtomicBoolean polling = new AtomicBoolean(true);
    Thread poller =
        new Thread(
            () -> {
              while (polling.get()) {
                long start = System.nanoTime();
                refreshFeeds();
                long left = TimeUnit.SECONDS.toNanos(1) - (System.nanoTime() - start);
                if (left > 0) {
                  try {
                    TimeUnit.NANOSECONDS.sleep(left);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              }
            },
            "bench-feed-refresh");
    poller.start();
    long started = System.nanoTime();
    SearchableProbe.Latencies latencies;
    try {
      // A loaded machine may fall behind the offered load; every story still counts, late.
      latencies = probe.watch(from, from + count, feeds::released, plan.phaseTimeout());
    } finally {
      polling.set(false);
      poller.interrupt();
    }
    report.latencyStories = count;
    report.latencySeconds = (System.nanoTime() - started) / 1e9;
    report.latencyMissing = latencies.missing();
    report.latency = new Percentiles(latencies.millis());
    report.latencyUsage = sampler.sinceMark();
    Console.progress(
        String.format(
            "  %d stories seen: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms; %d not seen",
            report.latency.count(),
            report.latency.at(50),
            report.latency.at(95),
            report.latency.at(99),
            report.latency.at(100),
            latencies.missing()));
  }

  /**
   * A farm of feeds imported by OPML (each polled once on import), then one refresh of all: the
   * conditional-GET cycle (every farm feed answers 304) is the figure.
   */
  private void pollCycle(BenchReport report) throws Exception {
    int farm = plan.farmFeeds();
    Console.progress(
        "Poll cycle: importing " + farm + " feeds (OPML); each is polled on import ...");
    StringBuilder opml =
        new StringBuilder("<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>farm")
            .append("</title></head><body>");
    for (String url : feeds.farmUrls()) {
      opml.append("<outline type=\"rss\" text=\"farm\" xmlUrl=\"").append(url).append("\"/>");
    }
    opml.append("</body></opml>");
    feeds.resetFarmCounters();
    long importStart = System.nanoTime();
    HttpResponse<String> imported =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(stack.url(ServiceName.INGEST) + "/api/feeds/opml"))
                .header("X-API-Key", API_KEY)
                .header("Content-Type", "text/x-opml")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(opml.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (imported.statusCode() != 200) {
      throw new InfrastructureException(
          "the OPML import answered " + imported.statusCode() + ": " + imported.body());
    }
    report.farmImportSeconds = (System.nanoTime() - importStart) / 1e9;
    StoryFeedServer.FarmCounts first = awaitFarm(farm);
    report.farmFirstCycleSeconds = (first.lastNanos() - importStart) / 1e9;
    Console.progress(
        String.format(
            "  imported in %.1f s; first polls done %.1f s after the import began (%d answered 200)",
            report.farmImportSeconds, report.farmFirstCycleSeconds, first.ok()));

    Console.progress("  refreshing all feeds: the conditional-GET cycle ...");
    feeds.resetFarmCounters();
    long refreshStart = System.nanoTime();
    background.execute(this::refreshFeeds);
    StoryFeedServer.FarmCounts cycle = awaitFarm(farm);
    report.farmFeeds = farm;
    report.farmCycle = cycle;
    report.farmCycleSeconds = (cycle.lastNanos() - refreshStart) / 1e9;
    Console.progress(
        String.format(
            "  %d feeds polled in %.1f s (%d answered 304, %d 200, %d errors)",
            cycle.total(),
            report.farmCycleSeconds,
            cycle.notModified(),
            cycle.ok(),
            cycle.other()));
  }

  private StoryFeedServer.FarmCounts awaitFarm(int farm) throws InterruptedException {
    long deadline = System.nanoTime() + plan.phaseTimeout().toNanos();
    StoryFeedServer.FarmCounts counts = feeds.farmCounts();
    long quietSince = System.nanoTime();
    long lastTotal = -1;
    while (counts.total() < farm && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(100);
      counts = feeds.farmCounts();
      if (counts.total() != lastTotal) {
        lastTotal = counts.total();
        quietSince = System.nanoTime();
      } else if (System.nanoTime() - quietSince > TimeUnit.SECONDS.toNanos(60)) {
        break;
      }
    }
    return counts;
  }

  private void refreshFeeds() {
    try {
      HTTP.send(
          HttpRequest.newBuilder(URI.create(stack.url(ServiceName.INGEST) + "/api/feeds/refresh"))
              .header("X-API-Key", API_KEY)
              .timeout(Duration.ofSeconds(45)) // ingest answers once the polls are done (<= 30 s)
              .POST(HttpRequest.BodyPublishers.noBody())
              .build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // The next refresh, or ingest's own schedule, polls again.
    }
  }

  private void stopAll(boolean passed) {
    if (background != null) {
      background.shutdownNow();
    }
    if (stack != null) {
      stack.close();
    }
    if (feeds != null) {
      feeds.close();
    }
    if (infra != null) {
      infra.close();
      if (passed) {
        infra.discardData();
      } else {
        Console.progress("Logs and data of this run are kept in " + infra.runDir());
      }
    }
  }
}
