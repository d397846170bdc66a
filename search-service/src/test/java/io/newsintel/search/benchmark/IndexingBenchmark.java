package io.newsintel.search.benchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
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
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<StoryEnriched> stories = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      stories.add(story(run, i));
    }
    System.out.println(
        "Benchmark " + run + ": " + count + " stories, " + TestInfrastructure.description());

    // A short load first, not counted, so that neither side pays for a cold JIT or a cold
    // Elasticsearch alone.
    directLoad(stories.subList(0, Math.min(2_000, count)), "bench-warmup-" + run);
    double direct = directLoad(stories, "bench-direct-" + run);
    System.out.printf("Direct BulkIngester load: %.0f stories/s%n", direct);

    KafkaTestSupport kafka = new KafkaTestSupport();
    String group = "bench-" + run;
    // The topic may hold earlier runs' records: the new group starts where the topic ends now, so
    // the pipeline reads exactly this run's stories.
    kafka.createTopicIfMissing();
    Map<Integer, Long> before = kafka.endOffsets();
    kafka.moveGroup(group, before);
    kafka.publishAll(stories);
    Map<Integer, Long> end = kafka.endOffsets();
    long records =
        end.entrySet().stream().mapToLong(e -> e.getValue() - before.get(e.getKey())).sum();
    System.out.println("Published " + records + " records of this run to news.enriched");

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
    long started = System.nanoTime();
    app.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer("story-indexing").start();
    while (!caughtUp(kafka, group, end)) {
      TimeUnit.MILLISECONDS.sleep(100);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double pipeline = records / seconds;
    System.out.printf(
        "Pipeline (Kafka -> search-service -> Elasticsearch): %d records in %.1f s = %.0f/s"
            + " (start-up %.1f s not counted)%n",
        records, seconds, pipeline, (started - start) / 1e9);
    System.out.printf("Ratio pipeline/direct: %.2f%n", pipeline / direct);

    int port = Integer.parseInt(app.getBean(Environment.class).getProperty("local.server.port"));
    ElasticsearchClient elasticsearch = ElasticsearchTestClient.create();
    elasticsearch.indices().refresh(r -> r.index(alias));
    long indexed = ElasticsearchTestClient.count(elasticsearch, alias, "Bench " + run);
    if (indexed != count) {
      throw new IllegalStateException(count + " stories published but " + indexed + " indexed");
    }
    long[] latencies = searchLatencies(new ApiClient(port), searches);
    long p50 = latencies[latencies.length / 2];
    long p99 = latencies[(int) Math.floor(latencies.length * 0.99) - 1];
    System.out.printf(
        "Search latency over %d stories (%d searches): p50 %.1f ms, p99 %.1f ms%n",
        indexed, searches, p50 / 1e6, p99 / 1e6);
    app.close();
    kafka.close();
    System.out.printf(
        "{\"stories\":%d,\"directPerSecond\":%.0f,\"pipelinePerSecond\":%.0f,\"ratio\":%.2f,"
            + "\"searchP50Ms\":%.1f,\"searchP99Ms\":%.1f,\"loadAverage\":\"%s\"}%n",
        count, direct, pipeline, pipeline / direct, p50 / 1e6, p99 / 1e6, loadAverage());
    System.exit(0);
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

  private static double directLoad(List<StoryEnriched> stories, String index) throws Exception {
    ElasticsearchClient client = ElasticsearchTestClient.create();
    StoryIndexProperties settings =
        new StoryIndexProperties(index, 1, 0, false, Duration.ofSeconds(30));
    client
        .indices()
        .create(
            c -> c.index(index).withJson(new StringReader(StoryIndexDefinition.render(settings))));
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
    client.indices().delete(d -> d.index(index));
    return stories.size() / seconds;
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

  private static StoryEnriched story(String run, int i) {
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
        "bench-" + run + "-" + i,
        "Report " + i + ": " + WORDS[i % WORDS.length] + " " + WORDS[(i / 3) % WORDS.length],
        "Officials said the " + WORDS[(i / 7) % WORDS.length] + " incident is under review.",
        content.toString(),
        "Bench " + run,
        published,
        published.plusSeconds(120),
        tags,
        List.of());
  }
}
