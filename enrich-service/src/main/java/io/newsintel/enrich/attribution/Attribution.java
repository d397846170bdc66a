package io.newsintel.enrich.attribution;

import java.util.List;

/**
 * The attribution claims of a story.
 *
 * @param attributedBy who makes a claim, in order of first mention
 * @param sponsorStates states the story itself names as sponsors
 * @param targets countries and organisations named as targets
 * @param denied whether a claim is denied or doubted
 * @param claimed whether a sentence attributes cyber activity to someone
 * @param findings the evidence of all of the above
 */
public record Attribution(
    List<String> attributedBy,
    List<String> sponsorStates,
    List<String> targets,
    boolean denied,
    boolean claimed,
    List<Finding> findings) {}
