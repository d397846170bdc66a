package io.newsintel.enrich.tagging;

import static io.newsintel.enrich.support.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.StoryTags;
import io.newsintel.enrich.catalog.ActorCatalog;
import org.junit.jupiter.api.Test;

class DisambiguationTest {

  private static final StoryTagger TAGGER = new StoryTagger(ActorCatalog.load());

  @Test
  void aZooStoryTagsNothing() {
    assertThat(
            tags(
                "Zoo welcomes a rescued snake",
                "Keepers introduced a python called Lazarus. The Snake house also has a Turla "
                    + "fish tank and a fancy bear costume for children."))
        .satisfies(DisambiguationTest::untagged);
  }

  @Test
  void aDuneReviewTagsNothing() {
    assertThat(
            tags(
                "Dune: Part Two review",
                "The Sandworm scenes are breathtaking. Paul rides a sandworm while the Fremen "
                    + "watch; the film's Equation of spectacle and silence works."))
        .satisfies(DisambiguationTest::untagged);
  }

  @Test
  void theDniesterRiverTagsNothing() {
    assertThat(
            tags(
                "Floods on the Dniester",
                "The Dniester, which old chronicles call the Turla, rose two metres near "
                    + "Mohyliv-Podilskyi. Рятувальники евакуювали мешканців двох сіл над Турлою."))
        .satisfies(DisambiguationTest::untagged);
  }

  @Test
  void commonWordsCountWithCyberWordsNearby() {
    assertThat(
            tags(
                    "FSB hackers behind Snake implant",
                    "Investigators said the Snake malware let hackers spy on governments for years.")
                .actors())
        .containsExactly("Turla");
    assertThat(tags("Grid attack", "Sandworm hackers cut power to a region of Ukraine.").actors())
        .containsExactly("Sandworm Team");
  }

  @Test
  void aCommonWordFarFromAnyCyberWordDoesNotCount() {
    assertThat(
            tags(
                    "Ransomware at a zoo",
                    "A ransomware attack froze the zoo's ticket office. "
                        + "Weather was fine. Staff fed the birds. "
                        + "Later a Snake escaped from its terrarium.")
                .actors())
        .isEmpty();
  }

  @Test
  void longerPhrasesHideTheAliasInside() {
    assertThat(
            tags(
                    "Old Equation Editor flaw exploited",
                    "Hackers exploited the Equation Editor bug and dropped Cobalt Strike beacons.")
                .actors())
        .isEmpty();
  }

  @Test
  void aNameSharedByTwoActorsTagsNeither() {
    assertThat(tags("Grizzly Steppe report", "The Grizzly Steppe hackers used phishing.").actors())
        .isEmpty();
  }

  @Test
  void ukrainianAndRussianInflectedNamesAreFound() {
    assertThat(
            tags("Хакери Турли атакували МЗС", "Угруповання Турла зламало сервери міністерства.")
                .actors())
        .containsExactly("Turla");
    assertThat(tags("Кибератака", "Хакеры Сандворма атаковали энергосеть.").actors())
        .containsExactly("Sandworm Team");
  }

  private static StoryTags tags(String title, String summary) {
    return TAGGER.enrich(story(title, summary)).tags();
  }

  private static void untagged(StoryTags tags) {
    assertThat(tags.actors()).isEmpty();
    assertThat(tags.sponsorStates()).isEmpty();
    assertThat(tags.cyberAttribution()).isFalse();
  }
}
