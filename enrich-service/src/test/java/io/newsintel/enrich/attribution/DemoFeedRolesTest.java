package io.newsintel.enrich.attribution;

import static io.newsintel.enrich.support.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.StoryTags;
import io.newsintel.enrich.catalog.ActorCatalog;
import io.newsintel.enrich.tagging.StoryTagger;
import org.junit.jupiter.api.Test;

/** The role errors the demo feeds (local-infra's demo stories) showed, one test each. */
class DemoFeedRolesTest {

  private static final StoryTagger TAGGER = new StoryTagger(ActorCatalog.load());

  @Test
  void theStateWhoseActorIsBlamedIsItsSponsorNotAClaimant() {
    StoryTags tags =
        tags(
            "North Korea's Lazarus Group blamed for a new cryptocurrency exchange heist",
            "The FBI attributed the theft of digital assets from an Asian exchange to the Lazarus"
                + " Group, hackers working for North Korea's Reconnaissance General Bureau."
                + " Pyongyang has not commented.");

    assertThat(tags.attributedBy()).containsExactly("FBI");
    assertThat(tags.sponsorStates()).containsExactly("North Korea");
    assertThat(tags.agencies()).containsExactly("RGB");
  }

  @Test
  void aCampaignByAStateMakesItTheSponsorNotAClaimantOrATarget() {
    StoryTags tags =
        tags(
            "NATO condemns Russian cyber campaign against Germany and the Czech Republic",
            "The North Atlantic Alliance has condemned a malicious cyber campaign by Russia"
                + " against Germany and the Czech Republic and is weighing coordinated measures in"
                + " response, UNN reports, citing a statement by NATO. Germany and the Czech"
                + " Republic have blamed the attacks on the threat actor APT28.");

    assertThat(tags.attributedBy()).containsExactlyInAnyOrder("NATO", "Germany", "Czech Republic");
    assertThat(tags.sponsorStates()).containsExactly("Russia");
    assertThat(tags.targets()).containsExactlyInAnyOrder("Germany", "Czech Republic");
  }

  @Test
  void theUkrainianNatoStoryKeepsClaimantsTargetsAndSponsorApart() {
    StoryTags tags =
        tags(
            "НАТО засудило кібератаки Росії проти Німеччини та Чехії",
            "Німеччина та Чехія поклали відповідальність за кібератаки на угруповання APT28, яке"
                + " діє на користь ГРУ Генштабу збройних сил Росії. Союзники по НАТО розглядають"
                + " скоординовані заходи у відповідь.");

    assertThat(tags.sponsorStates()).containsExactly("Russia");
    assertThat(tags.attributedBy()).containsExactlyInAnyOrder("NATO", "Germany", "Czech Republic");
    assertThat(tags.targets()).containsExactlyInAnyOrder("Germany", "Czech Republic");
    assertThat(tags.agencies()).containsExactly("GRU");
  }

  @Test
  void anActorsAliasIsNotAlsoTaggedAsTheToolOfTheSameName() {
    StoryTags tags =
        tags(
            "Forest Blizzard exploits Outlook flaw CVE-2023-23397 against European ministries",
            "Microsoft says Forest Blizzard, the Russian military intelligence group also tracked"
                + " as Fancy Bear and Sofacy, keeps exploiting CVE-2023-23397 in Outlook.");

    assertThat(tags.actors()).containsExactly("APT28");
    assertThat(tags.malware()).isEmpty();
    assertThat(tags.cves()).containsExactly("CVE-2023-23397");
  }

  @Test
  void theSameNameNextToAWordForSoftwareIsTheTool() {
    StoryTags tags =
        tags(
            "The Sofacy backdoor returns",
            "ESET found a new version of the Sofacy backdoor on government machines.");

    assertThat(tags.malware()).containsExactly("CORESHELL");
  }

  @Test
  void anAliasWrittenAsAToolNameTagsTheToolAndTheActorWhoseToolItIs() {
    StoryTags tags =
        tags(
            "FSB hackers behind Snake implant",
            "Investigators said the Snake malware let hackers spy on governments for years.");

    assertThat(tags.actors()).containsExactly("Turla");
    assertThat(tags.malware()).containsExactly("Uroburos");
  }

  @Test
  void theSourceAtTheEndOfASentenceClaimsAndIsNoTarget() {
    StoryTags tags =
        tags(
            "Hackers hit a party",
            "UAC-0001 compromised the mail servers of a political party in France, the European"
                + " Union said on Tuesday.");

    assertThat(tags.attributedBy()).containsExactly("European Union");
    assertThat(tags.targets()).containsExactly("France");
  }

  private static StoryTags tags(String title, String content) {
    return TAGGER.enrich(story("demo", title, null, content)).tags();
  }
}
