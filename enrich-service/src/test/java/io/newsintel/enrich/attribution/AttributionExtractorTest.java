package io.newsintel.enrich.attribution;

import static io.newsintel.enrich.support.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.Evidence;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.StoryTags;
import io.newsintel.enrich.catalog.ActorCatalog;
import io.newsintel.enrich.tagging.StoryTagger;
import org.junit.jupiter.api.Test;

class AttributionExtractorTest {

  private static final StoryTagger TAGGER = new StoryTagger(ActorCatalog.load());

  @Test
  void readsWhoClaimsWhomTheyAccuseAndWhoWasHit() {
    StoryTags tags =
        tags(
            "Poland blames Russian hackers",
            "Poland accused Russia of a cyberattack on its news agency, "
                + "which the hackers used to publish fake reports.");

    assertThat(tags.attributedBy()).containsExactly("Poland");
    assertThat(tags.sponsorStates()).containsExactly("Russia");
    assertThat(tags.cyberAttribution()).isTrue();
  }

  @Test
  void readsUkrainianClaims() {
    StoryTags tags =
        tags(
            "CERT-UA: атака на Укренерго",
            "За даними CERT-UA, хакери угруповання Sandworm, пов'язаного з ГРУ, атакували "
                + "Укренерго. У Кремлі звинувачення заперечують.");

    assertThat(tags.actors()).containsExactly("Sandworm Team");
    assertThat(tags.attributedBy()).containsExactly("CERT-UA");
    assertThat(tags.sponsorStates()).containsExactly("Russia");
    assertThat(tags.targets()).contains("Ukrenergo");
    assertThat(tags.attributionDenied()).isTrue();
  }

  @Test
  void readsRussianClaims() {
    StoryTags tags =
        tags(
            "ESET: Турла атаковала МИД",
            "По данным ESET, группировка Турла, связанная с ФСБ, атаковала министерства Литвы. "
                + "В Москве обвинения отвергли.");

    assertThat(tags.actors()).containsExactly("Turla");
    assertThat(tags.attributedBy()).containsExactly("ESET");
    assertThat(tags.sponsorStates()).containsExactly("Russia");
    assertThat(tags.targets()).contains("Lithuania");
    assertThat(tags.attributionDenied()).isTrue();
  }

  @Test
  void theStateRightAfterAnAgencyIsItsSponsorNotATarget() {
    StoryTags tags =
        tags(
            "СБУ: хакери ГРУ атакували Київстар",
            "Служба безпеки України встановила, що кібератаку на Київстар здійснили хакери "
                + "угруповання Sandworm, яке є підрозділом ГРУ РФ.");

    assertThat(tags.attributedBy()).containsExactly("SBU");
    assertThat(tags.sponsorStates()).containsExactly("Russia");
    assertThat(tags.targets()).containsExactly("Kyivstar");
  }

  @Test
  void aStateCalledOnlyByItsCapitalInADenialDoesNotClaim() {
    StoryTags tags =
        tags(
            "Чехия обвинила Россию",
            "МИД Чехии заявил, что за кибератаками на его сети стоит группировка APT28, "
                + "связанная с ГРУ. В Кремле обвинения назвали голословными.");

    assertThat(tags.attributedBy()).containsExactly("Czech Republic");
    assertThat(tags.attributionDenied()).isTrue();
  }

  @Test
  void whoDeniesDoesNotClaim() {
    StoryTags tags =
        tags(
            "Beijing rejects hacking claims",
            "US officials said Volt Typhoon hackers hid in water utilities. "
                + "Beijing rejected the accusations as baseless.");

    assertThat(tags.attributedBy()).containsExactly("United States");
    assertThat(tags.attributedBy()).doesNotContain("China");
    assertThat(tags.attributionDenied()).isTrue();
  }

  @Test
  void politicsWithoutCyberActivityClaimsNothing() {
    StoryTags tags =
        tags(
            "Germany accuses Russia of meddling",
            "Germany accused Russia of interfering in the election campaign with fake news.");

    assertThat(tags.attributedBy()).isEmpty();
    assertThat(tags.sponsorStates()).isEmpty();
    assertThat(tags.cyberAttribution()).isFalse();
  }

  @Test
  void givesAConfidenceForTheClaim() {
    StoryEnriched enriched =
        TAGGER.enrich(story("NATO", "NATO blamed APT28 for the hacking of party e-mail servers."));

    assertThat(enriched.evidence())
        .extracting(Evidence::tag)
        .contains("attributionConfidence:high", "cyberAttribution:true");
  }

  private static StoryTags tags(String title, String summary) {
    return TAGGER.enrich(story(title, summary)).tags();
  }
}
