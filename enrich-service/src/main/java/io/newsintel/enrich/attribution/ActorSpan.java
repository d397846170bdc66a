package io.newsintel.enrich.attribution;

/**
 * Where the tagger found an actor in a field, so the extractor can tell "North Korea's Lazarus
 * Group" (the sponsor) from "North Korea blamed" (a claimant).
 *
 * @param name the actor's canonical name
 * @param sentence index of the sentence in the field
 * @param firstToken index of the first token of the mention
 * @param endToken index after its last token
 */
public record ActorSpan(String name, int sentence, int firstToken, int endToken) {}
