package io.newsintel.search.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import io.newsintel.contract.StoryTags;
import io.newsintel.search.web.ApiKeyProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@EnableConfigurationProperties({SearchApiProperties.class, ApiKeyProperties.class})
@WebMvcTest(controllers = StoryController.class)
class StoryControllerWebTest {

  @Autowired MockMvcTester mvc;
  @MockitoBean StorySearcher searcher;

  @Test
  void answersASearchInTheDocumentedShape() throws Exception {
    given(searcher.search(any()))
        .willReturn(
            new StoryPage(
                1,
                List.of(
                    new StoryHit(
                        "s1",
                        "NATO condemns APT28",
                        "https://news.example.org/s1",
                        "summary",
                        null,
                        Instant.parse("2026-05-03T09:15:00Z"),
                        "en",
                        StoryTags.NONE,
                        Map.of("title", List.of("NATO condemns <em>APT28</em>")))),
                new StoryPage.Facets(
                    List.of(new StoryPage.FacetCount("APT28", 1)), List.of(), List.of(), List.of()),
                null));

    MvcTestResult result = mvc.get().uri("/api/stories?q=APT28").exchange();

    assertThat(result).hasStatusOk();
    assertThat(result)
        .bodyJson()
        .extractingPath("$.items[0].highlight.title[0]")
        .isEqualTo("NATO condemns <em>APT28</em>");
    assertThat(result).bodyJson().extractingPath("$.facets.actors[0].count").isEqualTo(1);
    assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(1);
  }

  @Test
  void refusesBadParametersWithAProblemDetail() {
    for (String query :
        List.of(
            "size=0",
            "size=abc",
            "size=1000",
            "from=yesterday",
            "to=2026-13-45",
            "from=2026-11-28&to=2026-11-01",
            "sort=popularity",
            "cursor=garbage",
            "language=english!",
            "q=" + "x".repeat(600))) {
      MvcTestResult result = mvc.get().uri("/api/stories?" + query).exchange();

      assertThat(result).as(query).hasStatus(HttpStatus.BAD_REQUEST);
      assertThat(result).as(query).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(result).as(query).bodyJson().extractingPath("$.status").isEqualTo(400);
      assertThat(result).as(query).bodyJson().extractingPath("$.detail").asString().isNotBlank();
    }
  }

  @Test
  void answersAMissingStoryWith404Problem() throws Exception {
    given(searcher.find(anyString())).willReturn(Optional.empty());

    MvcTestResult result = mvc.get().uri("/api/stories/unknown-id").exchange();

    assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(result)
        .bodyJson()
        .extractingPath("$.detail")
        .isEqualTo("no story with id unknown-id");
  }

  @Test
  void refusesAnOutOfRangeRelatedSize() {
    MvcTestResult result = mvc.get().uri("/api/stories/s1/related?size=500").exchange();

    assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void answersAnUnknownPathWith404Problem() {
    MvcTestResult result = mvc.get().uri("/api/nothing-here").exchange();

    assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void answersAWrongMethodWith405Problem() {
    MvcTestResult result =
        mvc.put().uri("/api/stories").header("X-API-Key", "irrelevant").exchange();

    assertThat(result.getResponse().getStatus()).isIn(401, 405);
    assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void hidesInternalErrorsBehindAProblemWithoutStackTrace() throws Exception {
    given(searcher.search(any())).willThrow(new IllegalStateException("secret internals"));

    MvcTestResult result = mvc.get().uri("/api/stories").exchange();

    assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(result.getResponse().getContentAsString())
        .doesNotContain("secret internals")
        .doesNotContain("at io.newsintel");
  }
}
