package io.newsintel.ingest.feed;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.newsintel.ingest.web.ApiKeyProperties;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The HTTP contract of the feeds API: status codes, problem details and the API key. */
@WebMvcTest(FeedController.class)
@TestPropertySource(properties = "news.api-key=web-test-key")
@Import(FeedApiWebTest.Settings.class)
class FeedApiWebTest {

  /** The slice leaves out configuration-properties scanning; the API key setting is needed. */
  @TestConfiguration
  @EnableConfigurationProperties(ApiKeyProperties.class)
  static class Settings {}

  private static final Feed FEED =
      Feed.of(
          URI.create("https://e.example/rss"),
          "E",
          Duration.ofMinutes(5),
          FeedOriginKind.REGISTERED);

  @Autowired MockMvc mvc;
  @MockitoBean FeedRegistry registry;
  @MockitoBean PollScheduler scheduler;

  @Test
  void createsAFeedWith201AndItsLocation() throws Exception {
    when(registry.register(anyString(), any(), any(), anyBoolean())).thenReturn(FEED);
    when(registry.owns(FEED)).thenReturn(true);
    when(scheduler.status(FEED, true))
        .thenReturn(
            new FeedState(null).snapshot(FEED, Duration.ofMinutes(15), java.time.Instant.now()));

    mvc.perform(
            post("/api/feeds")
                .header("X-API-Key", "web-test-key")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"url\":\"https://e.example/rss\",\"name\":\"E\"}"))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/feeds/" + FEED.id()))
        .andExpect(jsonPath("$.id").value(FEED.id()))
        .andExpect(jsonPath("$.pollInterval").value("PT5M"));
  }

  @Test
  void answersADuplicateWith409Problem() throws Exception {
    when(registry.register(anyString(), any(), any(), anyBoolean()))
        .thenThrow(new FeedConflictException("a feed with this URL is already registered"));

    mvc.perform(
            post("/api/feeds")
                .header("X-API-Key", "web-test-key")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"url\":\"https://e.example/rss\"}"))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("a feed with this URL is already registered"));
  }

  @Test
  void answersInvalidInputWith400ProblemAndNoStackTrace() throws Exception {
    when(registry.register(anyString(), any(), any(), anyBoolean()))
        .thenThrow(new IllegalArgumentException("feed url must be http or https: ftp://x"));

    mvc.perform(
            post("/api/feeds")
                .header("X-API-Key", "web-test-key")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"url\":\"ftp://x\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("feed url must be http or https: ftp://x"))
        .andExpect(jsonPath("$.trace").doesNotExist());
    mvc.perform(
            post("/api/feeds")
                .header("X-API-Key", "web-test-key")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{broken"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void refusesWritesWithoutTheRightKeyWith401Problem() throws Exception {
    mvc.perform(delete("/api/feeds/abc"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("missing X-API-Key header"));
    mvc.perform(post("/api/feeds/refresh").header("X-API-Key", "web-test-kez"))
        .andExpect(status().isUnauthorized());
    verifyNoInteractions(scheduler);
  }

  @Test
  void readsNeedNoKeyAndUnknownFeedsAre404() throws Exception {
    when(registry.allFeeds()).thenReturn(List.of());
    when(registry.find("nope")).thenReturn(Optional.empty());

    mvc.perform(get("/api/feeds")).andExpect(status().isOk()).andExpect(content().json("[]"));
    mvc.perform(get("/api/feeds/nope"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("no feed with id nope"));
  }
}
