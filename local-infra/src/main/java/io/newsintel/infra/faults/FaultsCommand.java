package io.newsintel.infra.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsintel.infra.Console;
import io.newsintel.infra.InfraSettings;
import io.newsintel.infra.InfrastructureException;
import io.newsintel.infra.LocalInfrastructure;
import io.newsintel.infra.stack.LocalStack;
import io.newsintel.infra.stack.ServiceName;
import io.newsintel.infra.stack.ServiceProcess;
import io.newsintel.infra.stack.StackSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code ./run.sh faults [--quick|--ci]}: the three services as separate processes on the local
 * real Kafka and Elasticsearch, a loopback site publishing distinct stories over time, and faults
 * injected during the flow (kill -9 of each service, a broker restart, Elasticsearch stopped,
 * poison records). Afterwards every published story must be in Elasticsearch exactly once with its
 * correct tags and every poison record in a dead-letter topic with its reason. The last line is one
 * JSON object with the figures.
 */
public final class FaultsCommand {

  private static final String API_KEY = "faults-run-api-key-0123456789abcdef";
  private static final int POISON_PER_TOPIC = 100;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** Each topic with a consumer that must dead-letter what it cannot read. */
  private static final List<String> POISONED_TOPICS =
      List.of("news.raw", "news.enriched", "news.alerts");

  private final FaultsVariant variant;
  private final List<String> scenarios = new ArrayList<>();
  private LocalInfrastructure infra;
  private LocalStack stack;
  private GeneratedFeedServer feeds;

  private FaultsCommand(FaultsVariant variant) {
    this.variant = variant;
  }

  public static void main(String[] args) {
    FaultsCommand command = new FaultsCommand(FaultsVariant.fromArguments(List.of(args)));
    int exit = 2;
    try {
      exit = command.run();
    } catch (InfrastructureException e) {
      Console.error(e.getMessage());
      exit = 2;
    } catch (Exception e) {
      Console.error("the fault-injection run failed: " + e);
      exit = 2;
    } finally {
      command.stopAll(exit == 0);
    }
    System.exit(exit);
  }

  private int run() throws Exception {
    long began = System.nanoTime();
    int stories = variant.stories();
    int feedCount = variant.feeds();
    Duration publishing = variant.publishing();
    Map<String, String> env = new HashMap<>(System.getenv());
    env.putIfAbsent(InfraSettings.KAFKA_PORT_ENV, "0");
    env.putIfAbsent(InfraSettings.ELASTICSEARCH_PORT_ENV, "0");
    // The services' logs are what explains a failed run: kept until the run is known to have
    // passed.
    env.put("NEWS_INFRA_KEEP_DATA", "true");
    infra = LocalInfrastructure.start(InfraSettings.fromEnvironment(env), Console::progress);
    feeds = GeneratedFeedServer.start(stories, feedCount, publishing);
    Map<ServiceName, Integer> ports = new EnumMap<>(ServiceName.class);
    for (ServiceName name : ServiceName.values()) {
      ports.put(name, 0);
    }
    stack =
        LocalStack.start(
            new StackSettings(
                Path.of(env.getOrDefault("NEWS_STACK_ROOT", ".")).toAbsolutePath().normalize(),
                infra.kafka().bootstrapServers(),
                infra.elasticsearch().url(),
                API_KEY,
                ports,
                feeds.feedUrls(),
                true,
                infra.runDir().resolve("logs"),
                env.getOrDefault("NEWS_SERVICE_JAVA_OPTS", "-Xms64m -Xmx512m -XX:+UseG1GC"),
                Duration.ofSeconds(180),
                Map.of()),
            Console::progress);
    PipelineAudit audit =
        new PipelineAudit(infra.kafka().bootstrapServers(), infra.elasticsearch().url(), "stories");

    Console.progress(
        "Publishing "
            + stories
            + " stories in "
            + feedCount
            + " feeds over "
            + publishing.toSeconds()
            + " s, with faults injected on the way ...");
    feeds.beginPublishing();
    ScheduledExecutorService driver = Executors.newScheduledThreadPool(2);
    driver.scheduleWithFixedDelay(this::refreshFeeds, 2, 5, TimeUnit.SECONDS);
    driver.scheduleWithFixedDelay(() -> status(audit), 15, 15, TimeUnit.SECONDS);
    long start = System.nanoTime();
    for (Fault fault : schedule()) {
      long wait = fault.at().toNanos() - (System.nanoTime() - start);
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      Console.progress("FAULT " + fault.name() + " ...");
      fault.action().run();
      scenarios.add(fault.name());
      Console.progress("FAULT " + fault.name() + " done; the system is back");
    }
    long left = publishing.toNanos() - (System.nanoTime() - start);
    if (left > 0) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
    Console.progress(
        "All " + stories + " stories are published; letting the pipeline catch up ...");
    // Polls after the last story appeared, so every feed has been read in full at least once.
    TimeUnit.SECONDS.sleep(15);
    awaitQuiet(audit, variant.settleTimeout());
    driver.shutdownNow();
    return report(audit, stories, (System.nanoTime() - began) / 1e9);
  }

