package io.newsintel.enrich.tagging;

import static io.newsintel.enrich.support.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.Evidence;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.StoryTags;
import io.newsintel.enrich.catalog.ActorCatalog;
import org.junit.jupiter.api.Test;

class SoftwareAndCveTaggingTest {

  private static final StoryTagger TAGGER = new StoryTagger(ActorCatalog.load());

  @Test
  void tagsCveIdsInAnySpelling() {
    String summary =
        "Hackers exploited CVE-2023-23397 in Outlook and cve\u20112022\u201130190 in Windows.";
    StoryEnriched enriched = TAGGER.enrich(story("Outlook flaw exploited", summary));

    assertThat(enriched.tags().cves()).containsExactly("CVE-2023-23397", "CVE-2022-30190");
    Evidence first =
        enriched.evidence().stream().filter(e -> e.tag().startsWith("cve:")).findFirst().get();
    assertThat(summary.substring(first.start(), first.end())).isEqualTo("CVE-2023-23397");
  }

  @Test
  void tagsMalwareAndToolsByTheirAttackNames() {
    StoryTags tags =
        TAGGER
            .enrich(
                story(
                    "Sandworm deploys Industroyer2",
                    "The hackers used Industroyer2 and CaddyWiper against a power company, "
                        + "and stole passwords with Mimikatz."))
            .tags();

    assertThat(tags.malware()).contains("Industroyer2", "CaddyWiper", "Mimikatz");
  }

  @Test
  void softwareNamesThatAreWordsNeedCyberContext() {
    StoryTags tags =
        TAGGER
            .enrich(
                story(
                    "Museum opens Pegasus exhibition",
                    "The Pegasus statue and an Empire-style sofa are on show; ping the guide "
                        + "with questions."))
            .tags();

    assertThat(tags.malware()).isEmpty();
    assertThat(tags.cves()).isEmpty();
  }

  @Test
  void operatingSystemCommandsAreNotMalware() {
    StoryTags tags =
        TAGGER
            .enrich(
                story(
                    "How the hackers moved",
                    "The attackers ran Net, Ping and Systeminfo before deploying a backdoor."))
            .tags();

    assertThat(tags.malware()).isEmpty();
  }
}
