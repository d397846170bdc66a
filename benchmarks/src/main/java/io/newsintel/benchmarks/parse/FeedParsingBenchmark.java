package io.newsintel.benchmarks.parse;

import io.newsintel.infra.bench.BenchStories;
import io.newsintel.ingest.parse.FeedOrigin;
import io.newsintel.ingest.parse.FeedParseException;
import io.newsintel.ingest.parse.FeedParser;
import io.newsintel.ingest.parse.ParsedFeed;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Feeds parsed per second by ingest-service's own parser (Rome, normalisation, canonical URLs,
 * story ids): an RSS feed of 20 of the benchmark's ~2 KB stories, as the loopback site serves them.
 * Multiply by 20 for stories per second.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgs = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FeedParsingBenchmark {

  static final int ITEMS = 20;

  private final FeedParser parser = new FeedParser();
  private final FeedOrigin origin =
      FeedOrigin.ofUrl(URI.create("https://bench.news-intel.test/s/1.xml"), "Bench");
  private byte[] feed;

  @Setup
  public void setUp() {
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">")
            .append("<channel><title>Bench</title><link>https://bench.news-intel.test/</link>")
            .append("<language>en</language><description>Bench</description>");
    for (int n = 0; n < ITEMS; n++) {
      BenchStories.Story story = BenchStories.story("https://bench.news-intel.test/story/", n);
      xml.append("<item><title>")
          .append(story.title())
          .append("</title><link>")
          .append(story.url())
          .append("</link><pubDate>Sat, 28 Nov 2026 12:00:00 GMT</pubDate><description>")
          .append(story.body())
          .append("</description></item>");
    }
    feed = xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public ParsedFeed parseFeedOfTwentyStories() throws FeedParseException {
    return parser.parse(feed, "application/rss+xml; charset=utf-8", origin, Instant.EPOCH);
  }
}
