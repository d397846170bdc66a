package io.newsintel.infra.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsintel.infra.InfrastructureException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;

/**
 * A loopback news site whose feeds publish {@code storyCount} distinct stories over {@code
 * publishing}: story {@code i} appears at {@code start + i * publishing / storyCount} in feed
 * {@code i % feedCount}, and stays there. About one story in twenty names APT28 by an alias; the
 * others are ordinary news. What was published, and what each story should be tagged, is known
 * exactly.
 */
final class GeneratedFeedServer implements AutoCloseable {

  static final String STORY_URL_PREFIX = "https://newsroom.news-intel.test/story/";
  private static final DateTimeFormatter RFC_1123 =
      DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final String[] ALIASES = {
    "APT28", "Fancy Bear", "Sofacy", "Forest Blizzard", "Sednit"
  };

  private final HttpServer server;
  private final int storyCount;
  private final int feedCount;
  private final Duration publishing;
  private volatile Instant start;

  private GeneratedFeedServer(
      HttpServer server, int storyCount, int feedCount, Duration publishing) {
    this.server = server;
    this.storyCount = storyCount;
    this.feedCount = feedCount;
    this.publishing = publishing;
  }

  static GeneratedFeedServer start(int storyCount, int feedCount, Duration publishing) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      GeneratedFeedServer feeds =
          new GeneratedFeedServer(server, storyCount, feedCount, publishing);
      server.createContext("/feeds/", feeds::serve);
      server.setExecutor(Executors.newFixedThreadPool(4));
      server.start();
      return feeds;
    } catch (IOException e) {
      throw new InfrastructureException(
          "Could not start the generated feed server: " + e.getMessage(), e);
    }
  }

  /** Starts the clock: stories appear from now on. */
  void beginPublishing() {
    beginPublishing(Instant.now());
  }

  void beginPublishing(Instant at) {
    start = at;
  }

  List<String> feedUrls() {
    List<String> urls = new ArrayList<>();
    for (int f = 0; f < feedCount; f++) {
      urls.add("http://127.0.0.1:" + server.getAddress().getPort() + "/feeds/" + f + ".xml");
    }
    return urls;
  }

  /** How many stories are visible in the feeds now. */
  int published() {
    if (start == null) {
      return 0;
    }
    double elapsed = Duration.between(start, Instant.now()).toMillis();
    return (int) Math.min(storyCount, Math.floor(elapsed / publishing.toMillis() * storyCount) + 1);
  }

  int storyCount() {
    return storyCount;
  }

  static String url(int story) {
    return STORY_URL_PREFIX + String.format("%06d", story);
  }

  /** Whether the story names APT28 (and so must be tagged with it). */
  static boolean namesApt28(int story) {
    return story % 20 == 7;
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      int feed;
      try {
        feed =
            Integer.parseInt(path.substring("/feeds/".length(), path.length() - ".xml".length()));
      } catch (RuntimeException e) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      if (feed < 0 || feed >= feedCount) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = rss(feed, published()).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private String rss(int feed, int published) {
    StringBuilder xml = new StringBuilder(64 * 1024);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
        .append("<title>Newsroom feed ")
        .append(feed)
        .append("</title>")
        .append("<link>https://newsroom.news-intel.test/</link><language>en</language>")
        .append("<description>Generated for ./run.sh faults</description>");
    int newest = published - 1;
    for (int story = newest - Math.floorMod(newest - feed, feedCount);
        story >= 0;
        story -= feedCount) {
      xml.append(item(story));
    }
    return xml.append("</channel></rss>").toString();
  }

  private String item(int story) {
    Instant at = start.plusMillis((long) ((double) story / storyCount * publishing.toMillis()));
    String title;
    String body;
    if (namesApt28(story)) {
      String alias = ALIASES[story % ALIASES.length];
      title = "Report " + story + ": " + alias + " hackers target a ministry network";
      body =
          "Investigators said the cyberattack on the ministry's email servers was carried out by "
              + alias
              + ", a group linked to Russia's military intelligence. The intrusion was detected in case "
              + story
              + ".";
    } else {
      title = "Report " + story + ": city council approves a new budget for road repairs";
      body =
          "The council voted to spend more on road repairs and public transport in district "
              + (story % 97)
              + ". Residents will be able to comment on the plan until the end of the month.";
    }
    return "<item><title>"
        + title
        + "</title><link>"
        + url(story)
        + "</link><guid isPermaLink=\"true\">"
        + url(story)
        + "</guid><pubDate>"
        + RFC_1123.format(at)
        + "</pubDate><description>"
        + body
        + "</description></item>";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
