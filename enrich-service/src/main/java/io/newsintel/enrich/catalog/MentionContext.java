package io.newsintel.enrich.catalog;

/** How much cyber context a mention of an alias needs before it is trusted. */
public enum MentionContext {
  /** Distinctive on its own ("APT28", "UAC-0001", "Sofacy"): always counts. */
  NONE,
  /** A name that could be something else: counts when the story is about cyber activity. */
  STORY,
  /**
   * A common word or a famous name ("Snake", "Sandworm", "Lazarus", "Fancy Bear"): counts only with
   * a cyber word in the same sentence or the one next to it.
   */
  NEAR
}
