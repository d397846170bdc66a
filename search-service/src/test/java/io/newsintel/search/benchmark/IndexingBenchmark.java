package io.newsintel.search.benchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.StoryTags;
import io.newsintel.search.ApiClient;
import io.newsintel.search.ElasticsearchTestClient;
import io.newsintel.search.KafkaTestSupport;
import io.newsintel.search.SearchApplication;
import io.newsintel.search.TestStories;
import io.newsintel.search.index.StoryIndexDefinition;
import io.newsintel.search.index.StoryIndexProperties;
import io.newsintel.testinfra.TestInfrastructure;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Indexing throughput of the whole path (Kafka, batch listener, BulkIngester, acknowledged commits)
 * against a direct BulkIngester load of the same stories into the same Elasticsearch, in the same
 * run; then search latency over the indexed stories through the HTTP API.
 *
 * <p>Not a test (no *Test/*IT name, so the build does not run it): {@code java -cp <test classpath>
 * io.newsintel.search.benchmark.IndexingBenchmark [stories] [searches]} with {@code
 * NEWS_TEST_KAFKA_BOOTSTRAP_SERVERS} and {@code NEWS_TEST_ELASTICSEARCH_URL} set to running servers
 * (else test-infra starts local ones). Prints a report and, last, one JSON line.
 */
public final class IndexingBenchmark {

  private static final String[] WORDS = {
    "grid", "ministry", "phishing", "espionage", "election", "parliament", "ransomware", "telecom",
    "defence", "energy", "railway", "embassy", "satellite", "campaign", "intrusion", "credential",
    "wiper", "botnet", "diplomat", "sanctions"
  };
  private static final String[] ACTORS = {"APT28", "Sandworm Team", "APT29", "Turla", "Lazarus"};
  private static final String[] TARGETS = {"Germany", "Czech Republic", "Ukraine", "Poland"};

  /** The service's defaults (search.indexing.bulk-* in application.yml). */
  private static final int DIRECT_MAX_OPERATIONS = 1000;

  private static final int DIRECT_MAX_CONCURRENT_REQUESTS = 3;

  private IndexingBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int searches = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    String run = UUID.randomUUID().toString().substring(0, 8);
    System.out.println(
        "Benchmark "
            + run
            + ": "
            + rounds
            + " rounds of "
            + count
            + " stories each way, "
            + TestInfrastructure.description());

    ElasticsearchClient elasticsearch = ElasticsearchTestClient.create();
    String directIndex = "bench-direct-" + run;
    createIndex(elasticsearch, directIndex);
    KafkaTestSupport kafka = new KafkaTestSupport();
    String group = "bench-" + run;
    // The topic may hold earlier runs' records: the new group starts where the topic ends now, so
    // the pipeline reads exactly this run's stories.
    kafka.createTopicIfMissing();
    kafka.moveGroup(group, kafka.endOffsets());

    String alias = "bench-pipeline-" + run;
    long start = System.nanoTime();
    ConfigurableApplicationContext app =
        // Arguments, not default properties: application.yml would override those.
        new SpringApplicationBuilder(SearchApplication.class)
            .run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers(),
                "--search.elasticsearch.url=" + TestInfrastructure.elasticsearchUrl(),
                "--search.index.alias=" + alias,
                "--spring.kafka.consumer.group-id=" + group,
                // Started below, once the service is up: start-up time is not indexing time.
                "--spring.kafka.listener.auto-startup=false",
                "--logging.level.root=WARN",
                "--logging.level.org.apache.kafka=WARN");
    System.out.printf(
        "search-service started in %.1f s (not counted)%n", (System.nanoTime() - start) / 1e9);
    MeterRegistry meters = app.getBean(MeterRegistry.class);
    MessageListenerContainer container =
        app.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer("story-indexing");

    // A whole round each way first, not counted: the JIT of the service, of Elasticsearch and of
    // a freshly started broker takes tens of thousands of stories to settle (the broker's
    // compiler threads used more CPU than its request handlers during a 2,000-story warm-up), and
    // a long-running system is measured warm.
    List<StoryEnriched> warmUp = stories(run + "-warm", "Warm-up " + run, count);
    CpuUse warmDirect = CpuUse.start();
    double warmDirectRate = directLoad(elasticsearch, warmUp, directIndex);
    String warmDirectUse = warmDirect.end();
    container.start();
    CpuUse warmPipeline = CpuUse.start();
    double warmPipelineRate = pipelineLoad(kafka, group, container, meters, warmUp);
    System.out.printf(
        "Warm-up (not counted): direct %.0f/s (%s); pipeline %.0f/s (%s)%n",
        warmDirectRate, warmDirectUse, warmPipelineRate, warmPipeline.end());

    // Rounds side by side: the machine's load drifts, so each ratio compares two loads a few
    // seconds apart, and the medians say more than any one of them. Both indices grow alike.
    double[] directRates = new double[rounds];
    double[] pipelineRates = new double[rounds];
    double[] ratios = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      List<StoryEnriched> stories = stories(run + "-" + round, "Bench " + run, count);
      // Which goes first alternates: Elasticsearch merges segments after a load, and that work
      // lands on whichever load comes next.
      String directUse = null;
      String pipelineUse = null;
      for (boolean directTurn :
          round % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
        CpuUse cpu = CpuUse.start();
        if (directTurn) {
          directRates[round] = directLoad(elasticsearch, stories, directIndex);
          directUse = cpu.end();
        } else {
          pipelineRates[round] = pipelineLoad(kafka, group, container, meters, stories);
          pipelineUse = cpu.end();
        }
      }
      ratios[round] = pipelineRates[round] / directRates[round];
      System.out.printf(
          "Round %d: direct %.0f/s (%s); pipeline %.0f/s (%s); ratio %.2f%n",
          round + 1,
          directRates[round],
          directUse,
          pipelineRates[round],
          pipelineUse,
          ratios[round]);
    }
    double direct = median(directRates);
    double pipeline = median(pipelineRates);
    double ratio = median(ratios);
    DistributionSummary bulkSizes = meters.get("search.indexing.bulk.size").summary();
    Timer bulkLatency = meters.get("search.indexing.bulk.latency").timer();
    System.out.printf(
        "Pipeline bulk requests: %d, %.0f stories each on average, %.0f ms mean answer%n",
        bulkSizes.count(), bulkSizes.mean(), bulkLatency.mean(TimeUnit.MILLISECONDS));
    System.out.printf(
        "Medians: direct BulkIngester %.0f/s, pipeline (Kafka -> search-service ->"
            + " Elasticsearch) %.0f/s, ratio %.2f%n",
        direct, pipeline, ratio);

    int port = Integer.parseInt(app.getBean(Environment.class).getProperty("local.server.port"));
    elasticsearch.indices().refresh(r -> r.index(alias));
    long expected = (long) rounds * count;
    long indexed = ElasticsearchTestClient.count(elasticsearch, alias, "Bench " + run);
    if (indexed != expected) {
      throw new IllegalStateException(expected + " stories published but " + indexed + " indexed");
    }
    long inIndex = elasticsearch.count(c -> c.index(alias)).count();
    long[] latencies = searchLatencies(new ApiClient(port), searches);
    long p50 = latencies[latencies.length / 2];
    long p99 = latencies[(int) Math.floor(latencies.length * 0.99) - 1];
    System.out.printf(
        "Search latency over %d stories (%d searches): p50 %.1f ms, p99 %.1f ms%n",
        inIndex, searches, p50 / 1e6, p99 / 1e6);
    app.close();
    kafka.close();
    elasticsearch.indices().delete(d -> d.index(directIndex));
    System.out.printf(
        "{\"stories\":%d,\"rounds\":%d,\"directPerSecond\":%.0f,\"pipelinePerSecond\":%.0f,"
            + "\"ratio\":%.2f,\"ratios\":\"%s\",\"indexed\":%d,\"searchedOver\":%d,"
            + "\"searchP50Ms\":%.1f,"
            + "\"searchP99Ms\":%.1f,\"loadAverage\":\"%s\"}%n",
        count,
        rounds,
        direct,
        pipeline,
        ratio,
        Arrays.toString(Arrays.stream(ratios).map(r -> Math.round(r * 100) / 100.0).toArray()),
        indexed,
        inIndex,
        p50 / 1e6,
        p99 / 1e6,
        loadAverage());
    System.exit(0);
  }

  private static List<StoryEnriched> stories(String prefix, String source, int count) {
    List<StoryEnriched> stories = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      stories.add(story(prefix, source, i));
    }
    return stories;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /**
   * Publishes the stories while the listener is paused, then times the listener from resuming until
   * its committed offsets reach the end: Kafka to Elasticsearch, acknowledged. The service's own
   * counter of written stories is watched first (in-process, free), the committed offsets only at
   * the end: asking the broker for them 20 times a second cost it and this JVM measurable CPU.
   */
  private static double pipelineLoad(
      KafkaTestSupport kafka,
      String group,
      MessageListenerContainer container,
      MeterRegistry meters,
      List<StoryEnriched> stories)
      throws InterruptedException {
    container.pause();
    while (!container.isPauseRequested() || (container.isRunning() && !paused(container))) {
      TimeUnit.MILLISECONDS.sleep(20);
    }
    kafka.publishAll(stories);
    Map<Integer, Long> end = kafka.endOffsets();
    double target = written(meters) + stories.size();
    long started = System.nanoTime();
    container.resume();
    while (written(meters) < target) {
      TimeUnit.MILLISECONDS.sleep(5);
    }
    while (!caughtUp(kafka, group, end)) {
      TimeUnit.MILLISECONDS.sleep(10);
    }
    return stories.size() / ((System.nanoTime() - started) / 1e9);
  }

  /** Stories Elasticsearch acknowledged (written, or already there), by the service's counter. */
  private static double written(MeterRegistry meters) {
    return meters.get("search.indexing.stories").tag("outcome", "indexed").counter().count()
        + meters.get("search.indexing.stories").tag("outcome", "stale").counter().count();
  }

  private static boolean paused(MessageListenerContainer container) {
    return container.isContainerPaused() || !container.isChildRunning();
  }

  /** The machine's load averages (1, 5, 15 minutes): the figures mean little without them. */
  private static String loadAverage() {
    try {
      String[] parts =
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  private static void createIndex(ElasticsearchClient client, String index) throws Exception {
    StoryIndexProperties settings =
        new StoryIndexProperties(index, 1, 0, false, Duration.ofSeconds(30));
    client
        .indices()
        .create(
            c -> c.index(index).withJson(new StringReader(StoryIndexDefinition.render(settings))));
  }

  private static double directLoad(
      ElasticsearchClient client, List<StoryEnriched> stories, String index) throws Exception {
    CountDownLatch done = new CountDownLatch(stories.size());
    AtomicLong failed = new AtomicLong();
    BulkListener<Void> listener =
        new BulkListener<>() {
          @Override
          public void beforeBulk(long id, BulkRequest request, List<Void> contexts) {}

          @Override
          public void afterBulk(
              long id, BulkRequest request, List<Void> contexts, BulkResponse response) {
            response.items().forEach(i -> failed.addAndGet(i.error() == null ? 0 : 1));
            contexts.forEach(c -> done.countDown());
          }

          @Override
          public void afterBulk(
              long id, BulkRequest request, List<Void> contexts, Throwable failure) {
            failed.addAndGet(contexts.size());
            contexts.forEach(c -> done.countDown());
          }
        };
    long start = System.nanoTime();
    // The same settings as the service's ingester (see application.yml).
    try (BulkIngester<Void> ingester =
        BulkIngester.of(
            b ->
                b.client(client)
                    .maxOperations(DIRECT_MAX_OPERATIONS)
                    .maxConcurrentRequests(DIRECT_MAX_CONCURRENT_REQUESTS)
                    .flushInterval(1, TimeUnit.SECONDS)
                    .listener(listener))) {
      for (StoryEnriched story : stories) {
        ingester.add(
            op ->
                op.index(
                    i ->
                        i.index(index)
                            .id(story.id())
                            .version(story.revision())
                            .versionType(VersionType.External)
                            .document(story)),
            null);
      }
      ingester.flush();
      done.await();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (failed.get() > 0) {
      System.out.println("Direct load: " + failed.get() + " items failed");
    }
    return stories.size() / seconds;
  }

  /**
   * CPU used during a phase, in cores on average: the whole machine's (from /proc/stat), this
   * JVM's, and Elasticsearch's and Kafka's processes (from /proc/PID/stat): it tells a CPU-bound
   * phase from one that waits, and who spends the CPU.
   */
  private record CpuUse(
      long wallNanos,
      long machineBusyTicks,
      long machineAllTicks,
      Map<String, Long> processTicksAtStart) {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    static CpuUse start() {
      long[] machine = machineTicks();
      return new CpuUse(System.nanoTime(), machine[0], machine[1], processTicks());
    }

    String end() {
      long[] machine = machineTicks();
      Map<String, Long> now = processTicks();
      double wall = (System.nanoTime() - wallNanos) / 1e9;
      double busyShare =
          (machine[0] - machineBusyTicks) / (double) Math.max(1, machine[1] - machineAllTicks);
      int cores = Runtime.getRuntime().availableProcessors();
      StringBuilder text =
          new StringBuilder(String.format("machine %.2f of %d cores", busyShare * cores, cores));
      for (String name : List.of("this JVM", "Elasticsearch", "Kafka")) {
        long used = now.getOrDefault(name, 0L) - processTicksAtStart.getOrDefault(name, 0L);
        long system =
            now.getOrDefault(name + " sys", 0L)
                - processTicksAtStart.getOrDefault(name + " sys", 0L);
        text.append(
            String.format(
                ", %s %.2f (kernel %.2f)",
                name, used / TICKS_PER_SECOND / wall, system / TICKS_PER_SECOND / wall));
      }
      return text.toString();
    }

    /** CPU ticks (user + system) of this JVM and of the Elasticsearch and Kafka processes. */
    private static Map<String, Long> processTicks() {
      Map<String, Long> ticks = new java.util.HashMap<>();
      long self = ProcessHandle.current().pid();
      ProcessHandle.allProcesses()
          .forEach(
              process -> {
                String command = process.info().commandLine().orElse("");
                String name =
                    process.pid() == self
                        ? "this JVM"
                        : command.contains("org.elasticsearch.")
                            ? "Elasticsearch"
                            : command.contains("kafka.Kafka") || command.contains("KafkaRaftServer")
                                ? "Kafka"
                                : null;
                if (name != null) {
                  long[] used = ticksOf(process.pid());
                  ticks.merge(name, used[0] + used[1], Long::sum);
                  ticks.merge(name + " sys", used[1], Long::sum);
                }
              });
      return ticks;
    }

    /** User and kernel ticks of one process. */
    private static long[] ticksOf(long pid) {
      try {
        String stat =
            java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
        // Fields after the command name (which may hold spaces) closed by ')'; utime, stime are
        // the 14th and 15th fields of the line.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])};
      } catch (java.io.IOException | RuntimeException e) {
        return new long[] {0, 0};
      }
    }

    /** Busy and total ticks of all CPUs: user, nice, system, irq, softirq, steal are busy. */
    private static long[] machineTicks() {
      try {
        String[] f =
            java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat"))
                .get(0)
                .trim()
                .split("\\s+");
        long total = 0;
        for (int i = 1; i < Math.min(f.length, 9); i++) {
          total += Long.parseLong(f[i]);
        }
        long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
        return new long[] {total - idle, total};
      } catch (java.io.IOException | RuntimeException e) {
        return new long[] {0, 1};
      }
    }
  }

  private static boolean caughtUp(KafkaTestSupport kafka, String group, Map<Integer, Long> end) {
    Map<Integer, Long> committed = kafka.committed(group);
    return end.entrySet().stream()
        .allMatch(e -> committed.getOrDefault(e.getKey(), 0L) >= e.getValue());
  }

  private static long[] searchLatencies(ApiClient api, int searches) {
    String[] queries = {
      "/api/stories?q=grid+espionage",
      "/api/stories?q=%22energy+ministry%22&sort=date",
      "/api/stories?actor=APT28&size=50",
      "/api/stories?q=ransomware&target=Ukraine&from=2026-01-01",
      "/api/stories?sponsorState=Russia&sort=date&size=100",
      "/api/stories?q=phish*+-botnet"
    };
    // Warm up caches and the JIT before measuring.
    for (int i = 0; i < 50; i++) {
      api.get(queries[i % queries.length]);
    }
    long[] latencies = new long[searches];
    for (int i = 0; i < searches; i++) {
      long start = System.nanoTime();
      ApiClient.Response response = api.get(queries[i % queries.length]);
      latencies[i] = System.nanoTime() - start;
      if (response.status() != 200) {
        throw new IllegalStateException("search answered " + response.status());
      }
    }
    Arrays.sort(latencies);
    return latencies;
  }

  private static StoryEnriched story(String prefix, String source, int i) {
    StringBuilder content = new StringBuilder();
    for (int w = 0; w < 180; w++) {
      content.append(WORDS[(i * 7 + w * 13) % WORDS.length]).append(w % 12 == 11 ? ". " : " ");
    }
    StoryTags tags =
        i % 4 == 3
            ? StoryTags.NONE
            : TestStories.actor(ACTORS[i % ACTORS.length], "Russia", TARGETS[i % TARGETS.length]);
    Instant published = Instant.parse("2026-06-30T00:00:00Z").minusSeconds(i * 97L);
    return TestStories.story(
        "bench-" + prefix + "-" + i,
        "Report " + i + ": " + WORDS[i % WORDS.length] + " " + WORDS[(i / 3) % WORDS.length],
        "Officials said the " + WORDS[(i / 7) % WORDS.length] + " incident is under review.",
        content.toString(),
        source,
        published,
        published.plusSeconds(120),
        tags,
        List.of());
  }
}
