package io.newsintel.infra.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsintel.infra.InfrastructureException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The loopback news site of {@code ./run.sh bench}. Story feeds ({@code /s/<n>.xml}): stories are
 * released in batches, story {@code n} at {@code start + (n - from) / perSecond} in feed {@code n %
 * feedCount}; each feed lists its newest stories and answers a conditional GET with 304 while
 * nothing new appeared. A farm of many small, never-changing feeds ({@code /farm/<n>.xml}, with an
 * ETag) measures a poll cycle. It counts what it served, by status.
 */
final class StoryFeedServer implements AutoCloseable {

  static final String STORY_URL_PREFIX = "https://bench.news-intel.test/story/";

  /** The most stories a feed lists when a whole batch is released at once. */
  static final int MAX_ITEMS_PER_FEED = 100;

  private static final int RATED_ITEMS_PER_FEED = 20;
  private static final int FARM_ITEMS = 3;
  private static final DateTimeFormatter RFC_1123 =
      DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).withZone(ZoneOffset.UTC);

  /** Stories {@code [from, to)}, appearing at {@code perSecond} from {@code startNanos}. */
  private record Batch(int from, int to, long startNanos, Instant start, double perSecond) {

    int releasedBy(long nanos) {
      if (nanos < startNanos) {
        return from;
      }
      if (Double.isInfinite(perSecond)) {
        return to;
      }
      long due = (long) Math.floor((nanos - startNanos) / 1e9 * perSecond) + 1;
      return (int) Math.min(to, from + due);
    }

    Instant releaseTime(int story) {
      return Double.isInfinite(perSecond)
          ? start
          : start.plusNanos((long) ((story - from) / perSecond * 1e9));
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final int feedCount;
  private final int farmSize;
  private final List<Batch> batches = new ArrayList<>();
  private final AtomicLong storyFeedRequests = new AtomicLong();
  private final AtomicLong farmOk = new AtomicLong();
  private final AtomicLong farmNotModified = new AtomicLong();
  private final AtomicLong farmOther = new AtomicLong();
  private final AtomicLong farmFirstNanos = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong farmLastNanos = new AtomicLong();
  private final AtomicLong firstStoryServedNanos = new AtomicLong(Long.MAX_VALUE);

  private StoryFeedServer(HttpServer server, ExecutorService executor, int feedCount, int farm) {
    this.server = server;
    this.executor = executor;
    this.feedCount = feedCount;
    this.farmSize = farm;
  }

  static StoryFeedServer start(int feedCount, int farmSize) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
      ExecutorService executor = Executors.newFixedThreadPool(8);
      StoryFeedServer feeds = new StoryFeedServer(server, executor, feedCount, farmSize);
      server.createContext("/s/", feeds::serveStories);
      server.createContext("/farm/", feeds::serveFarm);
      server.setExecutor(executor);
      server.start();
      return feeds;
    } catch (IOException e) {
      throw new InfrastructureException(
          "Could not start the benchmark's feed server: " + e.getMessage(), e);
    }
  }

  List<String> storyFeedUrls() {
    List<String> urls = new ArrayList<>();
    for (int f = 0; f < feedCount; f++) {
      urls.add(base() + "/s/" + f + ".xml");
    }
    return urls;
  }

  List<String> farmUrls() {
    List<String> urls = new ArrayList<>();
    for (int f = 0; f < farmSize; f++) {
      urls.add(base() + "/farm/" + f + ".xml");
    }
    return urls;
  }

  /**
   * Releases stories {@code [from, to)} from now, {@code perSecond} a second (infinite: all now).
   */
  synchronized void release(int from, int to, double perSecond) {
    firstStoryServedNanos.set(Long.MAX_VALUE);
    batches.add(new Batch(from, to, System.nanoTime(), Instant.now(), perSecond));
  }

  /** How many stories are out (the numbers below this one). */
  synchronized int released() {
    long now = System.nanoTime();
    int released = 0;
    for (Batch batch : batches) {
      released = Math.max(released, batch.releasedBy(now));
    }
    return released;
  }

  /** When a response first carried a story of the latest batch (System.nanoTime()), if it did. */
  long firstStoryServedNanos() {
    return firstStoryServedNanos.get();
  }

  long storyFeedRequests() {
    return storyFeedRequests.get();
  }

  void resetFarmCounters() {
    farmOk.set(0);
    farmNotModified.set(0);
    farmOther.set(0);
    farmFirstNanos.set(Long.MAX_VALUE);
    farmLastNanos.set(0);
  }

  /** Farm requests since the last reset: 200s, 304s, others, and first and last request times. */
  record FarmCounts(long ok, long notModified, long other, long firstNanos, long lastNanos) {
    long total() {
      return ok + notModified + other;
    }
  }

  FarmCounts farmCounts() {
    return new FarmCounts(
        farmOk.get(),
        farmNotModified.get(),
        farmOther.get(),
        farmFirstNanos.get(),
        farmLastNanos.get());
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void serveStories(HttpExchange exchange) throws IOException {
    try (exchange) {
      storyFeedRequests.incrementAndGet();
      int feed = feedNumber(exchange, "/s/", feedCount);
      if (feed < 0) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      int released = released();
      int newest = released - 1 - Math.floorMod(released - 1 - feed, feedCount);
      String etag = "\"" + (newest < 0 ? "empty" : "s" + newest) + "\"";
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      if (newest >= 0) {
        firstStoryServedNanos.compareAndSet(Long.MAX_VALUE, System.nanoTime());
      }
      StringBuilder xml = channel("Bench feed " + feed);
      Batch batch = batchOf(newest);
      // A feed lists the newest stories of the current batch only: all of a batch released at once
      // (at most MAX_ITEMS_PER_FEED), or the last RATED_ITEMS_PER_FEED of a steady stream, like a
      // real feed's window.
      int cap = Double.isInfinite(batch.perSecond()) ? MAX_ITEMS_PER_FEED : RATED_ITEMS_PER_FEED;
      for (int n = newest, items = 0; n >= batch.from() && items < cap; n -= feedCount, items++) {
        BenchStories.Story story = BenchStories.story(STORY_URL_PREFIX, n);
        item(xml, story.url(), story.title(), story.body(), batch.releaseTime(n));
      }
      send(exchange, xml.append("</channel></rss>").toString(), etag);
    }
  }

  private void serveFarm(HttpExchange exchange) throws IOException {
    try (exchange) {
      long now = System.nanoTime();
      farmFirstNanos.accumulateAndGet(now, Math::min);
      int feed = feedNumber(exchange, "/farm/", farmSize);
      if (feed < 0) {
        farmOther.incrementAndGet();
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String etag = "\"farm-" + feed + "\"";
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        farmNotModified.incrementAndGet();
        exchange.sendResponseHeaders(304, -1);
      } else {
        StringBuilder xml = channel("Farm feed " + feed);
        for (int i = 0; i < FARM_ITEMS; i++) {
          item(
              xml,
              "https://farm.news-intel.test/" + feed + "/" + i,
              "Farm feed " + feed + ", item " + i,
              "A short item that never changes.",
              Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i));
        }
        send(exchange, xml.append("</channel></rss>").toString(), etag);
        farmOk.incrementAndGet();
      }
      farmLastNanos.accumulateAndGet(System.nanoTime(), Math::max);
    }
  }

  private synchronized Batch batchOf(int story) {
    for (Batch batch : batches) {
      if (story >= batch.from() && story < batch.to()) {
        return batch;
      }
    }
    return new Batch(0, 0, 0, Instant.EPOCH, Double.POSITIVE_INFINITY);
  }

  private static int feedNumber(HttpExchange exchange, String prefix, int count) {
    String path = exchange.getRequestURI().getPath();
    try {
      int feed = Integer.parseInt(path.substring(prefix.length(), path.length() - ".xml".length()));
      return feed >= 0 && feed < count ? feed : -1;
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private static StringBuilder channel(String title) {
    return new StringBuilder(64 * 1024)
        .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
        .append("<title>")
        .append(title)
        .append("</title><link>https://bench.news-intel.test/</link><language>en</language>")
        .append("<description>Generated for ./run.sh bench</description>");
  }

  private static void item(StringBuilder xml, String url, String title, String body, Instant at) {
    xml.append("<item><title>")
        .append(title)
        .append("</title><link>")
        .append(url)
        .append("</link><guid isPermaLink=\"true\">")
        .append(url)
        .append("</guid><pubDate>")
        .append(RFC_1123.format(at))
        .append("</pubDate><description>")
        .append(body.replace("&", "&amp;").replace("<", "&lt;"))
        .append("</description></item>");
  }

  private static void send(HttpExchange exchange, String xml, String etag) throws IOException {
    byte[] body = xml.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
    exchange.getResponseHeaders().set("ETag", etag);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
