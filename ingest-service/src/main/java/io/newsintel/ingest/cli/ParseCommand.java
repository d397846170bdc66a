package io.newsintel.ingest.cli;

import io.newsintel.contract.StoryIngested;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.ingest.fetch.FeedFetcher;
import io.newsintel.ingest.fetch.FetchException;
import io.newsintel.ingest.fetch.FetchProperties;
import io.newsintel.ingest.fetch.FetchResponse;
import io.newsintel.ingest.fetch.Validators;
import io.newsintel.ingest.parse.FeedOrigin;
import io.newsintel.ingest.parse.FeedParseException;
import io.newsintel.ingest.parse.FeedParser;
import io.newsintel.ingest.parse.ParsedFeed;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code parse FILE_OR_URL...}: prints the {@code news.raw} events a feed would produce, one JSON
 * object per line, in the exact wire form. Runs without Spring, Kafka or a web server, so it is
 * quick and works anywhere; a feed it cannot read is reported on stderr and the others still run.
 */
public final class ParseCommand {

  public static final String NAME = "parse";
  static final String ALLOW_PRIVATE_ENV = "INGEST_FETCH_ALLOW_PRIVATE_ADDRESSES";

  private final FeedParser parser = new FeedParser();
  private final Supplier<FeedFetcher> fetcher;
  private final PrintStream out;
  private final PrintStream err;
  private FeedFetcher fetcherInstance;

  public ParseCommand(Supplier<FeedFetcher> fetcher, PrintStream out, PrintStream err) {
    this.fetcher = fetcher;
    this.out = out;
    this.err = err;
  }

  /** The command as run from {@code main}: fetch settings from the environment. */
  public static ParseCommand fromEnvironment(PrintStream out, PrintStream err) {
    boolean allowPrivate = Boolean.parseBoolean(System.getenv(ALLOW_PRIVATE_ENV));
    return new ParseCommand(
        () -> new FeedFetcher(FetchProperties.defaults(allowPrivate)), out, err);
  }

  /**
   * @return the exit status: 0 when every argument was read, 1 when any was not, 2 without any
   */
  public int run(List<String> arguments) {
    if (arguments.isEmpty()) {
      err.println("usage: java -jar ingest-service.jar parse FILE_OR_URL...");
      return 2;
    }
    boolean allRead = true;
    for (String argument : arguments) {
      try {
        ParsedFeed feed = read(argument);
        for (StoryIngested story : feed.stories()) {
          out.println(EventJson.write(story));
        }
      } catch (FeedParseException | IOException e) {
        err.println("parse: " + argument + ": " + e.getMessage());
        allRead = false;
      }
    }
    out.flush();
    return allRead ? 0 : 1;
  }

  private ParsedFeed read(String argument) throws IOException, FeedParseException {
    Instant now = Instant.now();
    if (isUrl(argument)) {
      URI uri;
      try {
        uri = new URI(argument);
      } catch (URISyntaxException e) {
        throw new FetchException("not a valid URL: " + e.getMessage());
      }
      FetchResponse response = fetcher().fetch(uri, Validators.NONE);
      if (!response.ok()) {
        throw new FetchException("HTTP " + response.status() + " from " + response.finalUri());
      }
      return parser.parse(
          response.body(), response.contentType(), FeedOrigin.ofUrl(uri, null), now);
    }
    byte[] body;
    try {
      body = Files.readAllBytes(Path.of(argument));
    } catch (NoSuchFileException e) {
      throw new FetchException("no such file");
    } catch (IOException e) {
      throw new FetchException("cannot read the file: " + e.getMessage(), e);
    }
    return parser.parse(body, null, FeedOrigin.ofFile(argument), now);
  }

  private FeedFetcher fetcher() {
    if (fetcherInstance == null) {
      fetcherInstance = fetcher.get();
    }
    return fetcherInstance;
  }

  private static boolean isUrl(String argument) {
    String lower = argument.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }
}
