package io.newsintel.enrich.tagging;

import io.newsintel.enrich.catalog.MentionContext;

/** The rules a matched name must pass to count, shared by actors and software. */
final class MentionRules {

  private MentionRules() {}

  /**
   * An alias written with capitals is a proper noun: "fancy bear" in lower case is not it. Codes
   * with digits ("unit 26165", "apt28") are unambiguous in any case.
   */
  static boolean caseFits(String alias, String text) {
    return !hasUpperCase(alias) || hasUpperCase(text) || alias.chars().anyMatch(Character::isDigit);
  }

  private static boolean hasUpperCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean contextFits(
      MentionContext context, int sentence, boolean[] cyberSentences, boolean cyberStory) {
    switch (context) {
      case NONE:
        return true;
      case STORY:
        return cyberStory;
      default:
        for (int s = Math.max(0, sentence - 1);
            s <= Math.min(cyberSentences.length - 1, sentence + 1);
            s++) {
          if (cyberSentences[s]) {
            return true;
          }
        }
        return false;
    }
  }

  /**
   * How sure a mention that passed the rules is: a distinctive name (a code, a coined name) more
   * than one that needed cyber words around it to count.
   */
  static double confidence(MentionContext context) {
    return switch (context) {
      case NONE -> 0.95;
      case STORY -> 0.85;
      case NEAR -> 0.8;
    };
  }
}
