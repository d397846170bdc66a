package io.newsintel.contract;

import java.util.List;

/**
 * What enrich-service found in a story.
 *
 * @param actors canonical MITRE ATT&amp;CK group names ("APT28"), or the catalog's name outside
 *     ATT&amp;CK
 * @param attackIds ATT&amp;CK group ids ("G0007")
 * @param sponsorStates English short country names ("Russia")
 * @param attributedBy states, organisations and companies that make an attribution claim
 * @param targets countries and organisations named as targets
 * @param attributionDenied whether the story reports a denial of, or doubt about, the attribution
 * @param cyberAttribution whether the story attributes, or discusses attribution of, cyber activity
 * @param cves CVE ids
 * @param malware malware and tool names
 * @param agencies state agencies named as sponsors or operators ("GRU", "FSB", "MSS"), by their
 *     usual English acronym
 */
public record StoryTags(
    List<String> actors,
    List<String> attackIds,
    List<String> sponsorStates,
    List<String> attributedBy,
    List<String> targets,
    boolean attributionDenied,
    boolean cyberAttribution,
    List<String> cves,
    List<String> malware,
    List<String> agencies) {

  public static final StoryTags NONE =
      new StoryTags(null, null, null, null, null, false, false, null, null, null);

  /** Tags without agencies, as the first version of the contract had them. */
  public StoryTags(
      List<String> actors,
      List<String> attackIds,
      List<String> sponsorStates,
      List<String> attributedBy,
      List<String> targets,
      boolean attributionDenied,
      boolean cyberAttribution,
      List<String> cves,
      List<String> malware) {
    this(
        actors,
        attackIds,
        sponsorStates,
        attributedBy,
        targets,
        attributionDenied,
        cyberAttribution,
        cves,
        malware,
        null);
  }

  public StoryTags {
    actors = copy(actors);
    attackIds = copy(attackIds);
    sponsorStates = copy(sponsorStates);
    attributedBy = copy(attributedBy);
    targets = copy(targets);
    cves = copy(cves);
    malware = copy(malware);
    agencies = copy(agencies);
  }

  private static List<String> copy(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
