package io.newsintel.ingest.feed;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsintel.ingest.article.FullTextFetcher;
import io.newsintel.ingest.fetch.FeedFetcher;
import io.newsintel.ingest.fetch.FetchProperties;
import io.newsintel.ingest.parse.FeedParser;
import io.newsintel.ingest.publish.InMemorySeenStories;
import io.newsintel.ingest.publish.StoryPublisher;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Poll-cycle benchmark (not a test): {@code serve PORT FEEDS} runs a loopback feed farm in one JVM;
 * {@code poll PORT FEEDS WORKERS} polls every feed twice in another JVM with the real fetcher,
 * parser, scheduler and de-duplication (Kafka stubbed out: the send cost is not measured) and
 * prints wall time, process CPU time and peak threads per cycle. Even-numbered feeds answer a
 * conditional GET with 304, odd ones always send the whole feed (200, all items unchanged).
 *
 * <pre>
 * ./mvnw -q -pl ingest-service test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * CP=ingest-service/target/test-classes:ingest-service/target/classes:$(cat ingest-service/target/cp.txt)
 * java -cp $CP io.newsintel.ingest.feed.PollCycleBenchmark serve 18090 5000 &
 * java -cp $CP io.newsintel.ingest.feed.PollCycleBenchmark poll 18090 5000 16
 * </pre>
 */
public final class PollCycleBenchmark {

  private static final int ITEMS_PER_FEED = 20;

  private PollCycleBenchmark() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[1]);
    int feeds = Integer.parseInt(args[2]);
    if (args[0].equals("serve")) {
      serve(port, feeds);
    } else {
      poll(port, feeds, Integer.parseInt(args[3]));
    }
  }

  private static void serve(int port, int feeds) throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext(
        "/f/",
        exchange -> {
          String name = exchange.getRequestURI().getPath().substring(3).replace(".xml", "");
          int index = Integer.parseInt(name);
          String etag = "\"v" + index + "\"";
          try (exchange) {
            if (index % 2 == 0
                && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
              exchange.sendResponseHeaders(304, -1);
              return;
            }
            byte[] body = feed(index).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
        });
    server.start();
    System.out.println("serving " + feeds + " feeds on 127.0.0.1:" + port);
  }

  private static String feed(int index) {
    StringBuilder xml =
        new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>")
            .append("<title>Bench feed ")
            .append(index)
            .append("</title><link>https://bench.example/")
            .append(index)
            .append("</link><description>d</description><language>en</language>");
    for (int i = 0; i < ITEMS_PER_FEED; i++) {
      xml.append("<item><title>Story ")
          .append(i)
          .append(" of feed ")
          .append(index)
          .append("</title><link>https://bench.example/")
          .append(index)
          .append('/')
          .append(i)
          .append("?utm_source=rss</link><pubDate>Fri, 03 May 2024 14:20:00 +0300</pubDate>")
          .append("<description><![CDATA[<p>Officials said on Friday that the <b>attack</b> hit ")
          .append(
              "several ministries and that the investigation continues, with more details to come.</p>]]>")
          .append("</description></item>");
    }
    return xml.append("</channel></rss>").toString();
  }

  @SuppressWarnings("unchecked")
  private static void poll(int port, int feeds, int workers) throws Exception {
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < feeds; i++) {
      urls.add("http://127.0.0.1:" + port + "/f/" + i + ".xml");
    }
    IngestProperties properties =
        new IngestProperties(
            urls, Duration.ofHours(1), 0.1, workers, workers, Duration.ofHours(4), 3, List.of());
    KafkaTemplate<String, Object> kafka = mock(KafkaTemplate.class);
    when(kafka.send(anyString(), anyString(), any()))
        .thenReturn(CompletableFuture.completedFuture(mock(SendResult.class)));
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    FeedFetcher fetcher = new FeedFetcher(FetchProperties.defaults(true));
    StoryPublisher publisher = new StoryPublisher(kafka, new InMemorySeenStories(), meters);
    FeedRegistry registry = new FeedRegistry(properties, new OwnEverything());
    FeedPoller poller =
        new FeedPoller(
            fetcher,
            new FeedParser(),
            new FullTextFetcher(fetcher, o -> {}),
            publisher,
            new PollSchedule(
                0.1, Duration.ofHours(4), () -> ThreadLocalRandom.current().nextDouble()),
            Clock.systemUTC(),
            meters);
    PollScheduler scheduler = new PollScheduler(registry, poller, properties, Clock.systemUTC());
    // The scheduler's own first polls are due right away; the cycles below ask for them anyway.
    scheduler.start();
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    var threads = ManagementFactory.getThreadMXBean();
    for (int cycle = 1; cycle <= 3; cycle++) {
      long cpuBefore = os.getProcessCpuTime();
      long started = System.nanoTime();
      List<CompletableFuture<Void>> polls =
          registry.ownedFeeds().stream().map(scheduler::pollNow).toList();
      CompletableFuture.allOf(polls.toArray(CompletableFuture[]::new)).join();
      long wallMs = (System.nanoTime() - started) / 1_000_000;
      long cpuMs = (os.getProcessCpuTime() - cpuBefore) / 1_000_000;
      System.out.printf(
          "cycle %d: %d feeds in %d ms wall, %d ms CPU (%.0f%% of one core), peak threads %d,"
              + " polls %s%n",
          cycle,
          feeds,
          wallMs,
          cpuMs,
          100.0 * cpuMs / Math.max(1, wallMs),
          threads.getPeakThreadCount(),
          outcomes(meters));
    }
    scheduler.stop();
    System.out.println(
        "stories published (new): "
            + meters.counter("ingest.stories", "result", "new").count()
            + ", unchanged skipped: "
            + meters.counter("ingest.stories", "result", "unchanged").count());
    System.exit(0);
  }

  private static String outcomes(SimpleMeterRegistry meters) {
    StringBuilder out = new StringBuilder();
    meters
        .find("ingest.feed.polls")
        .counters()
        .forEach(
            c ->
                out.append(c.getId().getTag("outcome"))
                    .append('=')
                    .append((long) c.count())
                    .append(' '));
    return out.toString().strip();
  }

  private static final class OwnEverything implements FeedStore {
    @Override
    public Collection<Feed> registered() {
      return List.of();
    }

    @Override
    public void save(Feed feed) {}

    @Override
    public void delete(String feedId) {}

    @Override
    public boolean owns(String feedId) {
      return true;
    }
  }
}
