package io.newsintel.ingest.article;

import io.newsintel.contract.StoryIngested;
import io.newsintel.ingest.fetch.FeedFetcher;
import io.newsintel.ingest.fetch.FetchException;
import io.newsintel.ingest.fetch.FetchResponse;
import io.newsintel.ingest.fetch.Validators;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a story's content with the text of its article page, for feeds whose items carry only a
 * summary. Fetched under the same limits and SSRF guard as feeds; any failure keeps the story as
 * the feed gave it.
 */
public class FullTextFetcher {

  private static final Logger log = LoggerFactory.getLogger(FullTextFetcher.class);
  private static final String ACCEPT_HTML = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

  private final FeedFetcher fetcher;
  private final ArticleTextExtractor extractor = new ArticleTextExtractor();
  private final Consumer<String> outcomes;

  /**
   * @param outcomes told {@code ok}, {@code no_text} or {@code failed} per article, for metrics
   */
  public FullTextFetcher(FeedFetcher fetcher, Consumer<String> outcomes) {
    this.fetcher = fetcher;
    this.outcomes = outcomes;
  }

  public StoryIngested withFullText(StoryIngested story) {
    if (story.url() == null) {
      return story;
    }
    try {
      FetchResponse response = fetcher.fetch(URI.create(story.url()), Validators.NONE, ACCEPT_HTML);
      if (!response.ok()) {
        outcomes.accept("failed");
        return story;
      }
      Optional<String> text =
          extractor.extract(
              response.body(), charset(response.contentType()), response.finalUri().toString());
      if (text.isEmpty()) {
        outcomes.accept("no_text");
        return story;
      }
      outcomes.accept("ok");
      return new StoryIngested(
          story.id(),
          story.guid(),
          story.url(),
          story.canonicalUrl(),
          story.title(),
          story.summary(),
          text.get(),
          story.published(),
          story.fetchedAt(),
          story.language(),
          story.source(),
          story.authors(),
          story.categories(),
          story.schemaVersion());
    } catch (FetchException | IllegalArgumentException e) {
      log.debug("No full text for {}: {}", story.url(), e.getMessage());
      outcomes.accept("failed");
      return story;
    }
  }

  /** The header's charset when it names one Java knows, else null (the page decides). */
  private static String charset(String contentType) {
    if (contentType != null) {
      int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
      if (at >= 0) {
        String name = contentType.substring(at + 8).replace("\"", "").split("[;\\s]")[0];
        try {
          return Charset.isSupported(name) ? name : null;
        } catch (IllegalArgumentException e) {
          return null; // an illegal charset label
        }
      }
    }
    return null;
  }
}
