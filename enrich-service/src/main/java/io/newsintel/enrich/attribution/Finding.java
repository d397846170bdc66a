package io.newsintel.enrich.attribution;

/**
 * One piece of evidence the extractor found: {@code kind:value} and the text it read it from.
 *
 * @param kind {@code attributedBy}, {@code sponsorState}, {@code agency}, {@code target}, {@code
 *     attributionDenied}, {@code cyberAttribution} or {@code attributionConfidence}
 * @param confidence how sure the extractor is of this role, from 0 to 1
 */
public record Finding(
    String kind, String value, String field, int start, int end, String text, double confidence) {}
