package io.newsintel.ingest.parse;

import io.newsintel.contract.StoryIngested;
import io.newsintel.contract.StorySource;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Turns a read feed into {@code news.raw} events: plain text, absolute links, ids, dates. */
final class StoryNormaliser {

  /** Clock skew we accept before calling a date "in the future" and using the fetch time. */
  static final Duration FUTURE_TOLERANCE = Duration.ofHours(24);

  private static final int SUMMARY_FROM_CONTENT_CHARS = 400;

  ParsedFeed normalise(FeedDocument feed, FeedOrigin origin, Instant fetchedAt) {
    URI base = origin.baseUri();
    Optional<URI> feedLink = UrlCanonicaliser.resolve(feed.link(), base);
    if (base == null) {
      base = feedLink.filter(URI::isAbsolute).orElse(null);
    }
    String feedTitle = HtmlText.line(feed.title());
    String sourceName = feedTitle != null ? feedTitle : origin.fallbackName();
    StorySource source = new StorySource(origin.feedUrl(), sourceName);
    String feedLanguage = LanguageGuesser.normaliseTag(feed.language());

    List<StoryIngested> stories = new ArrayList<>();
    for (FeedDocument.Entry entry : feed.entries()) {
      story(entry, base, source, feedLanguage, fetchedAt).ifPresent(stories::add);
    }
    return new ParsedFeed(feedTitle, feedLink.map(URI::toString).orElse(null), stories);
  }

  private Optional<StoryIngested> story(
      FeedDocument.Entry entry,
      URI base,
      StorySource source,
      String feedLanguage,
      Instant fetchedAt) {
    Optional<URI> link = UrlCanonicaliser.resolve(entry.link(), base);
    String title = HtmlText.line(entry.title());
    String summary = HtmlText.line(entry.summaryHtml());
    String content = HtmlText.paragraphs(entry.contentHtml());
    if (summary == null && content != null) {
      summary = abbreviate(content.replace('\n', ' ').replaceAll(" {2,}", " "));
    }
    if (content != null && content.replace('\n', ' ').replaceAll(" {2,}", " ").equals(summary)) {
      content = null;
    }
    String url = link.map(URI::toString).orElse(null);
    String canonicalUrl = link.map(UrlCanonicaliser::canonical).orElse(null);
    String identity;
    if (canonicalUrl != null) {
      identity = canonicalUrl;
    } else if (entry.guid() != null) {
      identity = entry.guid();
    } else if (title != null) {
      // Neither link nor id: the title within its feed is all that tells items apart.
      identity = source.feedUrl() + "#" + title;
    } else {
      return Optional.empty();
    }
    String language = LanguageGuesser.normaliseTag(entry.language());
    if (language == null) {
      language = feedLanguage;
    }
    if (language == null) {
      language = LanguageGuesser.guess(join(title, summary));
    }
    return Optional.of(
        new StoryIngested(
            StoryIds.of(identity),
            entry.guid(),
            url,
            canonicalUrl,
            title,
            summary,
            content,
            published(entry, fetchedAt),
            fetchedAt,
            language,
            source,
            plainLines(entry.authors()),
            plainLines(entry.categories()),
            StoryIngested.SCHEMA_VERSION));
  }

  /**
   * Author names and categories are text fields like any other: a feed may put markup or a script
   * in them, and downstream renders them.
   */
  private static List<String> plainLines(List<String> values) {
    if (values == null) {
      return List.of();
    }
    return values.stream().map(HtmlText::line).filter(Objects::nonNull).distinct().toList();
  }

  static Instant published(FeedDocument.Entry entry, Instant fetchedAt) {
    Instant published = entry.published() != null ? entry.published() : entry.updated();
    if (published == null || published.isAfter(fetchedAt.plus(FUTURE_TOLERANCE))) {
      return fetchedAt;
    }
    return published;
  }

  private static String abbreviate(String text) {
    if (text.length() <= SUMMARY_FROM_CONTENT_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SUMMARY_FROM_CONTENT_CHARS);
    return text.substring(0, cut > 0 ? cut : SUMMARY_FROM_CONTENT_CHARS) + "…";
  }

  private static String join(String a, String b) {
    return (a == null ? "" : a) + " " + (b == null ? "" : b);
  }
}
