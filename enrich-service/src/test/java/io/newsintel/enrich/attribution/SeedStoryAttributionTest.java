package io.newsintel.enrich.attribution;

import static io.newsintel.enrich.support.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.Evidence;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.StoryTags;
import io.newsintel.enrich.catalog.ActorCatalog;
import io.newsintel.enrich.tagging.StoryTagger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The story the product exists for (DESIGN.md), in the project's own words. */
class SeedStoryAttributionTest {

  private static final StoryTagger TAGGER = new StoryTagger(ActorCatalog.load());

  @Test
  void tagsTheNatoStatementOnApt28ExactlyAsDesignRequires() throws IOException {
    StoryTags tags =
        TAGGER
            .enrich(
                story(
                    "seed",
                    "NATO condemns Russian cyber campaign against Germany, Czech Republic",
                    "The Alliance stands with Berlin and Prague after attacks blamed on APT28.",
                    read("nato-apt28-seed-like.txt")))
            .tags();

    assertThat(tags.actors()).containsExactly("APT28");
    assertThat(tags.attackIds()).containsExactly("G0007");
    assertThat(tags.sponsorStates()).containsExactly("Russia");
    assertThat(tags.attributedBy()).containsExactlyInAnyOrder("NATO", "Germany", "Czech Republic");
    assertThat(tags.targets())
        .contains("Germany", "Czech Republic", "Lithuania", "Poland", "Slovakia", "Sweden")
        .doesNotContain("Russia");
    assertThat(tags.cyberAttribution()).isTrue();
    assertThat(tags.attributionDenied()).isFalse();
  }

  @Test
  void tagsTheUkrainianVersionTheSameWay() throws IOException {
    StoryTags tags =
        TAGGER
            .enrich(
                story(
                    "seed-uk",
                    "НАТО засудило кібератаки Росії проти Німеччини та Чехії",
                    null,
                    read("nato-apt28-seed-like.uk.txt")))
            .tags();

    assertThat(tags.actors()).containsExactly("APT28");
    assertThat(tags.sponsorStates()).containsExactly("Russia");
    assertThat(tags.attributedBy()).containsExactlyInAnyOrder("NATO", "Germany", "Czech Republic");
    assertThat(tags.targets())
        .contains("Germany", "Czech Republic", "Lithuania", "Poland", "Slovakia", "Sweden")
        .doesNotContain("Russia");
  }

  @Test
  void tagsTheRussianVersionTheSameWay() throws IOException {
    StoryTags tags =
        TAGGER
            .enrich(
                story(
                    "seed-ru",
                    "НАТО осудило кибератаки России против Германии и Чехии",
                    null,
                    read("nato-apt28-seed-like.ru.txt")))
            .tags();

    assertThat(tags.actors()).containsExactly("APT28");
    assertThat(tags.sponsorStates()).containsExactly("Russia");
    assertThat(tags.attributedBy()).containsExactlyInAnyOrder("NATO", "Germany", "Czech Republic");
    assertThat(tags.targets())
        .contains("Germany", "Czech Republic", "Lithuania", "Poland", "Slovakia", "Sweden")
        .doesNotContain("Russia");
  }

  @Test
  void findsTheClaimsInTheBodyAlone() throws IOException {
    StoryTags tags =
        TAGGER.enrich(story("seed-body", "", null, read("nato-apt28-seed-like.txt"))).tags();

    assertThat(tags.attributedBy()).containsExactlyInAnyOrder("NATO", "Germany", "Czech Republic");
    assertThat(tags.sponsorStates()).containsExactly("Russia");
    assertThat(tags.targets())
        .contains("Germany", "Czech Republic", "Lithuania", "Poland", "Slovakia", "Sweden");
  }

  @Test
  void theStatedSponsorIsEvidencedByTheTextNotTheCatalog() throws IOException {
    StoryEnriched enriched =
        TAGGER.enrich(story("seed-body", "", null, read("nato-apt28-seed-like.txt")));

    assertThat(enriched.evidence())
        .extracting(Evidence::tag)
        .contains("sponsorState:Russia", "agency:GRU", "attributedBy:NATO", "target:Sweden")
        .doesNotContain(StoryTagger.CATALOG_SPONSOR + ":Russia");
    for (Evidence e : enriched.evidence()) {
      assertThat(enriched.content().substring(e.start(), e.end())).isEqualTo(e.text());
    }
  }

  static String read(String name) throws IOException {
    try (InputStream in = SeedStoryAttributionTest.class.getResourceAsStream("/stories/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
