package io.newsintel.enrich.tagging;

import static io.newsintel.enrich.support.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.AttributionClaim;
import io.newsintel.contract.Evidence;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.enrich.catalog.ActorCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The claims, agencies, catalog version, and the basis and confidence of each evidence. */
class ClaimsAndEvidenceTest {

  private static final ActorCatalog CATALOG = ActorCatalog.load();
  private static final StoryTagger TAGGER = new StoryTagger(CATALOG);

  @Test
  void oneClaimPerAttributionSentenceWithItsRolesAndItsText() {
    String content =
        "Germany and the Czech Republic blamed APT28 for attacks on their ministries. The"
            + " weather was fine. Moscow denied any involvement.";
    StoryEnriched enriched = TAGGER.enrich(story("c1", "", null, content));

    List<AttributionClaim> claims = enriched.claims();
    assertThat(claims).hasSize(2);
    AttributionClaim claim = claims.get(0);
    assertThat(claim.claimants()).containsExactly("Germany", "Czech Republic");
    assertThat(claim.actors()).containsExactly("APT28");
    assertThat(claim.denied()).isFalse();
    assertThat(claim.confidence()).isGreaterThan(0.8);
    assertThat(claim.field()).isEqualTo("content");
    assertThat(claim.sentence())
        .isEqualTo(content.substring(claim.start(), claim.end()))
        .isEqualTo("Germany and the Czech Republic blamed APT28 for attacks on their ministries.");
    AttributionClaim denial = claims.get(1);
    assertThat(denial.denied()).isTrue();
    assertThat(denial.claimants()).containsExactly("Russia");
    assertThat(denial.confidence()).isLessThan(claim.confidence());
    assertThat(denial.sentence()).isEqualTo("Moscow denied any involvement.");
  }

  @Test
  void agenciesAreReadInThreeLanguages() {
    assertThat(agencies("Хакери в/ч 26165 атакували сервери Польщі.")).containsExactly("GRU");
    assertThat(agencies("Хакери ГРУ атакували сервери Польщі.")).containsExactly("GRU");
    assertThat(agencies("Хакеры ФСБ атаковали серверы Польши.")).containsExactly("FSB");
    assertThat(agencies("Hackers of the Ministry of State Security breached a telecom."))
        .containsExactly("MSS");
    assertThat(agencies("Hackers working for the IRGC attacked water utilities."))
        .containsExactly("IRGC");
  }

  @Test
  void aSponsorKnownOnlyFromTheCatalogIsMarkedAsSuchWithLowerConfidence() {
    StoryEnriched enriched =
        TAGGER.enrich(story("c2", "APT28 phishing", null, "APT28 sent phishing emails."));

    Evidence sponsor = evidence(enriched, "sponsorState:Russia");
    Evidence actor = evidence(enriched, "actor:APT28");
    assertThat(sponsor.basis()).isEqualTo(Evidence.CATALOG);
    assertThat(actor.basis()).isEqualTo(Evidence.STATED);
    assertThat(sponsor.confidence()).isLessThan(actor.confidence());
  }

  @Test
  void aSponsorTheStoryStatesIsStated() {
    StoryEnriched enriched =
        TAGGER.enrich(
            story("c3", "", null, "Poland accused Russia of a cyberattack by APT28 on its news."));

    assertThat(enriched.evidence())
        .filteredOn(e -> e.tag().equals("sponsorState:Russia"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.basis()).isEqualTo(Evidence.STATED));
  }

  @Test
  void everyEvidenceHasABasisAndAConfidenceAndTheStoryTheCatalogVersion() {
    StoryEnriched enriched =
        TAGGER.enrich(
            story(
                "c4",
                "Sandworm used CaddyWiper",
                null,
                "ESET said Sandworm, a unit of the GRU, used the CaddyWiper malware and"
                    + " CVE-2022-30190 against Ukraine. Moscow denied it."));

    assertThat(enriched.catalogVersion()).isEqualTo(CATALOG.version());
    assertThat(enriched.evidence()).isNotEmpty();
    assertThat(enriched.evidence())
        .allSatisfy(
            e -> {
              assertThat(e.basis()).isIn(Evidence.STATED, Evidence.CATALOG);
              assertThat(e.confidence()).isBetween(0.0, 1.0);
            });
    assertThat(enriched.tags().agencies()).containsExactly("GRU");
  }

  private static List<String> agencies(String content) {
    return TAGGER.enrich(story("a", "", null, content)).tags().agencies();
  }

  private static Evidence evidence(StoryEnriched enriched, String tag) {
    return enriched.evidence().stream().filter(e -> e.tag().equals(tag)).findFirst().orElseThrow();
  }
}
