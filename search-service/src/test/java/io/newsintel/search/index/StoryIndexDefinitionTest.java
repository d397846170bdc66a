package io.newsintel.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StoryIndexDefinitionTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void appliesTheConfiguredShardsAndReplicas() {
    JsonNode body = render(new StoryIndexProperties("stories", 2, 1, false, Duration.ofSeconds(1)));

    assertThat(body.at("/settings/number_of_shards").asInt()).isEqualTo(2);
    assertThat(body.at("/settings/number_of_replicas").asInt()).isEqualTo(1);
  }

  @Test
  void usesOnlyTheStandardAnalyzerByDefault() {
    JsonNode body = render(new StoryIndexProperties("stories", 1, 0, false, Duration.ofSeconds(1)));

    assertThat(body.at("/settings/analysis/analyzer/story_text/type").asString())
        .isEqualTo("standard");
    assertThat(body.toString()).doesNotContain("asciifolding", "english");
  }

  @Test
  void switchesToStemmingAndFoldingWhenRichAnalysisIsOn() {
    JsonNode body = render(new StoryIndexProperties("stories", 1, 0, true, Duration.ofSeconds(1)));

    assertThat(body.at("/settings/analysis/analyzer/story_text/filter").toString())
        .contains("asciifolding");
    assertThat(body.at("/mappings/properties/title/analyzer").asString()).isEqualTo("story_text");
  }

  @Test
  void keepsEvidenceInTheSourceWithoutIndexingIt() {
    JsonNode body = render(new StoryIndexProperties("stories", 1, 0, false, Duration.ofSeconds(1)));

    assertThat(body.at("/mappings/properties/evidence/enabled").asBoolean(true)).isFalse();
    assertThat(body.at("/mappings/properties/tags/properties/actors/type").asString())
        .isEqualTo("keyword");
    assertThat(body.at("/mappings/properties/published/type").asString()).isEqualTo("date");
  }

  @Test
  void mapsIntelligenceAgenciesAsKeywordsForFiltersAndFacets() {
    JsonNode body = render(new StoryIndexProperties("stories", 1, 0, false, Duration.ofSeconds(1)));

    assertThat(body.at("/mappings/properties/tags/properties/agencies/type").asString())
        .isEqualTo("keyword");
  }

  private static JsonNode render(StoryIndexProperties properties) {
    return JSON.readTree(StoryIndexDefinition.render(properties));
  }
}
