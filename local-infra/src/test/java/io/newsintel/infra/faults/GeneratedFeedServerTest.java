package io.newsintel.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GeneratedFeedServerTest {

  private static final Pattern LINK =
      Pattern.compile("<link>(https://newsroom.news-intel.test/story/[^<]+)</link>");
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void onceEverythingIsPublishedEveryStoryIsInExactlyOneFeedOnce() throws Exception {
    try (GeneratedFeedServer server = GeneratedFeedServer.start(100, 7, Duration.ofMillis(1))) {
      server.beginPublishing(Instant.now().minusSeconds(1));
      List<String> links = new ArrayList<>();
      for (String feed : server.feedUrls()) {
        Matcher matcher = LINK.matcher(get(feed));
        while (matcher.find()) {
          links.add(matcher.group(1));
        }
      }

      assertThat(server.published()).isEqualTo(100);
      assertThat(links)
          .containsExactlyInAnyOrderElementsOf(
              IntStream.range(0, 100).mapToObj(GeneratedFeedServer::url).toList());
    }
  }

  @Test
  void nothingIsPublishedBeforeTheClockStartsAndStoriesAppearOverTime() throws Exception {
    try (GeneratedFeedServer server = GeneratedFeedServer.start(1000, 5, Duration.ofHours(1))) {
      assertThat(server.published()).isZero();
      assertThat(get(server.feedUrls().get(0))).doesNotContain("<item>");

      server.beginPublishing();

      assertThat(server.published()).isBetween(1, 10);
    }
  }

  @Test
  void oneStoryInTwentyNamesApt28() {
    long named = IntStream.range(0, 20_000).filter(GeneratedFeedServer::namesApt28).count();

    assertThat(named).isEqualTo(1_000);
  }

  private String get(String url) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
