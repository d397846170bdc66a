package io.newsintel.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsintel.ingest.fetch.FeedFetcher;
import io.newsintel.ingest.fetch.FetchException;
import io.newsintel.ingest.fetch.FetchResponse;
import io.newsintel.ingest.fetch.Validators;
import io.newsintel.ingest.parse.FeedParser;
import io.newsintel.ingest.publish.PublishResult;
import io.newsintel.ingest.publish.StoryPublisher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedPollerTest {

  private static final Instant NOW = Instant.parse("2024-05-03T10:00:00Z");
  private static final URI URL = URI.create("https://unn.example/rss.xml");
  private static final Feed FEED =
      Feed.of(URL, "UNN", Duration.ofMinutes(5), FeedOriginKind.CONFIGURED);
  private static final byte[] RSS =
      ("<rss version=\"2.0\"><channel><title>UNN</title><item><title>One</title>"
              + "<link>https://unn.example/1</link></item></channel></rss>")
          .getBytes(StandardCharsets.UTF_8);

  private final FeedFetcher fetcher = mock(FeedFetcher.class);
  private final StoryPublisher publisher = mock(StoryPublisher.class);
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final FeedPoller poller =
      new FeedPoller(
          fetcher,
          new FeedParser(),
          new io.newsintel.ingest.article.FullTextFetcher(fetcher, outcome -> {}),
          publisher,
          new PollSchedule(0.0, Duration.ofHours(4), () -> 0.5),
          Clock.fixed(NOW, ZoneOffset.UTC),
          meters);
  private final FeedState state = new FeedState(NOW);

  @BeforeEach
  void publisherAcceptsEverything() throws Exception {
    when(publisher.publish(anyString(), anyList())).thenReturn(new PublishResult(1, 0, 0));
  }

  @Test
  void publishesAFetchedFeedAndKeepsItsValidatorsForTheNextPoll() throws Exception {
    Validators v1 = new Validators("\"v1\"", null);
    when(fetcher.fetch(URL, Validators.NONE)).thenReturn(response(200, RSS, v1, Optional.empty()));

    poller.poll(FEED, state);

    verify(publisher).publish(eq(FEED.id()), anyList());
    FeedStatus status = status();
    assertThat(status.lastHttpStatus()).isEqualTo(200);
    assertThat(status.itemsSeen()).isEqualTo(1);
    assertThat(status.nextPoll()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    assertThat(state.begin(NOW)).isEqualTo(v1);
  }

  @Test
  void aNotModifiedFeedCostsNothingDownstream() throws Exception {
    when(fetcher.fetch(any(), any()))
        .thenReturn(response(304, new byte[0], Validators.NONE, Optional.empty()));

    poller.poll(FEED, state);

    verify(publisher, never()).publish(anyString(), anyList());
    assertThat(status().lastSuccess()).isEqualTo(NOW);
    assertThat(meters.counter("ingest.feed.polls", "outcome", "not_modified").count()).isEqualTo(1);
  }

  @Test
  void waitsAsLongAsRetryAfterAsksOnA429() throws Exception {
    when(fetcher.fetch(any(), any()))
        .thenReturn(
            response(429, new byte[0], Validators.NONE, Optional.of(Duration.ofMinutes(30))));

    poller.poll(FEED, state);

    FeedStatus status = status();
    assertThat(status.lastError()).contains("HTTP 429");
    assertThat(status.consecutiveFailures()).isEqualTo(1);
    assertThat(status.nextPoll()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
  }

  @Test
  void backsOffOnRepeatedFailuresAndResetsOnSuccess() throws Exception {
    when(fetcher.fetch(any(), any()))
        .thenThrow(new FetchException("cannot connect to unn.example"));

    poller.poll(FEED, state);
    poller.poll(FEED, state);
    poller.poll(FEED, state);

    assertThat(status().consecutiveFailures()).isEqualTo(3);
    assertThat(status().lastError()).isEqualTo("cannot connect to unn.example");
    assertThat(status().nextPoll()).isEqualTo(NOW.plus(Duration.ofMinutes(20)));

    org.mockito.Mockito.reset(fetcher);
    when(fetcher.fetch(any(), any()))
        .thenReturn(response(200, RSS, Validators.NONE, Optional.empty()));
    poller.poll(FEED, state);

    assertThat(status().consecutiveFailures()).isZero();
    assertThat(status().lastError()).isNull();
    assertThat(status().nextPoll()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
  }

  @Test
  void reportsAFeedItCannotParseInWords() throws Exception {
    when(fetcher.fetch(any(), any()))
        .thenReturn(
            response(
                200,
                "<html><body>moved</body></html>".getBytes(StandardCharsets.UTF_8),
                Validators.NONE,
                Optional.empty()));

    poller.poll(FEED, state);

    assertThat(status().lastError()).startsWith("cannot parse the feed:");
    verify(publisher, never()).publish(anyString(), anyList());
  }

  private FeedStatus status() {
    return state.snapshot(FEED, Duration.ofMinutes(15), NOW);
  }

  private static FetchResponse response(
      int status, byte[] body, Validators validators, Optional<Duration> retryAfter) {
    return new FetchResponse(
        status, URL, body, "application/rss+xml", validators, retryAfter, Optional.empty());
  }
}
