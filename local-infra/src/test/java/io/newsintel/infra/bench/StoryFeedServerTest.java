package io.newsintel.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class StoryFeedServerTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aFeedListsItsReleasedStoriesAndAnswers304UntilANewOneAppears() throws Exception {
    try (StoryFeedServer server = StoryFeedServer.start(4, 0)) {
      String feed = server.storyFeedUrls().get(1);
      HttpResponse<String> empty = get(feed, null);
      assertThat(empty.body()).doesNotContain("<item>");

      server.release(0, 10, Double.POSITIVE_INFINITY);
      HttpResponse<String> full = get(feed, empty.headers().firstValue("ETag").orElseThrow());
      assertThat(full.statusCode()).isEqualTo(200);
      // Feed 1 of 4 holds stories 1, 5 and 9, newest first.
      assertThat(full.body())
          .contains(StoryFeedServer.STORY_URL_PREFIX + "0000009")
          .contains(StoryFeedServer.STORY_URL_PREFIX + "0000001")
          .doesNotContain(StoryFeedServer.STORY_URL_PREFIX + "0000002");
      assertThat(full.body().indexOf("0000009")).isLessThan(full.body().indexOf("0000005"));
      assertThat(server.firstStoryServedNanos()).isNotEqualTo(Long.MAX_VALUE);

      String etag = full.headers().firstValue("ETag").orElseThrow();
      assertThat(get(feed, etag).statusCode()).isEqualTo(304);
    }
  }

  @Test
  void storiesReleasedAtARateAppearOverTime() throws Exception {
    try (StoryFeedServer server = StoryFeedServer.start(2, 0)) {
      server.release(0, 1_000_000, 0.001);
      assertThat(server.released()).isEqualTo(1);
      server.release(1_000_000, 1_000_010, Double.POSITIVE_INFINITY);
      assertThat(server.released()).isEqualTo(1_000_010);
    }
  }

  @Test
  void farmFeedsAnswerAConditionalGetWith304AndAreCounted() throws Exception {
    try (StoryFeedServer server = StoryFeedServer.start(1, 3)) {
      String feed = server.farmUrls().get(2);
      HttpResponse<String> first = get(feed, null);
      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(get(feed, first.headers().firstValue("ETag").orElseThrow()).statusCode())
          .isEqualTo(304);
      assertThat(get(feed.replace("/2.xml", "/7.xml"), null).statusCode()).isEqualTo(404);
      StoryFeedServer.FarmCounts counts = server.farmCounts();
      assertThat(counts.ok()).isEqualTo(1);
      assertThat(counts.notModified()).isEqualTo(1);
      assertThat(counts.other()).isEqualTo(1);
      server.resetFarmCounters();
      assertThat(server.farmCounts().total()).isZero();
    }
  }

  private HttpResponse<String> get(String url, String etag) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
