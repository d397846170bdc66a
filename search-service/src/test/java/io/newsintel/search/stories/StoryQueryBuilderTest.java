package io.newsintel.search.stories;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryQueryBuilderTest {

  private static final SearchApiProperties LIMITS =
      new SearchApiProperties(20, 100, 10, Duration.ofMinutes(5));

  @Test
  void searchesTitleBoostedSummaryAndContentWithTheSafeSyntax() {
    String json = json(request("APT28 +Germany -denied", null));

    assertThat(json)
        .contains("\"simple_query_string\"")
        .contains("\"title^3\"", "\"summary\"", "\"content\"")
        .contains("\"default_operator\":\"and\"")
        .doesNotContain("\"query_string\"");
  }

  @Test
  void matchesEverythingWithoutAQueryAndHighlightsNothing() {
    String json = json(request(null, null));

    assertThat(json).contains("\"match_all\"").doesNotContain("\"highlight\"");
  }

  @Test
  void highlightsTheTextFieldsWithEscapedHtml() {
    String json = json(request("APT28", null));

    assertThat(json).contains("\"highlight\"").contains("\"encoder\":\"html\"");
  }

  @Test
  void filtersEachTagFieldIgnoringCase() {
    StorySearchParameters parameters =
        new StorySearchParameters(
            null,
            List.of("apt28", "Sandworm Team"),
            List.of("Russia"),
            List.of("Germany"),
            List.of("UNN"),
            List.of("en"),
            "2026-11-01",
            "2026-11-28",
            null,
            null,
            null);

    String json = json(parameters.toRequest(LIMITS));

    assertThat(json)
        .contains("\"tags.actors\":{\"value\":\"apt28\",\"case_insensitive\":true}")
        .contains("\"tags.actors\":{\"value\":\"Sandworm Team\",\"case_insensitive\":true}")
        .contains("\"tags.sponsorStates\"", "\"tags.targets\"", "\"source.name\"", "\"language\"")
        .contains("\"gte\":\"2026-11-01T00:00:00Z\"", "\"lt\":\"2026-11-29T00:00:00Z\"");
  }

  @Test
  void sortsByRelevanceThenDateWithATieBreaker() {
    String json = json(request("APT28", "relevance"));

    assertThat(json.indexOf("\"_score\"")).isLessThan(json.indexOf("\"published\""));
    assertThat(json).contains("\"_shard_doc\"");
  }

  @Test
  void sortsByDateWithoutScores() {
    String json = json(request("APT28", "date"));

    assertThat(json).doesNotContain("\"_score\"").contains("\"published\"", "\"_shard_doc\"");
  }

  @Test
  void countsTheFourFacets() {
    String json = json(request(null, null));

    assertThat(json)
        .contains("\"actors\":{\"terms\":{\"field\":\"tags.actors\"")
        .contains("\"sponsorStates\":{\"terms\":{\"field\":\"tags.sponsorStates\"")
        .contains("\"targets\":{\"terms\":{\"field\":\"tags.targets\"")
        .contains("\"sources\":{\"terms\":{\"field\":\"source.name\"");
  }

  @Test
  void leavesTheFullTextAndEvidenceOutOfTheList() {
    assertThat(json(request(null, null))).contains("\"excludes\":[\"content\",\"evidence\"]");
  }

  private static StorySearchRequest request(String q, String sort) {
    return new StorySearchParameters(q, null, null, null, null, null, null, null, sort, null, null)
        .toRequest(LIMITS);
  }

  private static String json(StorySearchRequest request) {
    SearchRequest search = StoryQueryBuilder.build(request, "pit-id", "300s", 21, 10);
    String text = search.toString();
    return text.substring(text.indexOf('{'));
  }
}
