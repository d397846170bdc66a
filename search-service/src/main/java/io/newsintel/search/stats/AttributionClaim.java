package io.newsintel.search.stats;

import java.time.Instant;
import java.util.List;

/**
 * Who claims what about whom, as one story reports it.
 *
 * @param claimants the states, organisations and companies making the attribution
 * @param actors the groups held responsible
 * @param sponsorStates the states said to be behind them
 * @param targets who was hit
 * @param denied whether the story reports a denial of the attribution
 * @param claims the story's claims sentence by sentence (who claims which actor or state against
 *     whom, or denies it), when the tagger recorded them; empty for stories tagged before it did.
 *     The story-level lists above are then the tags, else the union of these claims.
 */
public record AttributionClaim(
    String storyId,
    String title,
    String url,
    Instant published,
    String source,
    List<String> claimants,
    List<String> actors,
    List<String> sponsorStates,
    List<String> targets,
    boolean denied,
    List<io.newsintel.contract.AttributionClaim> claims) {}
