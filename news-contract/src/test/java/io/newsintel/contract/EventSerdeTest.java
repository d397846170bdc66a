package io.newsintel.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsintel.contract.serde.EventDeserializer;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.contract.serde.EventSerializer;
import io.newsintel.contract.serde.InvalidEventException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventSerdeTest {

  private final StoryIngested story =
      new StoryIngested(
          "3f1c",
          "https://unn.ua/en/news/1",
          "https://unn.ua/en/news/1",
          "https://unn.ua/en/news/1",
          "NATO condemns APT28",
          "Summary",
          null,
          Instant.parse("2026-05-04T10:15:00Z"),
          Instant.parse("2026-05-04T10:16:00Z"),
          "en",
          new StorySource("https://unn.ua/rss/news_en.xml", "UNN"),
          List.of("UNN"),
          List.of("World"),
          StoryIngested.SCHEMA_VERSION);

  @Test
  void writesCamelCaseJsonWithIsoDatesAndNoTypeInformation() {
    String json = EventJson.write(story);

    assertThat(json)
        .contains("\"canonicalUrl\":\"https://unn.ua/en/news/1\"")
        .contains("\"published\":\"2026-05-04T10:15:00Z\"")
        .contains("\"source\":{\"feedUrl\":\"https://unn.ua/rss/news_en.xml\",\"name\":\"UNN\"}")
        .doesNotContain("@class")
        .doesNotContain("\n");
  }

  @Test
  void readsEnrichedEventsFlatWithTheRawFieldsAtTopLevel() {
    StoryEnriched enriched =
        StoryEnriched.of(
            story,
            new StoryTags(
                List.of("APT28"),
                List.of("G0007"),
                List.of("Russia"),
                null,
                null,
                false,
                true,
                null,
                null),
            List.of(new Evidence("actor:APT28", "title", 14, 19, "APT28")));

    String json = EventJson.write(enriched);
    StoryEnriched back = EventJson.read(json, StoryEnriched.class);

    assertThat(json).startsWith("{\"id\":\"3f1c\"").contains("\"tags\":{\"actors\":[\"APT28\"]");
    assertThat(back).isEqualTo(enriched);
    assertThat(back.revision()).isEqualTo(story.fetchedAt().toEpochMilli());
  }

  @Test
  void tagsCarryExactlyTheFieldsOfTheContract() throws Exception {
    String json = EventJson.write(StoryTags.NONE);

    assertThat(EventJson.mapper().readTree(json).propertyNames())
        .containsExactly(
            "actors",
            "attackIds",
            "sponsorStates",
            "attributedBy",
            "targets",
            "attributionDenied",
            "cyberAttribution",
            "cves",
            "malware",
            "agencies");
  }

  @Test
  void enrichedEventsCarryClaimsCatalogVersionAndTheBasisOfEachEvidence() {
    AttributionClaim claim =
        new AttributionClaim(
            List.of("NATO"),
            List.of("APT28"),
            List.of("Russia"),
            List.of("GRU"),
            List.of("Germany"),
            false,
            0.9,
            "content",
            0,
            40,
            "NATO blamed APT28, a unit of Russia's GRU.");
    Evidence inferred =
        new Evidence("sponsorState:Russia", "title", 14, 19, "APT28", Evidence.CATALOG, 0.8);
    StoryEnriched enriched =
        StoryEnriched.of(story, StoryTags.NONE, List.of(inferred), List.of(claim), "2026.11.1");

    String json = EventJson.write(enriched);
    StoryEnriched back = EventJson.read(json, StoryEnriched.class);

    assertThat(back).isEqualTo(enriched);
    assertThat(json).contains("\"basis\":\"catalog\"").contains("\"catalogVersion\":\"2026.11.1\"");
  }

  @Test
  void eventsWrittenBeforeClaimsExistedReadWithEmptyClaimsAndStatedEvidence() {
    String older =
        EventJson.write(
                StoryEnriched.of(
                    story,
                    StoryTags.NONE,
                    List.of(new Evidence("actor:APT28", "title", 14, 19, "APT28"))))
            .replace(",\"claims\":[]", "")
            .replace(",\"basis\":\"stated\"", "");

    StoryEnriched back = EventJson.read(older, StoryEnriched.class);

    assertThat(back.claims()).isEmpty();
    assertThat(back.evidence().get(0).basis()).isNull();
  }

  @Test
  void kafkaSerdePicksTheEventTypeFromTheTopicIncludingItsDeadLetterTopic() {
    byte[] bytes = new EventSerializer().serialize("news.raw", story);
    EventDeserializer deserializer = new EventDeserializer();

    assertThat(deserializer.deserialize("news.raw", bytes)).isEqualTo(story);
    assertThat(deserializer.deserialize("news.raw-dlt", bytes)).isEqualTo(story);
    assertThat(deserializer.deserialize("news.raw", null)).isNull();
  }

  @Test
  void ignoresFieldsItDoesNotKnowSoProducersCanEvolve() {
    String json = EventJson.write(story).replace("{\"id\"", "{\"futureField\":42,\"id\"");

    assertThat(EventJson.read(json, StoryIngested.class)).isEqualTo(story);
  }

  @Test
  void rejectsBytesThatAreNotAnEventWithTheReason() {
    EventDeserializer deserializer = new EventDeserializer();
    byte[] poison = "{not json".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> deserializer.deserialize("news.raw", poison))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageStartingWith("not a valid StoryIngested event: ");
    assertThatThrownBy(() -> deserializer.deserialize("other.topic", "{}".getBytes()))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("other.topic");
  }
}
