package io.newsintel.enrich.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActorCatalogTest {

  private static final ActorCatalog CATALOG = ActorCatalog.load();

  @Test
  void usesTheAttackGroupNameAsCanonicalName() {
    Actor apt28 = CATALOG.byName("APT28").orElseThrow();
    assertThat(apt28.attackId()).isEqualTo("G0007");
    assertThat(apt28.sponsorState()).isEqualTo("Russia");
    assertThat(apt28.agency()).isEqualTo("GRU");
    assertThat(CATALOG.byName("Sandworm Team").orElseThrow().attackId()).isEqualTo("G0034");
  }

  @Test
  void keepsActorsOutsideAttackUnderTheirMispName() {
    assertThat(CATALOG.byName("Killnet")).isPresent();
    assertThat(CATALOG.byName("Killnet").orElseThrow().attackId()).isNull();
  }

  @Test
  void recordsWhoCoinedAName() {
    Map<String, String> vendors =
        CATALOG.byName("APT28").orElseThrow().aliases().stream()
            .filter(a -> a.vendor() != null)
            .collect(Collectors.toMap(Alias::text, Alias::vendor));
    assertThat(vendors)
        .containsEntry("Forest Blizzard", "Microsoft")
        .containsEntry("Fancy Bear", "CrowdStrike")
        .containsEntry("UAC-0001", "CERT-UA");
  }

  @Test
  void flagsNamesSharedByDifferentActors() {
    Alias grizzlySteppe =
        CATALOG.byName("APT29").orElseThrow().aliases().stream()
            .filter(a -> a.text().equals("Grizzly Steppe"))
            .findFirst()
            .orElseThrow();
    assertThat(grizzlySteppe.shared()).isTrue();
  }

  @Test
  void hasUkrainianOrRussianFormsForAtLeastThirtyActors() {
    long withCyrillic =
        CATALOG.actors().stream()
            .filter(
                actor ->
                    actor.aliases().stream()
                        .anyMatch(
                            a ->
                                a.text().chars().anyMatch(c -> c >= 0x0400 && c <= 0x04FF)
                                    || a.text().startsWith("UAC-")))
            .count();
    assertThat(withCyrillic).isGreaterThanOrEqualTo(30);
  }

  @Test
  void commonWordsNeedCyberContextNearby() {
    assertThat(context("Turla", "Snake")).isEqualTo(MentionContext.NEAR);
    assertThat(context("Sandworm Team", "Sandworm")).isEqualTo(MentionContext.NEAR);
    assertThat(context("APT28", "Fancy Bear")).isEqualTo(MentionContext.NEAR);
    assertThat(context("APT28", "APT28")).isEqualTo(MentionContext.NONE);
  }

  @Test
  void everyActorHasAUniqueName() {
    assertThat(CATALOG.actors().stream().map(Actor::name).distinct().count())
        .isEqualTo(CATALOG.actors().size());
  }

  private static MentionContext context(String actor, String alias) {
    return CATALOG.byName(actor).orElseThrow().aliases().stream()
        .filter(a -> a.text().equals(alias))
        .findFirst()
        .orElseThrow()
        .context();
  }
}