  private List<Fault> schedule() {
    List<Fault> faults = new ArrayList<>();
    int step = (int) variant.step().toSeconds();
    int t = (int) variant.firstFault().toSeconds();
    boolean severalRounds = variant.rounds() > 1;
    faults.add(new Fault("poison-records", Duration.ofSeconds(t), this::writePoison));
    for (int round = 1; round <= variant.rounds(); round++) {
      for (ServiceName name : List.of(ServiceName.INGEST, ServiceName.ENRICH, ServiceName.SEARCH)) {
        t += step;
        String label = "kill-9-" + name.module() + (severalRounds ? "-" + round : "");
        faults.add(new Fault(label, Duration.ofSeconds(t), () -> killAndRestart(name)));
      }
      if (round == 1) {
        t += step;
        faults.add(new Fault("kafka-restart", Duration.ofSeconds(t), this::restartKafka));
        t += step;
        int outage = (int) variant.elasticsearchOutage().toSeconds();
        faults.add(
            new Fault(
                "elasticsearch-down-" + outage + "s",
                Duration.ofSeconds(t),
                () -> stopElasticsearch(outage)));
      }
    }
    return faults;
  }

  private void killAndRestart(ServiceName name) {
    ServiceProcess service = stack.service(name);
    service.kill();
    service.launch();
    service.awaitHealthy(Duration.ofSeconds(180));
  }

  private void restartKafka() {
    infra.kafka().stop();
    infra.kafka().start();
  }

  private void stopElasticsearch(int seconds) throws InterruptedException {
    infra.elasticsearch().stop();
    TimeUnit.SECONDS.sleep(seconds);
    infra.elasticsearch().start();
  }

