package io.newsintel.ingest.feed;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsintel.ingest.article.FullTextFetcher;
import io.newsintel.ingest.fetch.FeedFetcher;
import io.newsintel.ingest.fetch.FetchException;
import io.newsintel.ingest.fetch.FetchResponse;
import io.newsintel.ingest.fetch.Validators;
import io.newsintel.ingest.parse.FeedOrigin;
import io.newsintel.ingest.parse.FeedParseException;
import io.newsintel.ingest.parse.FeedParser;
import io.newsintel.ingest.parse.ParsedFeed;
import io.newsintel.ingest.publish.PublishException;
import io.newsintel.ingest.publish.PublishResult;
import io.newsintel.ingest.publish.StoryPublisher;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One poll of one feed: fetch, parse, publish, and record the outcome in the feed's state. */
class FeedPoller {

  private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

  private final FeedFetcher fetcher;
  private final FeedParser parser;
  private final FullTextFetcher fullText;
  private final StoryPublisher publisher;
  private final PollSchedule schedule;
  private final Clock clock;
  private final MeterRegistry meters;
  private final Timer pollTimer;

  FeedPoller(
      FeedFetcher fetcher,
      FeedParser parser,
      FullTextFetcher fullText,
      StoryPublisher publisher,
      PollSchedule schedule,
      Clock clock,
      MeterRegistry meters) {
    this.fetcher = fetcher;
    this.parser = parser;
    this.fullText = fullText;
    this.publisher = publisher;
    this.schedule = schedule;
    this.clock = clock;
    this.meters = meters;
    this.pollTimer = meters.timer("ingest.feed.poll.duration");
  }

  void poll(Feed feed, FeedState state) {
    Instant started = clock.instant();
    Validators validators = state.begin(started);
    String outcome;
    try {
      outcome = pollOnce(feed, state, validators, started);
    } catch (RuntimeException e) {
      // Never let one feed's surprise kill the worker or leave the feed stuck "in flight".
      log.error("Unexpected failure polling feed {} ({})", feed.id(), feed.url(), e);
      fail(feed, state, null, "internal error: " + e, Optional.empty());
      outcome = "internal_error";
    }
    meters.counter("ingest.feed.polls", "outcome", outcome).increment();
    pollTimer.record(java.time.Duration.between(started, clock.instant()));
  }

  private String pollOnce(Feed feed, FeedState state, Validators validators, Instant started) {
    FetchResponse response;
    try {
      response = fetcher.fetch(feed.url(), validators);
    } catch (FetchException e) {
      fail(feed, state, null, e.getMessage(), Optional.empty());
      return "fetch_error";
    }
    if (response.notModified()) {
      state.succeeded(
          304,
          null,
          -1,
          0,
          schedule.afterSuccess(clock.instant(), feed.pollInterval(), response.maxAge()));
      return "not_modified";
    }
    if (!response.ok()) {
      fail(
          feed,
          state,
          response.status(),
          "HTTP " + response.status() + " from " + response.finalUri(),
          response.retryAfter());
      return "http_error";
    }
    ParsedFeed parsed;
    try {
      parsed =
          parser.parse(
              response.body(),
              response.contentType(),
              FeedOrigin.ofUrl(feed.url(), feed.name()),
              started);
    } catch (FeedParseException e) {
      fail(
          feed,
          state,
          response.status(),
          "cannot parse the feed: " + e.getMessage(),
          Optional.empty());
      return "parse_error";
    }
    PublishResult result;
    try {
      result =
          feed.fullText()
              ? publisher.publish(feed.id(), parsed.stories(), fullText::withFullText)
              : publisher.publish(feed.id(), parsed.stories());
    } catch (PublishException e) {
      // Validators are not kept: the next poll must fetch the whole feed again, or the stories
      // that failed would hide behind a 304.
      fail(feed, state, response.status(), e.getMessage(), Optional.empty());
      return "publish_error";
    }
    state.succeeded(
        response.status(),
        response.validators(),
        parsed.stories().size(),
        result.published(),
        schedule.afterSuccess(clock.instant(), feed.pollInterval(), response.maxAge()));
    if (result.published() > 0) {
      log.info(
          "Feed {} ({}): {} stories published ({} updates), {} unchanged",
          feed.id(),
          feed.url(),
          result.published(),
          result.updates(),
          result.unchanged());
    }
    return "ok";
  }

  private void fail(
      Feed feed,
      FeedState state,
      Integer status,
      String error,
      Optional<java.time.Duration> retryAfter) {
    int failures = state.failed(status, error);
    Instant next =
        schedule.afterFailure(clock.instant(), feed.pollInterval(), failures, retryAfter);
    state.rescheduleAfterFailure(next);
    log.warn(
        "Feed {} ({}) failed ({} in a row): {}; next poll {}",
        feed.id(),
        feed.url(),
        failures,
        error,
        next);
  }
}
