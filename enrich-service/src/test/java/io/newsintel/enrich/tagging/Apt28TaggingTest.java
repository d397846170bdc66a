package io.newsintel.enrich.tagging;

import static io.newsintel.enrich.support.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.Evidence;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.enrich.catalog.ActorCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Apt28TaggingTest {

  private static final StoryTagger TAGGER = new StoryTagger(ActorCatalog.load());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "APT28",
        "APT 28",
        "APT-28",
        "APT28's",
        "Fancy Bear",
        "Sofacy",
        "Sednit",
        "Pawn Storm",
        "Strontium",
        "STRONTIUM",
        "Forest Blizzard",
        "Tsar Team",
        "GRU unit 26165",
        "Unit 26165",
        "BlueDelta",
        "Fighting Ursa",
        "UAC-0001"
      })
  void tagsApt28ByItsBestKnownAliasesInCyberNews(String alias) {
    StoryEnriched enriched =
        TAGGER.enrich(
            story(
                "Hackers breach ministry mail servers",
                "Investigators blamed " + alias + " for the cyberattack on the ministry."));

    assertThat(enriched.tags().actors()).containsExactly("APT28");
    assertThat(enriched.tags().attackIds()).containsExactly("G0007");
    assertThat(enriched.tags().sponsorStates()).containsExactly("Russia");
  }

  @Test
  void evidenceOffsetsPointAtTheMentionInItsField() {
    String summary = "Security researchers say the hackers of APT-28 stole e-mails.";
    StoryEnriched enriched = TAGGER.enrich(story("Ministry breached", summary));

    Evidence actor =
        enriched.evidence().stream().filter(e -> e.tag().equals("actor:APT28")).findFirst().get();
    assertThat(actor.field()).isEqualTo("summary");
    assertThat(actor.text()).isEqualTo("APT-28");
    assertThat(summary.substring(actor.start(), actor.end())).isEqualTo(actor.text());
  }

  @Test
  void everyTagHasEvidenceAndEveryEvidenceQuotesItsField() {
    String title = "Fancy Bear hackers return";
    String summary = "Sofacy, also known as APT28's crew, hit e-mail servers again.";
    StoryEnriched enriched = TAGGER.enrich(story(title, summary));

    assertThat(enriched.evidence())
        .extracting(Evidence::tag)
        .contains("actor:APT28", "attackId:G0007", "sponsorState:Russia");
    for (Evidence e : enriched.evidence()) {
      String field = e.field().equals("title") ? title : summary;
      assertThat(field.substring(e.start(), e.end())).isEqualTo(e.text());
    }
  }

  @Test
  void sponsorTakenFromTheCatalogIsMarkedAsSuch() {
    StoryEnriched enriched = TAGGER.enrich(story("APT28 phishing wave", "Nothing else said."));

    assertThat(enriched.evidence())
        .extracting(Evidence::tag)
        .contains("sponsorState:Russia", StoryTagger.CATALOG_SPONSOR + ":Russia");
  }

  @Test
  void storiesWithoutActorsAreNotTagged() {
    StoryEnriched enriched =
        TAGGER.enrich(story("Parliament passes the budget", "The vote was 250 to 120."));

    assertThat(enriched.tags().actors()).isEmpty();
    assertThat(enriched.evidence()).isEmpty();
  }

  @Test
  void doesNotTagAliasesInsideOtherWords() {
    StoryEnriched enriched =
        TAGGER.enrich(story("XAPT28 and APT280 are part numbers", "Hackers unrelated. Sofacyx."));

    assertThat(enriched.tags().actors()).isEmpty();
  }

  @Test
  void lowerCaseCommonWordsAreNotTheActor() {
    StoryEnriched enriched =
        TAGGER.enrich(
            story(
                "A fancy bear costume wins the hackathon",
                "The strontium in fireworks burns red, said the cyber club."));

    assertThat(enriched.tags().actors()).isEmpty();
  }
}
