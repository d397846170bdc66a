package io.newsintel.ingest.parse;

import java.util.Locale;
import java.util.Set;

/**
 * Language of a story: the item's own tag, else the feed's, else a guess from the text. The guess
 * covers what the reference sources publish (Ukrainian, Russian, English): letters that only one of
 * the Cyrillic languages uses, and common English function words for Latin text.
 */
final class LanguageGuesser {

  private static final String ONLY_UKRAINIAN = "іїєґІЇЄҐ";
  private static final String ONLY_RUSSIAN = "ыэъёЫЭЪЁ";
  private static final Set<String> ENGLISH_WORDS =
      Set.of(
          "the", "and", "of", "to", "in", "is", "for", "on", "that", "with", "was", "by", "as",
          "from", "has", "have", "its", "it", "are", "at", "be", "said", "after", "new");

  private LanguageGuesser() {}

  /** {@code en-US} becomes {@code en}; blank or malformed tags become null. */
  static String normaliseTag(String tag) {
    if (tag == null) {
      return null;
    }
    String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  static String guess(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    int cyrillic = 0;
    int latin = 0;
    int ukrainian = 0;
    int russian = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
        cyrillic++;
        if (ONLY_UKRAINIAN.indexOf(c) >= 0) {
          ukrainian++;
        } else if (ONLY_RUSSIAN.indexOf(c) >= 0) {
          russian++;
        }
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        latin++;
      }
    }
    if (cyrillic > latin) {
      if (ukrainian > russian) {
        return "uk";
      }
      return russian > ukrainian ? "ru" : null;
    }
    return latin > 0 && looksEnglish(text) ? "en" : null;
  }

  private static boolean looksEnglish(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^a-z']+");
    int hits = 0;
    int total = 0;
    for (String word : words) {
      if (!word.isEmpty()) {
        total++;
        if (ENGLISH_WORDS.contains(word)) {
          hits++;
        }
      }
    }
    // Function words are roughly a fifth of running English text; a tenth is a safe margin that
    // still rejects French, German or Spanish, which share few of them.
    return total >= 4 && hits * 10 >= total;
  }
}
