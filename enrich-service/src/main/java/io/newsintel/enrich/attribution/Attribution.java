package io.newsintel.enrich.attribution;

import io.newsintel.contract.AttributionClaim;
import java.util.List;

/**
 * The attribution claims of a story.
 *
 * @param attributedBy who makes a claim, in order of first mention
 * @param sponsorStates states the story itself names as sponsors
 * @param agencies state agencies the story names as sponsors or operators
 * @param targets countries and organisations named as targets
 * @param denied whether a claim is denied or doubted
 * @param claimed whether a sentence attributes cyber activity to someone
 * @param claims one per sentence that makes, or denies, an attribution
 * @param findings the evidence of all of the above
 */
public record Attribution(
    List<String> attributedBy,
    List<String> sponsorStates,
    List<String> agencies,
    List<String> targets,
    boolean denied,
    boolean claimed,
    List<AttributionClaim> claims,
    List<Finding> findings) {

  public static final Attribution NONE =
      new Attribution(
          List.of(), List.of(), List.of(), List.of(), false, false, List.of(), List.of());
}