  private void writePoison() throws Exception {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers());
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
      for (String topic : POISONED_TOPICS) {
        for (int i = 0; i < POISON_PER_TOPIC; i++) {
          // Half not JSON at all, half JSON of the wrong shape: both must be dead-lettered, not
          // retried forever.
          String value =
              i % 2 == 0
                  ? "\u0000\u00ffnot an event " + i
                  : "[\"an array, not an event\", " + i + "]";
          producer.send(
              new ProducerRecord<>(
                  topic, "poison-" + topic + "-" + i, value.getBytes(StandardCharsets.UTF_8)));
        }
      }
      producer.flush();
    }
  }

  private void refreshFeeds() {
    try {
      HTTP.send(
          HttpRequest.newBuilder(URI.create(stack.url(ServiceName.INGEST) + "/api/feeds/refresh"))
              .header("X-API-Key", API_KEY)
              .timeout(
                  Duration.ofSeconds(45)) // ingest answers once the polls are done (at most 30 s)
              .POST(HttpRequest.BodyPublishers.noBody())
              .build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (Exception e) {
      // ingest-service may be down on purpose; its own schedule and the next refresh cover it.
    }
  }

  private void status(PipelineAudit audit) {
    Console.progress(
        String.format(
            "published %d/%d, indexed %d, not yet consumed: news.raw %d, news.enriched %d",
            feeds.published(),
            feeds.storyCount(),
            audit.documentCount(),
            audit.progress("news.raw").lag(),
            audit.progress("news.enriched").lag()));
  }

  /** Until the consumers of both topics stop moving and the index stops growing. */
  private void awaitQuiet(PipelineAudit audit, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "";
    int stableRounds = 0;
    while (System.nanoTime() < deadline) {
      PipelineAudit.Progress raw = audit.progress("news.raw");
      PipelineAudit.Progress enriched = audit.progress("news.enriched");
      String now = audit.documentCount() + "/" + raw + "/" + enriched;
      stableRounds = now.equals(last) && raw.committed() >= 0 ? stableRounds + 1 : 0;
      last = now;
      if (stableRounds >= 4) {
        return;
      }
      TimeUnit.SECONDS.sleep(5);
    }
    Console.error(
        "the pipeline did not settle within "
            + timeout.toMinutes()
            + " min; auditing what is there");
  }

  private int report(PipelineAudit audit, int stories, double seconds) throws Exception {
    Map<String, Integer> copies = new HashMap<>();
    int wrongTags = 0;
    int other = 0;
    for (PipelineAudit.IndexedStory story : audit.indexedStories()) {
      if (!story.url().startsWith(GeneratedFeedServer.STORY_URL_PREFIX)) {
        other++;
        continue;
      }
      copies.merge(story.url(), 1, Integer::sum);
      int number =
          Integer.parseInt(story.url().substring(GeneratedFeedServer.STORY_URL_PREFIX.length()));
      if (story.actors().contains("APT28") != GeneratedFeedServer.namesApt28(number)) {
        wrongTags++;
      }
    }
    int indexed = copies.size();
    int duplicated = copies.values().stream().mapToInt(c -> c - 1).sum();
    Map<String, PipelineAudit.DeadLetters> deadLetters = new java.util.LinkedHashMap<>();
    for (String topic : POISONED_TOPICS) {
      deadLetters.put(topic + "-dlt", audit.deadLetters(topic + "-dlt", "poison-"));
    }
    boolean healthy = true;
    for (ServiceName name : ServiceName.values()) {
      healthy &= isHealthy(stack.url(name));
    }
    healthy &= infra.kafka().isRunning() && infra.elasticsearch().isRunning();

    System.out.println();
    System.out.println("Fault-injection run (" + variant.name() + ")");
    System.out.printf("  stories published          %d%n", stories);
    System.out.printf("  stories indexed            %d%n", indexed);
    System.out.printf("  lost                       %d%n", stories - indexed);
    System.out.printf("  duplicated                 %d%n", duplicated);
    System.out.printf("  wrong tags                 %d%n", wrongTags);
    System.out.printf("  unexpected documents       %d%n", other);
    deadLetters.forEach(
        (topic, letters) -> {
          System.out.printf(
              "  poison in %-17s %d/%d (with reason: %d)%n",
              topic, letters.records(), POISON_PER_TOPIC, letters.withReason());
          letters.sampleReasons().forEach(r -> System.out.println("    " + topic + ", e.g.: " + r));
        });
    System.out.printf("  services healthy           %s%n", healthy);
    System.out.printf("  scenarios                  %s%n", String.join(", ", scenarios));
    System.out.printf("  duration                   %.0f s%n", seconds);

    ObjectNode json = new ObjectMapper().createObjectNode();
    json.put("published", stories);
    json.put("indexed", indexed);
    json.put("lost", stories - indexed);
    json.put("duplicated", duplicated);
    json.put("wrongTags", wrongTags);
    ObjectNode dlt = json.putObject("dlt");
    deadLetters.forEach((topic, letters) -> dlt.put(topic, letters.records()));
    json.put(
        "dltWithReason",
        deadLetters.values().stream().mapToInt(PipelineAudit.DeadLetters::withReason).sum());
    json.put("healthy", healthy);
    json.put("variant", variant.name());
    json.put("durationSeconds", Math.round(seconds));
    scenarios.forEach(json.putArray("scenarios")::add);
    System.out.println(json);
    boolean passed =
        stories == indexed
            && duplicated == 0
            && wrongTags == 0
            && healthy
            && deadLetters.values().stream()
                .allMatch(letters -> letters.withReason() == POISON_PER_TOPIC);
    return passed ? 0 : 1;
  }

  private static boolean isHealthy(String url) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(url + "/actuator/health"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"UP\"");
    } catch (Exception e) {
      return false;
    }
  }

  private void stopAll(boolean passed) {
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
