package io.newsintel.contract;

import java.util.List;

/**
 * One attribution claim found in a story: who says which actor (or state) is behind what, against
 * whom, or who denies it. The sentence it comes from is given by field and offsets, so a reader can
 * check the claim against the text.
 *
 * @param claimants states, organisations and companies that make the claim (or the denial)
 * @param actors canonical names of the threat actors the claim is about
 * @param sponsorStates states the claim names as sponsors or operators
 * @param agencies state agencies the claim names ("GRU", "FSB")
 * @param targets countries and organisations the claim names as targets
 * @param denied whether this sentence denies or doubts the attribution rather than making it
 * @param confidence how sure the tagger is that this is an attribution claim, from 0 to 1
 * @param field {@code title}, {@code summary} or {@code content}
 * @param start offset of the sentence's first character in that field (UTF-16 code units)
 * @param end offset after the sentence's last character
 * @param sentence the sentence, {@code field.substring(start, end)}
 */
public record AttributionClaim(
    List<String> claimants,
    List<String> actors,
    List<String> sponsorStates,
    List<String> agencies,
    List<String> targets,
    boolean denied,
    double confidence,
    String field,
    int start,
    int end,
    String sentence) {

  public AttributionClaim {
    claimants = copy(claimants);
    actors = copy(actors);
    sponsorStates = copy(sponsorStates);
    agencies = copy(agencies);
    targets = copy(targets);
  }

  private static List<String> copy(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
