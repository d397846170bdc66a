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
 * @param basis why the text supports the tag: {@link #STATED} when the text says it, {@link
 *     #CATALOG} when the tag is what the actor catalog knows about the actor named at that place (a
 *     sponsor state the story itself does not name); {@code null} in events written before the
 *     field existed, read as {@link #STATED}
 * @param confidence how sure the tagger is, from 0 to 1; {@code null} when not assessed
 */
public record Evidence(
    String tag, String field, int start, int end, String text, String basis, Double confidence) {

  public static final String STATED = "stated";
  public static final String CATALOG = "catalog";

  /** Evidence the text states, with no confidence assessed. */
  public Evidence(String tag, String field, int start, int end, String text) {
    this(tag, field, start, end, text, STATED, null);
  }
}
