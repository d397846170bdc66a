package io.newsintel.search.stories;

import java.util.Locale;

/** How results are ordered. */
public enum SortOrder {
  /** Best match first, then newest. */
  RELEVANCE,
  /** Newest first. */
  DATE;

  static SortOrder parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
