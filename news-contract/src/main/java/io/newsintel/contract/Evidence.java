package io.newsintel.contract;

/**
 * The text that produced a tag, so every tag can be traced and highlighted.
 *
 * @param tag the tag it supports, as {@code kind:value} (for example {@code actor:APT28}, {@code
 *     sponsorState:Russia}, {@code attributedBy:NATO})
 * @param field {@code title}, {@code summary} or {@code content}
 * @param start offset of the first character in that field (UTF-16 code units, as Java and
 *     JavaScript count)
 * @param end offset after the last character
 * @param text the matched text, {@code field.substring(start, end)}
 */
public record Evidence(String tag, String field, int start, int end, String text) {}
