package io.newsintel.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.newsintel.contract.StoryIngested;
import io.newsintel.contract.StorySource;
import io.newsintel.ingest.fetch.FeedFetcher;
import io.newsintel.ingest.fetch.FetchException;
import io.newsintel.ingest.fetch.FetchResponse;
import io.newsintel.ingest.fetch.Validators;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FullTextFetcherTest {

  private static final URI ARTICLE = URI.create("https://unn.example/en/news/1");
  private static final String BODY =
      "<html><body><article><p>"
          + "First paragraph of the article, long enough to count as prose for the extractor. "
              .repeat(2)
          + "</p><p>"
          + "Second paragraph of the article with more words than any caption would have. "
              .repeat(2)
          + "</p></article></body></html>";

  private final FeedFetcher fetcher = mock(FeedFetcher.class);
  private final List<String> outcomes = new ArrayList<>();
  private final FullTextFetcher fullText = new FullTextFetcher(fetcher, outcomes::add);

  @Test
  void replacesTheContentWithTheArticleText() throws Exception {
    when(fetcher.fetch(eq(ARTICLE), eq(Validators.NONE), anyString()))
        .thenReturn(
            new FetchResponse(
                200,
                ARTICLE,
                BODY.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8",
                Validators.NONE,
                Optional.empty(),
                Optional.empty()));

    StoryIngested story = fullText.withFullText(story());

    assertThat(story.content()).startsWith("First paragraph").contains("\n\nSecond paragraph");
    assertThat(story.summary()).isEqualTo("Only a summary.");
    assertThat(outcomes).containsExactly("ok");
  }

  @Test
  void keepsTheSummaryWhenThePageCannotBeFetched() throws Exception {
    when(fetcher.fetch(any(), any(), anyString())).thenThrow(new FetchException("timed out"));

    assertThat(fullText.withFullText(story())).isEqualTo(story());
    assertThat(outcomes).containsExactly("failed");
  }

  private static StoryIngested story() {
    return new StoryIngested(
        "id1",
        null,
        ARTICLE.toString(),
        ARTICLE.toString(),
        "Title",
        "Only a summary.",
        null,
        Instant.parse("2024-05-03T10:00:00Z"),
        Instant.parse("2024-05-03T10:05:00Z"),
        "en",
        new StorySource("https://unn.example/rss", "UNN"),
        List.of(),
        List.of(),
        1);
  }
}
